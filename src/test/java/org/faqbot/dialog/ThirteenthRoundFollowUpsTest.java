package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.store.Stores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The thirteenth round's follow-ups (follow16), in both languages, worded here (today is Sunday 6 December 2026): a
 * key's end said with "valid" and "no longer" / "niet meer", a complaint beside an emoji of anger, a bare topic
 * word while the bot waits for a date, and a follow-up that names another entry's thing.
 */
class ThirteenthRoundFollowUpsTest {

    private static final String VS_ACTIVATION = "benefits-faq#q-how-does-visual-studio-activation-work-in-partner-center";
    private static final String CUSTOMERS_ACCOUNT = "benefits-faq#q-can-i-activate-the-license-on-my-customers-account";

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"), Stores.inMemory());

    private Reply say(String conversation, String text, Lang lang) {
        return bot.reply(new IncomingMessage(conversation, "u-" + conversation, text, Optional.of(lang), Optional.empty()));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "k1|mijn productcode is niet meer geldig|NL",
        "k2|onze sleutel is niet langer geldig|NL",
        "k3|my product key isn't valid anymore|EN",
        "k4|our key is not valid any more|EN"})
    void aKeyNoLongerValidIsTheKeysEnd(String conversation, String message, Lang lang) {
        Reply reply = say(conversation, message, lang);

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertEquals(lang, reply.lang(), reply.text());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "f1|😡😡 niks werkt|NL",
        "f2|🤬 het werkt gewoon niet|NL",
        "f3|😠 nothing works|EN",
        "f4|it doesn't work at all 🤬|EN"})
    void aComplaintBesideAnAngryEmojiGetsTheFrustrationReply(String conversation, String message, Lang lang) {
        Reply reply = say(conversation, message, lang);

        assertEquals(ReplyType.SMALLTALK, reply.type(), reply.text());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "n1|😡 mijn sleutel werkt niet meer|NL",
        "n2|😡 my product key stopped working|EN"})
    void anAngryEmojiBesideANamedThingStillAsks(String conversation, String message, Lang lang) {
        Reply reply = say(conversation, message, lang);

        assertNotEquals(ReplyType.SMALLTALK, reply.type(), reply.text());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "t1|until when is my product key usable?|benefits|EN|still need a date",
        "t2|how long can I still use our key?|vs|EN|still need a date",
        "t3|tot wanneer kan ik mijn sleutel nog gebruiken?|voordelen|NL|nog een datum nodig",
        "t4|hoe lang is onze productcode nog bruikbaar?|visual studio|NL|nog een datum nodig"})
    void aBareTopicWordWhileADateIsAwaitedIsANewTopic(String conversation, String asking, String topic, Lang lang, String stillNeeded) {
        Reply asked = say(conversation, asking, lang);
        assertEquals(Optional.of("key_valid_until"), asked.intent(), asked.text());

        Reply reply = say(conversation, topic, lang);

        assertFalse(reply.text().contains(stillNeeded), reply.text());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "o1|how does activating visual studio work?|and what about the customer's account?|EN",
        "o2|how does visual studio activation work in partner center?|what about my customers account then?|EN",
        "o3|hoe werkt de activering van visual studio?|en hoe zit het met het account van de klant?|NL",
        "o4|hoe activeer ik visual studio in partner center?|wat als het om de licentie van een klant gaat?|NL"})
    void aFollowUpNamingAnotherEntrysThingGetsThatEntry(String conversation, String first, String followUp, Lang lang) {
        Reply before = say(conversation, first, lang);
        assertEquals(Optional.of(VS_ACTIVATION), before.faqId(), before.text());

        Reply reply = say(conversation, followUp, lang);

        assertEquals(Optional.of(CUSTOMERS_ACCOUNT), reply.faqId(), reply.text());
    }
}
