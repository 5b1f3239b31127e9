package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.store.Stores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The date defects of the seventh exploratory round (today is 6 December 2026): a year joined to a date or given alone
 * as a correction, and a step from the date just used ("the week before that").
 */
class SeventhRoundDatesTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"), Stores.inMemory());

    private Reply say(String text) {
        return bot.reply(new IncomingMessage("c1", "u-c1", text, Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "I redeemed the key on 9 May, how long can I use it?|oops, that was 9 May of last year|2026-05-09",
        "ik heb de key op 9 mei ingewisseld, tot wanneer?|nee toch 9 mei, maar dan 2024|2025-05-09",
        "ik heb de key op 9 mei ingewisseld, tot wanneer?|o wacht, dat was in 2024|2025-05-09",
        "I redeemed the key on 9 May, how long can I use it?|no, but 2024|2025-05-09",
        "I redeemed the key three weeks ago, until when?|hmm no, the week before that|2027-11-08",
        "ik heb de key drie weken geleden ingewisseld, tot wanneer?|nee, de dag ervoor|2027-11-14"})
    // The reply's date is the key's last day, a year after the redemption date the correction means.
    void aCorrectionGivesTheDateItMeans(String first, String correction, String expectedEnd) {
        say(first);

        Reply reply = say(correction);

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertEquals(Optional.of(LocalDate.parse(expectedEnd)), reply.date(), reply.text());
    }
}
