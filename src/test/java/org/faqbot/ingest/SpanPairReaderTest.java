package org.faqbot.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.faqbot.kb.Bilingual;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;

class SpanPairReaderTest {

    private static final String FILE = "x/page.md";

    private final List<String> warnings = new ArrayList<>();
    private final SpanPairReader reader = new SpanPairReader(FILE, warnings::add);

    private static String pair(String id, String nl, String en) {
        return "<span data-ttu-id=\"" + id + "\">" + nl + "</span><span class=\"sxs-lookup\"><span data-stu-id=\""
                + id + "\">" + en + "</span></span>";
    }

    private List<String> resolved(List<SourceLine> lines, Lang lang) {
        List<String> out = new ArrayList<>();
        lines.forEach(line -> out.add(Placeholders.resolve(line.text(), reader.pairs(), lang)));
        return out;
    }

    @Test
    void pairsInALineAreSplitIntoDutchAndEnglishWithTheTextBetweenShared() {
        List<SourceLine> lines = List.of(new SourceLine(7, "1. " + pair("a-1", "Eén.", "One.") + " " + pair("a-2", "**Twee**", "**Two**"), false));

        List<SourceLine> read = reader.read(lines);

        assertEquals(List.of("1. Eén. **Twee**"), resolved(read, Lang.NL));
        assertEquals(List.of("1. One. **Two**"), resolved(read, Lang.EN));
    }

    @Test
    void pairRunningOverSeveralLinesBecomesOneLine() {
        List<SourceLine> lines = List.of(
                new SourceLine(3, "<span data-ttu-id=\"a-1\">Twee", false),
                new SourceLine(4, "regels</span><span class=\"sxs-lookup\"><span data-stu-id=\"a-1\">Two", false),
                new SourceLine(5, "lines</span></span>", false));

        List<SourceLine> read = reader.read(lines);

        assertEquals(1, read.size());
        assertEquals(3, read.get(0).number());
        assertEquals(List.of("Twee\nregels"), resolved(read, Lang.NL));
        assertEquals(List.of("Two\nlines"), resolved(read, Lang.EN));
    }

    @Test
    void dutchSpanWithoutEnglishPairWarnsAndKeepsTheDutch() {
        List<SourceLine> lines = List.of(new SourceLine(12, "<span data-ttu-id=\"a-9\">Alleen Nederlands.</span>", false));

        List<SourceLine> read = reader.read(lines);

        assertEquals(List.of("x/page.md:12: warning: <span data-ttu-id=\"a-9\"> has no English sxs-lookup pair; keeping the Dutch only"),
                warnings);
        assertEquals(List.of("Alleen Nederlands."), resolved(read, Lang.NL));
        assertEquals(Bilingual.of("Alleen Nederlands.", ""), reader.pairs().get(0));
    }

    @Test
    void spanNotClosedBeforeABlankLineIsAnError() {
        List<SourceLine> lines = List.of(new SourceLine(9, "<span data-ttu-id=\"a-3\">Afgekapt", false),
                new SourceLine(10, "", false));

        KbFormatException e = assertThrows(KbFormatException.class, () -> reader.read(lines));

        assertEquals("x/page.md:9: <span data-ttu-id=\"a-3\"> is never closed: no </span> before the paragraph ends",
                e.getMessage());
    }

    @Test
    void englishSpanNotClosedIsAnError() {
        List<SourceLine> lines = List.of(new SourceLine(4,
                "<span data-ttu-id=\"a-3\">Heel</span><span class=\"sxs-lookup\"><span data-stu-id=\"a-3\">Whole", false));

        KbFormatException e = assertThrows(KbFormatException.class, () -> reader.read(lines));

        assertEquals("x/page.md:4: <span data-stu-id=\"a-3\"> is never closed: no </span></span> before the paragraph ends",
                e.getMessage());
    }

    @Test
    void cutOffSpanTagIsAnError() {
        List<SourceLine> lines = List.of(new SourceLine(2, "Tekst <span data-ttu-id=\"a-", false));

        KbFormatException e = assertThrows(KbFormatException.class, () -> reader.read(lines));

        assertEquals("x/page.md:2: <span> tag is cut off: \"<span data-ttu-id=\"a-\"", e.getMessage());
    }

    @Test
    void codeLinesAreLeftAlone() {
        List<SourceLine> lines = List.of(new SourceLine(5, "echo '<span>'", true));

        List<SourceLine> read = reader.read(lines);

        assertEquals(lines, read);
    }
}
