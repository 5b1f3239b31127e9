package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.faqbot.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A renewal that has happened is the previous one: the FAQ's enrollment period lasts a year, so when a past renewal
 * stands in for the renewal start or the benefit expiry, the rule works with the next renewal (today is 6 December
 * 2026). A renewal stated as still to come, and the grace period counted from the renewal itself, stay as they were.
 */
class PastRenewalTest {

    private static final LocalDate JANUARY_1_2027 = LocalDate.of(2027, 1, 1);

    private final TestClock clock = TestClock.at("2026-12-06");
    private final FaqAssistant bot = TestAssistants.standard(clock, Stores.inMemory());

    private Reply say(String text) {
        return bot.reply(new IncomingMessage("c1", "u-c1", text, Optional.empty(), Optional.empty()));
    }

    static Stream<Arguments> pastRenewals() {
        return Stream.of(
                arguments("We renewed our membership on 2 January, when can we renew it again?", "renewal_open_from",
                        LocalDate.of(2027, 1, 2), "You renewed on 2 January 2026."),
                arguments("Ons lidmaatschap is op 2 januari verlengd, vanaf wanneer kunnen we opnieuw verlengen?", "renewal_open_from",
                        LocalDate.of(2027, 1, 2), "Je hebt op 2 januari 2026 verlengd."),
                arguments("We renewed our membership on 2 January, until when can we redeem our benefits?", "redeem_deadline",
                        LocalDate.of(2027, 1, 2), "your next renewal date is 2 January 2027"),
                arguments("Ons lidmaatschap is op 2 januari verlengd, tot wanneer kan ik mijn voordelen activeren?", "redeem_deadline",
                        LocalDate.of(2027, 1, 2), "je volgende verlengingsdatum is 2 januari 2027"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pastRenewals")
    void aPastRenewalGivesTheNextRenewalAYearLater(String text, String intent, LocalDate expected, String says) {
        Reply reply = say(text);

        assertEquals(Optional.of(intent), reply.intent(), reply.text());
        assertEquals(Optional.of(expected), reply.date(), reply.text());
        assertTrue(reply.text().contains(says), reply.text());
    }

    @Test
    void theNoteOnTheRenewalStartNamesTheNextRenewal() {
        Reply reply = say("We renewed our membership on 2 January, when can we renew it again?");

        assertTrue(reply.text().contains("I took your renewal date (2 January 2027) as your renewal start date."), reply.text());
    }

    @Test
    void aPastRenewalGivenAsTheAnswerToTheQuestionBackIsThePreviousOne() {
        say("When can I renew my membership?");

        Reply reply = say("we renewed on 1 January");

        assertEquals(Optional.of(JANUARY_1_2027), reply.date(), reply.text());
    }

    @Test
    void aRenewalStillToComeIsTheRenewalStartItself() {
        Reply reply = say("Our membership renews on 1 January, when can we renew?");

        assertEquals(Optional.of(JANUARY_1_2027), reply.date(), reply.text());
        assertFalse(reply.text().contains("You renewed"), reply.text());
    }

    @Test
    void theGracePeriodCountsFromTheRenewalThatHappened() {
        Reply reply = say("We renewed our membership on 2 January, until when can we use our VS subscriptions?");

        assertEquals(Optional.of("user_assignment_grace_until"), reply.intent(), reply.text());
        assertEquals(Optional.of(LocalDate.of(2026, 2, 1)), reply.date(), reply.text());
    }

    @Test
    void aRenewalWindowThatOpenedIsStillOpen() {
        Reply reply = say("Our renewal window opened on 1 November, can we renew now?");

        assertEquals(Optional.of(LocalDate.of(2026, 11, 1)), reply.date(), reply.text());
        assertEquals(Optional.of(true), reply.ok(), reply.text());
    }
}
