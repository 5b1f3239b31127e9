package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.store.Stores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A follow-up that names another rule's thing, with a date of its own, gets that rule with that date (round 11, H4). */
class OtherThingFollowUpTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"), Stores.inMemory());

    private Reply say(String text, Lang lang) {
        return bot.reply(new IncomingMessage("tg:h4", "tg:uh4", text, Optional.of(lang), Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // A yes/no of the user's own that the other rule's cues choose, without "still"/"al".
        "EN|is my product key from 4 weeks ago still usable?|and our VS subscription from 4 weeks ago, can I reassign it?|vs_reassign_from|2027-02-06",
        "NL|is mijn productcode van 4 weken geleden nog bruikbaar?|en ons VS abonnement van 4 weken geleden, kan ik het opnieuw toewijzen?|vs_reassign_from|2027-02-06",
        // Only the thing and its date: the thing's rule counts from that date.
        "EN|I assigned our VS subscription 130 days ago, may I move it now?|and my product key from 120 days ago?|key_valid_until|2027-08-08",
        "NL|ik heb ons VS abonnement 130 dagen geleden toegewezen, mag ik het nu verplaatsen?|en onze productcode van 120 dagen geleden?|key_valid_until|2027-08-08",
        "EN|is my product key from 4 weeks ago still usable?|and the Visual Studio subscription of 2 October?|vs_reassign_from|2026-12-31",
        "NL|is mijn productcode van 4 weken geleden nog bruikbaar?|en het Visual Studio abonnement van 2 oktober?|vs_reassign_from|2026-12-31"})
    void theNamedThingsRuleAnswersWithItsDate(Lang lang, String first, String followUp, String rule, String date) {
        say(first, lang);

        Reply reply = say(followUp, lang);

        assertEquals(Optional.of(rule), reply.intent(), reply.text());
        assertEquals(Optional.of(LocalDate.parse(date)), reply.date(), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EN|is my product key from 4 weeks ago still usable?|and my other key from 2 May?|2027-05-02",
        "NL|is mijn productcode van 4 weken geleden nog bruikbaar?|en mijn andere key van 2 mei?|2027-05-02"})
    // Another of the same thing stays the open question's.
    void anotherOfTheSameThingKeepsTheOpenRule(Lang lang, String first, String followUp, String date) {
        say(first, lang);

        Reply reply = say(followUp, lang);

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertEquals(Optional.of(LocalDate.parse(date)), reply.date(), reply.text());
    }
}
