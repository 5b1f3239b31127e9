package org.faqbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.faqbot.dialog.Choice;
import org.faqbot.dialog.Messages;
import org.faqbot.dialog.Reply;
import org.faqbot.dialog.ReplyType;
import org.faqbot.kb.Lang;
import org.faqbot.telegram.fake.StrictHtml;
import org.junit.jupiter.api.Test;

class ReplyRendererTest {

    private final ReplyRenderer renderer = ReplyRenderer.standard(new Messages());

    @Test
    void faqAnswerEndsWithItsSourceAsALink() {
        Reply reply = ScriptedAssistant.faq(Lang.NL, "Verleng je voordelen in Partner Center.");

        String html = renderer.render(reply).get(0).html();

        assertTrue(html.endsWith("\n\nBron: <a href=\"" + ScriptedAssistant.SOURCE + "\">learn.microsoft.com</a>"), html);
    }

    @Test
    void faqAnswerCarriesThumbsUpAndDownWithTheEntryKey() {
        Reply reply = ScriptedAssistant.faq(Lang.EN, "Renew in Partner Center.");

        List<List<Choice>> buttons = renderer.render(reply).get(0).buttons();

        assertEquals(List.of(List.of(new Choice("👍", "/feedback up " + ScriptedAssistant.KEY),
                new Choice("👎", "/feedback down " + ScriptedAssistant.KEY))), buttons);
    }

    @Test
    void choicesBecomeOneButtonPerRow() {
        Reply reply = Reply.builder(Lang.EN, ReplyType.SMALLTALK, "Hello")
                .choices(List.of(new Choice("One", "/faq a"), new Choice("Two", "/faq b")))
                .build();

        List<List<Choice>> buttons = renderer.render(reply).get(0).buttons();

        assertEquals(List.of(List.of(new Choice("One", "/faq a")), List.of(new Choice("Two", "/faq b"))), buttons);
    }

    @Test
    void usersOwnWordsAreEscaped() {
        Reply reply = Reply.text(Lang.EN, ReplyType.FALLBACK, "I do not know about \"<b>&\" yet.");

        String html = renderer.render(reply).get(0).html();

        assertEquals("I do not know about \"&lt;b&gt;&amp;\" yet.", html);
        assertEquals("I do not know about \"<b>&\" yet.", StrictHtml.parse(html));
    }

    @Test
    void sourceUrlIsEscapedInTheAttribute() {
        Reply reply = Reply.builder(Lang.EN, ReplyType.FAQ, "x").sourceUrl("https://x.test/?a=\"1\"&b=2").build();

        String html = renderer.render(reply).get(0).html();

        assertTrue(html.contains("<a href=\"https://x.test/?a=&quot;1&quot;&amp;b=2\">x.test</a>"), html);
    }

    @Test
    void longAnswerIsSplitWithButtonsOnlyUnderTheLastPart() {
        Reply reply = ScriptedAssistant.faq(Lang.EN, ScriptedAssistant.longAnswer());

        List<OutgoingMessage> parts = renderer.render(reply);

        assertEquals(3, parts.size());
        for (OutgoingMessage part : parts) {
            assertTrue(StrictHtml.parse(part.html()).length() <= 4096);
        }
        assertTrue(parts.get(0).buttons().isEmpty());
        assertTrue(parts.get(1).buttons().isEmpty());
        assertEquals(1, parts.get(2).buttons().size());
    }

    @Test
    void everyPayloadFitsTelegramsCallbackData() {
        Reply reply = ScriptedAssistant.faq(Lang.NL, "x");

        for (List<Choice> row : renderer.render(reply).get(0).buttons()) {
            for (Choice choice : row) {
                assertTrue(choice.payload().getBytes(StandardCharsets.UTF_8).length <= 64, choice.payload());
                assertEquals(choice.payload(), TelegramSender.callbackData(choice.payload()));
            }
        }
    }
}
