package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.store.Stores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The dialogue and rule defects the sixth exploratory round left (today is 15 June 2021): a key "activated" before its
 * date, follow-ups about another person's key or a shifted date, two people's keys in one message, products the rules
 * are not about, and messages in neither language.
 */
class SixthRoundDialogTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2021-06-15"), Stores.inMemory());

    private Reply say(String text) {
        return bot.reply(new IncomingMessage("c1", "u-c1", text, Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "the key I activated on 3 February expires when?",
        "the product key we activated on 3 February, when does it stop working?",
        "de sleutel die we op 3 februari geactiveerd hebben, wanneer verloopt die?"})
    void aKeyActivatedOnADayWasRedeemedThatDay(String text) {
        Reply reply = say(text);

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertEquals(Optional.of(LocalDate.of(2022, 2, 3)), reply.date(), reply.text());
        assertFalse(reply.text().contains("end date you gave") || reply.text().contains("einddatum die je gaf"), reply.text());
    }
}
