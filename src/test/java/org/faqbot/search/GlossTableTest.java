package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlossTableTest {

    private static final String TABLE = """
            # a comment
            abonnement\t900\tsubscription:0.860 plan:0.110
            alleen\t419\t-
            verlengen\t64\trenew:0.634
            """;

    private static GlossTable read(String text) throws IOException {
        return GlossTable.read(new BufferedReader(new StringReader(text)), "test.tsv");
    }

    @Test
    void writesWhatItRead() throws IOException {
        StringWriter out = new StringWriter();

        read(TABLE).write(out, List.of("a comment"));

        assertEquals(TABLE, out.toString());
    }

    @Test
    void readsTranslationsMostProbableFirst() throws IOException {
        GlossTable table = read("abonnement\t900\tplan:0.110 subscription:0.860\n");

        List<GlossEntry.Translation> translations = table.entry("abonnement").orElseThrow().translations();

        assertEquals(List.of(new GlossEntry.Translation("subscription", 0.86), new GlossEntry.Translation("plan", 0.11)),
                translations);
    }

    @Test
    void knowsTheEnglishWordsItTranslatesTo() throws IOException {
        GlossTable table = read(TABLE);

        assertEquals(List.of(true, false), List.of(table.isEnglish("plan"), table.isEnglish("abonnement")));
    }

    @Test
    void malformedTranslationNamesFileAndLine() {
        String text = "# comment\nabonnement\t900\tsubscription:0.860\nverlengen\t64\trenew=0.634\n";

        GlossFormatException e = assertThrows(GlossFormatException.class, () -> read(text));

        assertEquals("test.tsv:3: translation \"renew=0.634\" is not english:probability with a probability in (0, 1] "
                + "(\"-\" for none): \"verlengen\\t64\\trenew=0.634\"", e.getMessage());
    }

    @Test
    void missingFieldNamesTheLine() {
        GlossFormatException e = assertThrows(GlossFormatException.class, () -> read("verlengen renew:0.634\n"));

        assertEquals("test.tsv:1: expected 3 tab-separated fields (dutch, count, translations), found 1: "
                + "\"verlengen renew:0.634\"", e.getMessage());
    }

    @Test
    void countMustBePositive() {
        GlossFormatException e = assertThrows(GlossFormatException.class, () -> read("verlengen\t0\trenew:0.634\n"));

        assertEquals("test.tsv:1: count \"0\" is not a whole number of at least 1: \"verlengen\\t0\\trenew:0.634\"",
                e.getMessage());
    }

    @Test
    void probabilityAboveOneIsRefused() {
        GlossFormatException e = assertThrows(GlossFormatException.class, () -> read("verlengen\t64\trenew:1.5\n"));

        assertEquals(1, e.line());
    }

    @Test
    void upperCaseWordIsRefused() {
        GlossFormatException e = assertThrows(GlossFormatException.class, () -> read("Azure\t5\tazure:0.9\n"));

        assertEquals("test.tsv:1: \"Azure\" is not one lower-case word: \"Azure\\t5\\tazure:0.9\"", e.getMessage());
    }

    @Test
    void wordListedTwiceNamesBothLines() {
        String text = "verlengen\t64\trenew:0.634\nverlengen\t3\textend:0.5\n";

        GlossFormatException e = assertThrows(GlossFormatException.class, () -> read(text));

        assertEquals("test.tsv:2: \"verlengen\" is listed twice (first on line 1)", e.getMessage());
    }
}
