package org.faqbot.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class InlinesTest {

    @Test
    void boldEdgeSpacesMoveIntoTheTextBeside() {
        List<Inline> tidy = Inlines.tidy(List.of(new Inline.Text("a"), new Inline.Bold(" b "), new Inline.Text("c")));

        assertEquals(List.of(new Inline.Text("a "), new Inline.Bold("b"), new Inline.Text(" c")), tidy);
    }

    @Test
    void neighboursOfOneKindMergeAndEmptyLinksGo() {
        List<Inline> tidy = Inlines.tidy(List.of(new Inline.Text("a "), new Inline.Link(" ", "https://x.y"),
                new Inline.Text(" b\n\n\nc ")));

        assertEquals(List.of(new Inline.Text("a b\nc")), tidy);
    }

    @Test
    void codeKeepsItsSpaces() {
        List<Inline> tidy = Inlines.tidy(List.of(new Inline.Code("a  b")));

        assertEquals(List.of(new Inline.Code("a  b")), tidy);
    }
}
