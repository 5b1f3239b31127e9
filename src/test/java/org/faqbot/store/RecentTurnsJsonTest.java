package org.faqbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;

/** Recent turns stored as JSON before the other answers of several questions were kept still read; the new ones round-trip. */
class RecentTurnsJsonTest {

    private final JsonColumns json = new JsonColumns();

    @Test
    void aRowStoredBeforeTheOtherAnswersReadsWithNone() {
        String stored = "{\"announced\":null,\"shown\":null,\"lastAnswer\":{\"faqId\":\"benefits-faq-12\",\"fromFaq\":true,"
                + "\"intent\":\"key_valid_until\"},\"lang\":\"NL\"}";

        RecentTurns read = json.recent("tg:1", stored);

        assertEquals(new RecentTurns(null, null, new RecentTurns.LastAnswer("benefits-faq-12", true, "key_valid_until"), Lang.NL), read);
        assertEquals(Optional.empty(), read.otherAnswers());
        assertEquals(Optional.empty(), read.answer().orElseThrow().workedOut());
    }

    @Test
    void theOtherAnswersWithTheirRuleQuestionsRoundTrip() {
        PendingQuestion worked = new PendingQuestion("key_valid_until", "key_redeemed_on", Map.of("key_redeemed_on", LocalDate.of(2026, 5, 10)),
                List.of(), false, Instant.parse("2026-12-06T10:00:00Z"))
                .withRecurred(new PendingQuestion.Recurred("enrollment_renewal", LocalDate.of(2026, 11, 1)));
        RecentTurns recent = RecentTurns.NONE.withLastAnswer(Optional.of(new RecentTurns.LastAnswer("a", false, "vs_reassign_from")))
                .withOthers(Optional.of(new RecentTurns.Others(List.of(new RecentTurns.LastAnswer("b", false, "key_valid_until", worked),
                        new RecentTurns.LastAnswer("c", true, null)), "and what about the weather?")));

        assertEquals(recent, json.recent("tg:1", json.write(recent)));
    }

    @Test
    void otherPeoplesDatesRoundTripAndAnOlderRowHasNone() {
        RecentTurns recent = RecentTurns.NONE.withPersons(Optional.of(new RecentTurns.Persons(List.of(
                new RecentTurns.PersonDate("Joris", "key_valid_until", LocalDate.of(2026, 4, 4))))));
        String older = "{\"announced\":null,\"shown\":null,\"lastAnswer\":null,\"lang\":\"EN\",\"others\":null,\"fragments\":null}";

        assertEquals(recent, json.recent("tg:2", json.write(recent)));
        assertEquals(Optional.empty(), json.recent("tg:2", older).personsDates());
    }
}
