package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.faqbot.store.Stores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "/forget key" when only another date is remembered (today is 6 December 2026): the key's date the conversation keeps is
 * the one named and forgotten, or the reply says none is remembered; the other remembered date is neither offered nor
 * deleted.
 */
class UnrememberedDateTest {

    private final Stores stores = Stores.inMemory();
    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"), stores);

    private Reply say(String text) {
        return bot.reply(new IncomingMessage("ud", "u-ud", text, Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "remember that our benefits expire on 28 February 2027|I redeemed my key on 9 June 2026, how long can I use it?|/forget key"
            + "|9 June 2026|28 February 2027",
        "onthoud dat onze voordelen op 28 februari 2027 verlopen|ik heb mijn sleutel op 9 juni 2026 ingewisseld, hoe lang kan ik hem gebruiken?"
            + "|/forget sleutel|9 juni 2026|28 februari 2027"})
    void theConversationsDateIsNamedNotTheRememberedOther(String remember, String asked, String forget, String keyDay, String otherDay) {
        say(remember);
        say(asked);
        Reply reply = say(forget);

        assertTrue(reply.text().contains(keyDay), reply.text());
        assertFalse(reply.text().contains(otherDay), reply.text());
        assertTrue(reply.choices().isEmpty(), reply.choices().toString());
        assertEquals(1, stores.profiles().facts("u-ud").size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "remember that our benefits expire on 28 February 2027|/forget key|28 February 2027",
        "onthoud dat onze voordelen op 28 februari 2027 verlopen|/forget sleutel|28 februari 2027"})
    void withoutAnyKeyDateTheReplySaysNoneIsRemembered(String remember, String forget, String otherDay) {
        say(remember);
        Reply reply = say(forget);

        assertFalse(reply.text().contains(otherDay), reply.text());
        assertTrue(reply.choices().isEmpty(), reply.choices().toString());
        assertEquals(1, stores.profiles().facts("u-ud").size());
    }
}
