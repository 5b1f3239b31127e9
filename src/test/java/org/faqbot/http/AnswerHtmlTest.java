package org.faqbot.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;

class AnswerHtmlTest {

    @Test
    void inlineMarkupBecomesTagsAndTextIsEscaped() {
        String html = AnswerHtml.toHtml("See **docs** & [page](https://x.y/?a=1&b=2).", Lang.EN);

        assertEquals("<p>See <strong>docs</strong> &amp; <a href=\"https://x.y/?a=1&amp;b=2\" target=\"_blank\""
                + " rel=\"noopener noreferrer\">page</a>.</p>", html);
    }

    @Test
    void htmlInTheTextStaysText() {
        String html = AnswerHtml.toHtml("I read <script>alert(1)</script> as \"text\"", Lang.EN);

        assertEquals("<p>I read &lt;script&gt;alert(1)&lt;/script&gt; as &quot;text&quot;</p>", html);
    }

    @Test
    void aJavascriptLinkIsShownAsText() {
        String html = AnswerHtml.toHtml("[click](javascript:alert(1))", Lang.EN);

        assertEquals("<p>click (javascript:alert(1))</p>", html);
    }

    @Test
    void numberedItemsWithNestedBulletsBecomeNestedLists() {
        String html = AnswerHtml.toHtml("2. Two\n   - a\n   - b\n3. Three", Lang.EN);

        assertEquals("<ol start=\"2\"><li>Two<ul><li>a</li><li>b</li></ul></li><li>Three</li></ol>", html);
    }

    @Test
    void calloutGetsItsLabelInTheReplysLanguage() {
        String html = AnswerHtml.toHtml("> [!NOTE]\n> Keep it.", Lang.NL);

        assertEquals("<aside class=\"callout\"><strong>Opmerking</strong><p>Keep it.</p></aside>", html);
    }
}
