package org.faqbot.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LightMarkdownTest {

    private static Inline.Text text(String text) {
        return new Inline.Text(text);
    }

    @Test
    void paragraphSpansAreReadWithoutTheirMarkup() {
        String markdown = "Select **Benefits**, then *Visual Studio* in [Partner Center](https://partner.microsoft.com) or run `Get-Thing`.";

        List<Block> blocks = LightMarkdown.parse(markdown);

        assertEquals(List.of(new Block.Paragraph(List.of(
                text("Select "), new Inline.Bold("Benefits"), text(", then "), new Inline.Italic("Visual Studio"),
                text(" in "), new Inline.Link("Partner Center", "https://partner.microsoft.com"), text(" or run "),
                new Inline.Code("Get-Thing"), text(".")))), blocks);
    }

    @Test
    void listItemsKeepTheirNumbersLevelsAndContinuationLines() {
        String markdown = "1. Sign in\n   to the dashboard\n   - Use your work account\n2. Select **MPN**";

        List<Block> blocks = LightMarkdown.parse(markdown);

        assertEquals(List.of(
                Block.ListItem.numbered(0, 1, List.of(text("Sign in\nto the dashboard"))),
                Block.ListItem.bullet(1, List.of(text("Use your work account"))),
                Block.ListItem.numbered(0, 2, List.of(text("Select "), new Inline.Bold("MPN")))), blocks);
    }

    @Test
    void calloutKindIsReadInAnyCaseWithItsBody() {
        String markdown = "> [!Important]\n> Keys can be redeemed once.\n>\n> - Add licenses\n> - Or renew";

        List<Block> blocks = LightMarkdown.parse(markdown);

        assertEquals(List.of(new Block.Callout(CalloutKind.IMPORTANT, List.of(
                new Block.Paragraph(List.of(text("Keys can be redeemed once."))),
                Block.ListItem.bullet(0, List.of(text("Add licenses"))),
                Block.ListItem.bullet(0, List.of(text("Or renew")))))), blocks);
    }

    @Test
    void tableHasAHeaderRowAndBodyRows() {
        String markdown = "| Plan | Price |\n|---|:---:|\n| **Basic** | Free \\| for now |";

        List<Block> blocks = LightMarkdown.parse(markdown);

        assertEquals(List.of(new Block.Table(
                row(List.of(text("Plan")), List.of(text("Price"))),
                List.of(row(List.of(new Inline.Bold("Basic")), List.of(text("Free | for now")))))), blocks);
    }

    private static Block.Row row(List<Inline> first, List<Inline> second) {
        return new Block.Row(List.of(new Block.Cell(first), new Block.Cell(second)));
    }

    @Test
    void codeBlockKeepsItsTextAsIs() {
        String markdown = "```powershell\nGet-Thing *\n\n  [x] | y\n```";

        List<Block> blocks = LightMarkdown.parse(markdown);

        assertEquals(List.of(new Block.CodeBlock("powershell", "Get-Thing *\n\n  [x] | y")), blocks);
    }

    @Test
    void subHeadingIsOneLineOfPlainText() {
        List<Block> blocks = LightMarkdown.parse("#### Direct bill \\*model\\*\n\nText.");

        assertEquals(List.of(new Block.SubHeading("Direct bill *model*"),
                new Block.Paragraph(List.of(text("Text.")))), blocks);
    }

    @Test
    void literalMarkupCharactersAreEscapedAndReadBack() {
        List<Block> blocks = List.of(new Block.Paragraph(List.of(
                text("2 * 3 = 6, [brackets] stay, C:\\Windows, `tick` and a | pipe"),
                new Inline.Bold("**not nested**"),
                new Inline.Link("a [b]", "https://example.com/a_(b)*c"),
                new Inline.Code("a`b\\c|d"))));

        String written = LightMarkdown.write(blocks);

        assertEquals("2 \\* 3 = 6, \\[brackets\\] stay, C:\\\\Windows, \\`tick\\` and a \\| pipe"
                + "**\\*\\*not nested\\*\\***[a \\[b\\]](https://example.com/a_(b\\)\\*c)`a\\`b\\\\c\\|d`", written);
        assertEquals(blocks, LightMarkdown.parse(written));
    }

    @Test
    void textThatLooksLikeABlockStartStaysText() {
        List<Block> blocks = List.of(
                new Block.Paragraph(List.of(text("- not a bullet\n1. not a step\n> not a note\n# not a heading"))),
                Block.ListItem.bullet(0, List.of(text("item\n- still the item"))));

        String written = LightMarkdown.write(blocks);

        assertEquals("\\- not a bullet\n1\\. not a step\n\\> not a note\n\\# not a heading\n\n- item\n   \\- still the item",
                written);
        assertEquals(blocks, LightMarkdown.parse(written));
    }

    @Test
    void everyKindOfBlockReadsBackAsWritten() {
        List<Block> blocks = List.of(
                new Block.SubHeading("Steps"),
                Block.ListItem.numbered(0, 1, List.of(text("Sign in"))),
                Block.ListItem.bullet(1, List.of(new Inline.Link("docs", "https://docs.microsoft.com/nl-nl/x"))),
                new Block.Callout(CalloutKind.WARNING, List.of(new Block.Paragraph(List.of(text("Careful.\nReally."))),
                        new Block.Table(new Block.Row(List.of(new Block.Cell(List.of()))), List.of()))),
                new Block.CodeBlock("", "x = 1"),
                new Block.Paragraph(List.of(new Inline.Italic("the end"))));

        assertEquals(blocks, LightMarkdown.parse(LightMarkdown.write(blocks)));
    }

    @Test
    void plainTextShowsLinksNumbersAndBulletsWithoutMarkup() {
        String markdown = "Do **this**:\n\n1. Open [Partner Center](https://partner.microsoft.com)\n   then wait\n"
                + "   - see https://x.y\n2. Done\n\n| Plan | Price |\n|---|---|\n| Basic | Free |\n\n```\ncode *as is*\n```";

        String plain = LightMarkdown.toPlainText(markdown, Lang.EN);

        assertEquals("Do this:\n\n1. Open Partner Center (https://partner.microsoft.com)\n   then wait\n"
                + "   • see https://x.y\n2. Done\n\nPlan | Price\nBasic | Free\n\ncode *as is*", plain);
    }

    @Test
    void plainTextLinkWhoseTextIsItsUrlShowsTheUrlOnce() {
        String plain = LightMarkdown.toPlainText("[https://x.y](https://x.y)", Lang.EN);

        assertEquals("https://x.y", plain);
    }

    static Stream<Arguments> calloutLabels() {
        return Stream.of(
                Arguments.of("NOTE", Lang.NL, "Opmerking: Tekst."), Arguments.of("NOTE", Lang.EN, "Note: Tekst."),
                Arguments.of("IMPORTANT", Lang.NL, "Belangrijk: Tekst."), Arguments.of("IMPORTANT", Lang.EN, "Important: Tekst."),
                Arguments.of("TIP", Lang.NL, "Tip: Tekst."), Arguments.of("TIP", Lang.EN, "Tip: Tekst."),
                Arguments.of("WARNING", Lang.NL, "Waarschuwing: Tekst."), Arguments.of("WARNING", Lang.EN, "Warning: Tekst."),
                Arguments.of("CAUTION", Lang.NL, "Let op: Tekst."), Arguments.of("CAUTION", Lang.EN, "Caution: Tekst."));
    }

    @ParameterizedTest
    @MethodSource("calloutLabels")
    void calloutIsLabelledInTheReadersLanguage(String kind, Lang lang, String expected) {
        String plain = LightMarkdown.toPlainText("> [!" + kind + "]\n> Tekst.", lang);

        assertEquals(expected, plain);
    }

    @Test
    void unknownQuoteIsReadAsItsInnerBlocks() {
        List<Block> blocks = LightMarkdown.parse("> just quoted");

        assertEquals(List.of(new Block.Paragraph(List.of(text("just quoted")))), blocks);
    }
}
