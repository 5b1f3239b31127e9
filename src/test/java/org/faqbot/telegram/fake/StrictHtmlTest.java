package org.faqbot.telegram.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StrictHtmlTest {

    private static String rejection(String html) {
        return assertThrows(IllegalArgumentException.class, () -> StrictHtml.parse(html)).getMessage();
    }

    @Test
    void supportedTagsAndEntitiesBecomePlainText() {
        String html = "<b>a</b><strong>b</strong><i>c</i><u>d</u><s>e</s><span class=\"tg-spoiler\">f</span>"
                + "<a href=\"https://x.test/?a=1&amp;b=2\">g</a><code>h</code><pre><code class=\"language-java\">i</code></pre>"
                + "<blockquote expandable>j</blockquote>&lt;&gt;&amp;&quot;&#65;&#x42; >";

        assertEquals("abcdefghij<>&\"AB >", StrictHtml.parse(html));
    }

    @Test
    void unsupportedTagIsRejected() {
        assertEquals("Unsupported start tag \"div\" at byte offset 3", rejection("hé <div>x</div>".replace("é", "e")));
    }

    @Test
    void byteOffsetsCountUtf8Bytes() {
        assertEquals("Unsupported start tag \"br\" at byte offset 4", rejection("hé <br>"));
    }

    @Test
    void unclosedTagIsRejected() {
        assertEquals("Can't find end tag corresponding to start tag \"b\"", rejection("<b>bold"));
    }

    @Test
    void misnestedTagsAreRejected() {
        assertEquals("Unmatched end tag at byte offset 7, expected \"</i>\", found \"</b>\"", rejection("<b><i>x</b></i>"));
    }

    @Test
    void endTagWithoutStartIsRejected() {
        assertEquals("Unexpected end tag at byte offset 1", rejection("x</b>"));
    }

    @Test
    void bareLessThanIsRejected() {
        assertEquals("Unsupported start tag \"\" at byte offset 2", rejection("1 < 2"));
    }

    @Test
    void bareAmpersandIsRejected() {
        assertEquals("Character '&' is reserved and must be escaped as \"&amp;\" at byte offset 4", rejection("Tom & Jerry"));
    }

    @Test
    void namedEntitiesBeyondTheFourAreRejected() {
        assertEquals("Unsupported HTML entity \"&nbsp;\" at byte offset 1; only &lt; &gt; &amp; &quot; and numeric"
                + " entities are supported", rejection("a&nbsp;b"));
    }

    @Test
    void nothingNestsInsideCode() {
        assertEquals("Entity \"b\" can't be nested inside \"code\" at byte offset 6", rejection("<code><b>x</b></code>"));
    }

    @Test
    void blockquotesDoNotNest() {
        assertEquals("Blockquote entities can't be nested at byte offset 12",
                rejection("<blockquote><blockquote>x</blockquote></blockquote>"));
    }

    @Test
    void linkNeedsAnAddress() {
        assertEquals("Tag \"a\" must have attribute \"href\" at byte offset 0", rejection("<a>x</a>"));
    }

    @Test
    void unterminatedAttributeIsRejected() {
        assertEquals("Unclosed start tag at byte offset 0", rejection("<a href=\"https://x.test>x</a>"));
    }
}
