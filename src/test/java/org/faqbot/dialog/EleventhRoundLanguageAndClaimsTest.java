package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.store.Stores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The eleventh exploratory round's language requests without a verb of saying ("kan het in het Engels?") and claims
 * about how long a key lasts that ask whether they are right (today is 6 December 2026).
 */
class EleventhRoundLanguageAndClaimsTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"), Stores.inMemory());

    private Reply say(String text, Lang lang) {
        return bot.reply(new IncomingMessage("tg:13", "tg:u13", text, Optional.of(lang), Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "NL|hoe kan ik mijn voordelen vernieuwen?|kan het ook in het Engels?|EN",
        "NL|hoe lang kan ik een productcode gebruiken?|kun je die even in het Engels doen?|EN",
        "EN|what do I do to extend our partner benefits?|would you do it in Dutch?|NL",
        "EN|for how much time does a redeemed product key work?|can I get this in Dutch please?|NL"})
    // A modal, "that" and the other language ask for the same answer again in that language.
    void theLastAnswerAgainInTheAskedLanguage(Lang lang, String question, String request, Lang asked) {
        Reply first = say(question, lang);

        Reply again = say(request, lang);

        assertEquals(asked, again.lang(), again.text());
        assertEquals(first.faqId(), again.faqId(), again.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EN|a partner told us a product key lasts 3 years, correct?|one year from the day",
        "EN|do product keys stay usable for six months only?|one year from the day",
        "NL|mijn collega zegt dat een productcode 3 jaar geldig is, klopt dat?|één jaar vanaf de dag",
        "NL|is een key maar zes maanden bruikbaar?|één jaar vanaf de dag"})
    // A claimed span is a question how long the key lasts: the key rule's general answer, not a fallback.
    void aClaimedSpanOfAKeyGetsTheKeyRulesAnswer(Lang lang, String claim, String oneYear) {
        Reply reply = say(claim, lang);

        assertEquals(ReplyType.FAQ, reply.type(), reply.text());
        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertTrue(reply.text().contains(oneYear), reply.text());
    }
}
