package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.store.Stores;
import org.junit.jupiter.api.Test;

/** Buttons of any reply pressed by typing: by their place ("the second", "de eerste", "2"), and by a yes to a single offer. */
class OfferedChoicesTest {

    private final TestClock clock = TestClock.at("2026-12-06");
    private final Stores stores = Stores.inMemory();
    private final FaqAssistant bot = TestAssistants.standard(clock, stores);

    private Reply say(String text, Lang lang) {
        return bot.reply(new IncomingMessage("tg:7", "tg:u7", text, Optional.of(lang), Optional.empty()));
    }

    private static List<String> payloads(Reply reply) {
        return reply.choices().stream().map(Choice::payload).toList();
    }

    @Test
    void ordinalAfterTopicsOpensThatTopic() {
        Reply topics = say("/topics", Lang.EN);

        Reply reply = say("the second", Lang.EN);

        assertEquals(payloads(say(topics.choices().get(1).payload(), Lang.EN)), payloads(reply));
    }

    @Test
    void dutchOrdinalAfterTopicsOpensThatTopicInDutch() {
        Reply topics = say("/topics", Lang.NL);

        Reply reply = say("de tweede", Lang.NL);

        Reply pressed = say(topics.choices().get(1).payload(), Lang.NL);
        assertEquals(payloads(pressed), payloads(reply));
        assertEquals(pressed.text(), reply.text());
    }

    @Test
    void placeOnATopicPageAnswersThatQuestion() {
        Reply topics = say("/topics", Lang.EN);
        Reply page = say(topics.choices().get(0).payload(), Lang.EN);

        Reply reply = say("the first one", Lang.EN);

        assertEquals(ReplyType.FAQ, reply.type());
        assertEquals(page.choices().get(0).payload(), "/faq " + org.faqbot.kb.EntryKeys.of(reply.faqId().orElseThrow()));
    }

    @Test
    void numberAfterAFallbackAnswersThatSuggestion() {
        Reply fallback = say("qwerty zxcv plugh", Lang.NL);

        Reply reply = say("nummer 2", Lang.NL);

        assertEquals(ReplyType.FALLBACK, fallback.type());
        assertEquals(fallback.choices().get(1).payload(), "/faq " + org.faqbot.kb.EntryKeys.of(reply.faqId().orElseThrow()));
        assertEquals(Lang.NL, reply.lang());
    }

    @Test
    void placeNotOfferedShowsTheButtonsAgain() {
        Reply topics = say("/topics", Lang.EN);

        Reply reply = say("option 9", Lang.EN);

        assertEquals("There is no option 9: please pick one of these " + topics.choices().size() + ".", reply.text());
        assertEquals(payloads(topics), payloads(reply));
    }

    @Test
    void placeNotOfferedIsSaidInDutch() {
        Reply topics = say("/topics", Lang.NL);

        Reply reply = say("optie 9", Lang.NL);

        assertEquals("Optie 9 is er niet: kies een van deze " + topics.choices().size() + ".", reply.text());
        assertEquals(payloads(topics), payloads(reply));
    }

    @Test
    void placeAfterAReplyWithoutButtonsPressesNothing() {
        say("/topics", Lang.EN);
        say("/help", Lang.EN);

        Reply reply = say("option 9", Lang.EN);

        assertNotEquals(ReplyType.CLARIFY, reply.type());
    }

    @Test
    void buttonsCanNoLongerBeTypedOnceTheOpenQuestionTimeHasPassed() {
        say("/topics", Lang.EN);
        clock.advance(Duration.ofMinutes(16));

        Reply reply = say("option 9", Lang.EN);

        assertNotEquals(ReplyType.CLARIFY, reply.type());
    }

    @Test
    void yesAfterRememberingSchedulesTheOfferedReminders() {
        say("remember that our benefits expire on 31 January 2027", Lang.EN);

        say("yes please", Lang.EN);

        assertEquals(3, stores.reminders().pending("tg:u7").size());
    }

    @Test
    void dutchYesNamingTheOfferSchedulesTheReminders() {
        say("onthoud dat onze voordelen op 31 januari 2027 verlopen", Lang.NL);

        Reply reply = say("ja graag, herinner me", Lang.NL);

        assertEquals(3, stores.reminders().pending("tg:u7").size());
        assertTrue(reply.text().startsWith("Ik herinner je"), reply.text());
    }

    @Test
    void okOnlyAcknowledgesTheOffer() {
        say("remember that our benefits expire on 31 January 2027", Lang.EN);

        say("ok", Lang.EN);

        assertEquals(0, stores.reminders().pending("tg:u7").size());
    }

    @Test
    void noToTheSingleOfferIsAnsweredShortly() {
        say("onthoud dat onze voordelen op 31 januari 2027 verlopen", Lang.NL);

        Reply reply = say("nee", Lang.NL);

        assertEquals("Goed, dan laat ik het zo. Vraag maar raak.", reply.text());
        assertEquals(0, stores.reminders().pending("tg:u7").size());
    }

    @Test
    void yesDoesNotPressTheOnlyCancelButton() {
        say("remember that our benefits expire on 31 January 2027", Lang.EN);
        say("/remind benefit_expiry", Lang.EN);
        say("/reminders cancel " + stores.reminders().pending("tg:u7").get(0).id(), Lang.EN);
        say("/reminders cancel " + stores.reminders().pending("tg:u7").get(0).id(), Lang.EN);
        Reply list = say("/reminders", Lang.EN);

        say("yes", Lang.EN);

        assertEquals(1, list.choices().size());
        assertEquals(1, stores.reminders().pending("tg:u7").size());
    }
}
