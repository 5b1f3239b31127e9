package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.store.Stores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A statement about "it" right after the Visual Studio answer ("ik heb het op ... aan ... toegewezen") is the
 * subscription's assignment date, answered with the reassignment rule (today is 6 December 2026); "het" before a noun
 * stays an article.
 */
class PronounHetTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"), Stores.inMemory());

    private Reply say(String text) {
        return bot.reply(new IncomingMessage("ph", "u-ph", text, Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "how can I activate Visual Studio for my team?|I assigned it to a colleague on 12 October",
        "hoe activeer ik Visual Studio voor mijn team?|ik heb het op 12 oktober aan een collega toegewezen",
        "hoe activeer ik Visual Studio voor mijn team?|we hebben het op 2 oktober aan onze nieuwe collega toegewezen"})
    void itAfterTheVisualStudioAnswerIsTheSubscription(String topic, String statement) {
        say(topic);
        Reply reply = say(statement);

        assertEquals(Optional.of("vs_reassign_from"), reply.intent(), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ik heb het op 12 oktober toegewezen|PRONOUN",
        "ik heb het gisteren toegewezen|PRONOUN",
        "ik heb het abonnement op 12 oktober toegewezen|NAMED",
        "het parkeerplekje heb ik op 12 oktober toegewezen|NAMED"})
    void hetIsAPronounOnlyBeforeADateOrAPreposition(String clause, Pronouns.Reference reference) {
        assertEquals(Optional.of(reference), Pronouns.first(clause, Lang.NL));
    }
}
