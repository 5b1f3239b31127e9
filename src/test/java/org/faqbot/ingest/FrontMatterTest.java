package org.faqbot.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrontMatterTest {

    @Test
    void readsTheQuotedTitleAndWhereTheBodyStarts() {
        List<String> lines = List.of("---", "title: 'Snelstart: ''beheren'''", "ms.custom:", "- announcement",
                "ms.locfileid: \"110149278\"", "---", "# Title");

        FrontMatter frontMatter = FrontMatter.parse("p.md", lines);

        assertEquals(Optional.of("Snelstart: 'beheren'"), frontMatter.title());
        assertEquals("110149278", frontMatter.fields().get("ms.locfileid"));
        assertEquals(6, frontMatter.bodyStart());
    }

    @Test
    void pageWithoutFrontMatterIsAnError() {
        KbFormatException e = assertThrows(KbFormatException.class, () -> FrontMatter.parse("p.md", List.of("# Title")));

        assertEquals("p.md:1: no front matter: a docs page starts with \"---\", not \"# Title\"", e.getMessage());
    }

    @Test
    void frontMatterNeverClosedIsAnError() {
        KbFormatException e = assertThrows(KbFormatException.class,
                () -> FrontMatter.parse("p.md", List.of("---", "title: x", "# Title")));

        assertEquals("p.md:1: front matter opened by \"---\" is never closed", e.getMessage());
    }

    @Test
    void lineThatIsNotKeyValueIsAnErrorWithItsLineNumber() {
        KbFormatException e = assertThrows(KbFormatException.class,
                () -> FrontMatter.parse("p.md", List.of("---", "title: x", "just words", "---")));

        assertEquals("p.md:3: front matter line is not \"key: value\": \"just words\"", e.getMessage());
    }
}
