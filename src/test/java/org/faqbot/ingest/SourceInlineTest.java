package org.faqbot.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.faqbot.kb.Inline;
import org.junit.jupiter.api.Test;

class SourceInlineTest {

    private static List<Inline> parse(String text) {
        return SourceInline.parse(text, target -> "abs:" + target);
    }

    private static Inline.Text text(String text) {
        return new Inline.Text(text);
    }

    @Test
    void emphasisLinksAndCodeBecomeSpans() {
        List<Inline> spans = parse("On the **MPN** tab, _select_ [Benefits](benefits.md) and `run`.");

        assertEquals(List.of(text("On the "), new Inline.Bold("MPN"), text(" tab, "), new Inline.Italic("select"),
                text(" "), new Inline.Link("Benefits", "abs:benefits.md"), text(" and "), new Inline.Code("run"),
                text(".")), spans);
    }

    @Test
    void linkInsideBoldIsKeptAsALink() {
        List<Inline> spans = parse("**[Make a profile.](https://x.y/p)**");

        assertEquals(List.of(new Inline.Link("Make a profile.", "abs:https://x.y/p")), spans);
    }

    @Test
    void markupThatDoesNotCloseStaysText() {
        List<Inline> spans = parse("\\*\\*Partner benefits:** and 5 * 3 and snake_case_name");

        assertEquals(List.of(text("**Partner benefits:** and 5 * 3 and snake_case_name")), spans);
    }

    @Test
    void entitiesBreaksAndInlineTagsAreTurnedIntoText() {
        List<Inline> spans = parse("Go to **Settings** &gt; Users<br/>Feb 4<sup>th</sup>&nbsp;2020 <a name=\"x\"></a>done");

        assertEquals(List.of(text("Go to "), new Inline.Bold("Settings"), text(" > Users\nFeb 4th 2020 done")), spans);
    }

    @Test
    void softLineBreakIsASpaceAndTwoTrailingSpacesMakeAHardOne() {
        List<Inline> spans = parse("one\ntwo  \nthree");

        assertEquals(List.of(text("one two\nthree")), spans);
    }

    @Test
    void imagesAreDroppedAndNoLocTextIsKept() {
        List<Inline> spans = parse("[![Screen](media/a.png)](media/a.png#lightbox)"
                + ":::image type=\"content\" source=\"a.png\" alt-text=\"Scherm\":::Id :::no-loc text=\"ИНН \\\"x\\\"\":::");

        assertEquals(List.of(text("Id ИНН \"x\"")), spans);
    }

    @Test
    void spacesAreTidiedIncludingNarrowNoBreakSpaces() {
        List<Inline> spans = parse("  a \u202f b  **c**  ");

        assertEquals(List.of(text("a b "), new Inline.Bold("c")), spans);
    }
}
