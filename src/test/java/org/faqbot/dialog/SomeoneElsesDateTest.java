package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.store.Stores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Remember" with a date of someone else's (today is 6 December 2026): the profile keeps the user's own dates, so the
 * other person's is not stored over the user's own, and the reply says so.
 */
class SomeoneElsesDateTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"), Stores.inMemory());

    private Reply say(String text) {
        return bot.reply(new IncomingMessage("se", "u-se", text, Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "remember that I redeemed the code on 3 April 2026|please remember that my boss activated his key on 9 August|how long can I use my code?|boss",
        "onthoud dat ik de code op 3 april 2026 heb ingewisseld|onthoud ook dat mijn teamgenoot zijn sleutel op 9 augustus heeft ingewisseld"
            + "|tot wanneer kan ik mijn code gebruiken?|teamgenoot"})
    void anotherPersonsDateLeavesTheUsersOwn(String own, String theirs, String asked, String person) {
        say(own);

        Reply refused = say(theirs);
        Reply after = say(asked);

        assertEquals(ReplyType.CLARIFY, refused.type(), refused.text());
        assertTrue(refused.text().contains(person), refused.text());
        assertEquals(Optional.of(LocalDate.of(2027, 4, 3)), after.date(), after.text());
    }
}
