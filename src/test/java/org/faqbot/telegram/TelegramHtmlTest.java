package org.faqbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TelegramHtmlTest {

    @Test
    void escapeCoversAmpersandAndAngleBrackets() {
        assertEquals("&lt;b&gt;Tom &amp; Jerry&lt;/b&gt; \"quoted\"", TelegramHtml.escape("<b>Tom & Jerry</b> \"quoted\""));
    }

    @Test
    void attributeEscapeAlsoCoversDoubleQuotes() {
        assertEquals("https://x.test/?q=&quot;a&quot;&amp;b=&lt;", TelegramHtml.escapeAttribute("https://x.test/?q=\"a\"&b=<"));
    }

    @Test
    void plainTextDropsTagsDecodesEntitiesAndKeepsLinkAddresses() {
        String html = "<b>Bold</b> &amp; <a href=\"https://x.test/?a=1&amp;b=2\">docs</a> "
                + "<a href=\"https://y.test\">https://y.test</a>";

        assertEquals("Bold & docs (https://x.test/?a=1&b=2) https://y.test", TelegramHtml.toPlainText(html));
    }
}
