package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.search.FusionModel;
import org.faqbot.store.Stores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A short vague message about a topic of the FAQ gets suggestions by the floor of the model that scored it (seventeenth
 * round): the Benefits model weighs the message's length, so such a message's best chance lies under the floor the first
 * models were held to (0.15), and with that floor it got none.
 */
class ModelSuggestionFloorTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"), Stores.inMemory());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"EN|licensing for the team", "NL|iets met licenties"})
    void aVagueShortMessageUnderTheOldFloorGetsSuggestions(Lang lang, String message) {
        Reply reply = bot.reply(new IncomingMessage("tg:f1", "tg:uf1", message, Optional.of(lang), Optional.empty()));

        assertEquals(ReplyType.FALLBACK, reply.type(), reply.text());
        assertTrue(reply.confidence() < FusionModel.DEFAULT_SUGGESTION_FLOOR, "read under the old floor: " + reply.confidence());
        assertFalse(reply.suggestions().isEmpty(), reply.text());
        assertTrue(reply.suggestions().stream().anyMatch(s -> s.entryId().contains("license")), reply.suggestions().toString());
    }
}
