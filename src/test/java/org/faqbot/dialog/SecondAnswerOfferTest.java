package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.store.Stores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A second answer of a message that offers to work out the user's own date, after a first that offers none, keeps its
 * question open: a bare date next answers it, not the first answer's rule. Worded here.
 */
class SecondAnswerOfferTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"), Stores.inMemory());

    private Reply say(String text) {
        return bot.reply(new IncomingMessage("o1", "u-o1", text, Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Our benefits run out on 31 October, by when must we redeem the keys, and how long does a key stay usable after that?|12 June 2026|2027-06-12",
        "Until when can we redeem our keys if the benefits expire on 15 August, and how long does a key keep working after that?|the 2nd of April 2026|2027-04-02",
        "Onze voordelen lopen af op 31 oktober, tot wanneer moeten we de keys inwisselen, en hoe lang blijft een key daarna bruikbaar?|12 juni 2026|2027-06-12",
        "Tot wanneer kan ik mijn keys inwisselen als de voordelen op 15 augustus verlopen, en hoe lang blijft zo'n key daarna werken?|2 april 2026|2027-04-02"})
    void aBareDateAnswersTheSecondAnswersOffer(String message, String date, String until) {
        Reply first = say(message);
        assertEquals(Optional.of("key_valid_until"), first.others().isEmpty() ? Optional.empty() : first.others().get(0).intent(), first.text());

        Reply reply = say(date);

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertEquals(Optional.of(LocalDate.parse(until)), reply.date(), reply.text());
    }
}
