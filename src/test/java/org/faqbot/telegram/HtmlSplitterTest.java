package org.faqbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.faqbot.telegram.fake.StrictHtml;
import org.junit.jupiter.api.Test;

class HtmlSplitterTest {

    private final HtmlSplitter splitter = new HtmlSplitter(40);

    private static void assertEachPartValidAndWithin(List<String> parts, int limit) {
        for (String part : parts) {
            String visible = StrictHtml.parse(part);
            assertTrue(visible.length() <= limit, visible.length() + " > " + limit + ": " + part);
        }
    }

    @Test
    void textThatFitsIsOnePart() {
        List<String> parts = splitter.split("<b>short</b> answer");

        assertEquals(List.of("<b>short</b> answer"), parts);
    }

    @Test
    void cutsAtAParagraphBreak() {
        String html = "First paragraph is here.\n\nSecond paragraph here.";

        List<String> parts = splitter.split(html);

        assertEquals(List.of("First paragraph is here.", "Second paragraph here."), parts);
    }

    @Test
    void cutsAtALineBreakWhenNoParagraphBreakFits() {
        String html = "one line of text, rather long\nand the next line of text";

        List<String> parts = splitter.split(html);

        assertEquals(List.of("one line of text, rather long", "and the next line of text"), parts);
    }

    @Test
    void cutsBetweenWordsWhenALineIsTooLong() {
        String html = "alpha beta gamma delta epsilon zeta eta theta iota kappa";

        List<String> parts = splitter.split(html);

        assertEquals(List.of("alpha beta gamma delta epsilon zeta eta", "theta iota kappa"), parts);
    }

    @Test
    void tagsOpenAtACutAreClosedAndReopened() {
        String html = "<blockquote><b>Note</b>\nline one of the quote is long\nline two</blockquote>";

        List<String> parts = splitter.split(html);

        assertEquals(List.of("<blockquote><b>Note</b>\nline one of the quote is long</blockquote>",
                "<blockquote>line two</blockquote>"), parts);
    }

    @Test
    void linksKeepTheirAddressInEveryPart() {
        String html = "<a href=\"https://example.com/?a=1&amp;b=2\">a link text that is far too long to fit in one part</a>";

        List<String> parts = splitter.split(html);

        assertEquals(2, parts.size());
        assertTrue(parts.get(1).startsWith("<a href=\"https://example.com/?a=1&amp;b=2\">"), parts.get(1));
        assertEachPartValidAndWithin(parts, 40);
    }

    @Test
    void aWordLongerThanAPartIsCutWithoutBreakingAnEntity() {
        String html = "&lt;".repeat(30) + "&amp;".repeat(30);

        List<String> parts = splitter.split(html);

        assertEquals(List.of("&lt;".repeat(30) + "&amp;".repeat(10), "&amp;".repeat(20)), parts);
    }

    @Test
    void surrogatePairsAreNeverSplit() {
        String html = "👍".repeat(30);

        List<String> parts = splitter.split(html);

        assertEquals(List.of("👍".repeat(20), "👍".repeat(10)), parts);
    }

    @Test
    void randomNestedHtmlSplitsIntoValidPartsThatKeepAllText() {
        Random random = new Random(7);
        StringBuilder html = new StringBuilder();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            String word = "w" + random.nextInt(1000) + (random.nextBoolean() ? "&amp;" : "&lt;");
            String visible = StrictHtml.parse(word);
            String[] tags = {"b", "i", "code", "u"};
            String tag = tags[random.nextInt(tags.length)];
            html.append(random.nextInt(3) == 0 ? "<" + tag + ">" + word + "</" + tag + ">" : word);
            text.append(visible);
            String gap = random.nextInt(10) == 0 ? "\n\n" : random.nextInt(5) == 0 ? "\n" : " ";
            html.append(gap);
            text.append(gap);
        }

        List<String> parts = new HtmlSplitter(HtmlSplitter.TELEGRAM_LIMIT / 8).split(html.toString());

        assertTrue(parts.size() > 2, "parts: " + parts.size());
        assertEachPartValidAndWithin(parts, HtmlSplitter.TELEGRAM_LIMIT / 8);
        String joined = String.join("", parts.stream().map(StrictHtml::parse).toList());
        assertEquals(text.toString().replaceAll("\\s", ""), joined.replaceAll("\\s", ""));
    }
}
