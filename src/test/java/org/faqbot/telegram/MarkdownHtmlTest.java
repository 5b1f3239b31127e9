package org.faqbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.faqbot.kb.Lang;
import org.faqbot.telegram.fake.StrictHtml;
import org.junit.jupiter.api.Test;

class MarkdownHtmlTest {

    private final MarkdownHtml markdown = new MarkdownHtml();

    private String html(String text, Lang lang) {
        String html = markdown.toHtml(text, lang);
        StrictHtml.parse(html);
        return html;
    }

    @Test
    void inlineMarkupBecomesTags() {
        assertEquals("Go to <b>Benefits</b>, then <i>Renew</i>, run <code>Get-Help</code>; see "
                        + "<a href=\"https://learn.microsoft.com/x\">the docs</a>.",
                html("Go to **Benefits**, then *Renew*, run `Get-Help`; see [the docs](https://learn.microsoft.com/x).", Lang.EN));
    }

    @Test
    void everyPieceOfTextIsEscaped() {
        assertEquals("a &lt;b&gt; &amp; <b>&lt;i&gt;</b> <code>x &lt; y &amp;&amp; z</code> "
                        + "<a href=\"https://x.test/?a=1&amp;b=&quot;2&quot;\">&lt;here&gt;</a>",
                html("a <b> & **<i>** `x < y && z` [<here>](https://x.test/?a=1&b=\"2\")", Lang.EN));
    }

    @Test
    void paragraphsAreABlankLineApartAndLineBreaksStay() {
        assertEquals("First line\nsecond line\n\nNext paragraph", html("First line\nsecond line\n\nNext paragraph", Lang.NL));
    }

    @Test
    void listsAreLinesWithNumbersAndBullets() {
        String md = "Steps:\n\n1. Sign in\n2. Open **Benefits**\n   - nested point\n\nDone.";

        assertEquals("Steps:\n\n1. Sign in\n2. Open <b>Benefits</b>\n   • nested point\n\nDone.", html(md, Lang.EN));
    }

    @Test
    void calloutIsItsLabelInTheReplyLanguageThenAQuote() {
        String md = "> [!NOTE]\n> Keys are valid for **one year**.";

        assertEquals("<b>Opmerking</b>\n<blockquote>Keys are valid for <b>one year</b>.</blockquote>", html(md, Lang.NL));
        assertEquals("<b>Note</b>\n<blockquote>Keys are valid for <b>one year</b>.</blockquote>", html(md, Lang.EN));
    }

    @Test
    void tableIsLinesOfCellsWithABoldHeader() {
        String md = "| Benefit | Keys |\n|---|---|\n| Azure | 5 |\n| Office | 10 |";

        assertEquals("<b>Benefit</b> | <b>Keys</b>\nAzure | 5\nOffice | 10", html(md, Lang.EN));
    }

    @Test
    void codeBlockIsPreformattedWithItsLanguage() {
        String md = "```powershell\nGet-Item <path> & more\n```";

        assertEquals("<pre><code class=\"language-powershell\">Get-Item &lt;path&gt; &amp; more</code></pre>", html(md, Lang.EN));
    }

    @Test
    void linkThatTelegramCannotOpenIsShownAsText() {
        assertEquals("see page (../other.md)", html("see [page](../other.md)", Lang.EN));
    }

    @Test
    void subHeadingIsBold() {
        assertEquals("<b>Azure credits</b>\n\nText", html("#### Azure credits\n\nText", Lang.EN));
    }
}
