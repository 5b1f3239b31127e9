package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The membership renewal rule against the enrollment renewal date: the FAQ says renewal is possible from the
 * renewal start date, and the renewal date is where the Membership Offers page puts that start (today is 15
 * June 2021).
 */
class RenewalDatesTest {

    private static final LocalDate JULY_1_2021 = LocalDate.of(2021, 7, 1);

    private final TestClock clock = TestClock.at("2021-06-15");
    private final FaqAssistant bot = TestAssistants.standard(clock, Stores.inMemory());

    private Reply say(String text) {
        return bot.reply(new IncomingMessage("c1", "u-c1", text, Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Onze verlengingsdatum is 1 juli, vanaf wanneer kan ik het lidmaatschap verlengen?",
            "Our renewal date is 1 July, when can I renew my membership?"})
    void renewingTheMembershipFromTheRenewalDateIsTheMembershipRule(String text) {
        Reply reply = say(text);

        assertEquals(Optional.of("renewal_open_from"), reply.intent(), reply.text());
        assertEquals(Optional.of(JULY_1_2021), reply.date(), reply.text());
    }

    @Test
    void theReplySaysTheRenewalDateWasTakenAsTheStart() {
        Reply reply = say("Our renewal date is 1 July, when can I renew my membership?");

        assertTrue(reply.text().contains("I took your renewal date (1 July 2021) as your renewal start date."), reply.text());
    }

    @Test
    void aMembershipThatCanBeRenewedFromADateNamesTheRenewalStart() {
        Reply reply = say("Mijn lidmaatschap kan vanaf 1 juli verlengd worden, hoeveel dagen nog?");

        assertEquals(Optional.of("renewal_open_from"), reply.intent(), reply.text());
        assertEquals(Optional.of(JULY_1_2021), reply.date(), reply.text());
    }

    @Test
    void aMembershipThatCanBeRenewedIsRememberedAsTheRenewalStart() {
        Reply reply = say("Kun je onthouden dat ons lidmaatschap op 1 juli verlengd kan worden?");

        assertTrue(reply.text().contains("de begindatum van je verlenging: 1 juli 2021"), reply.text());
    }

    @Test
    void visualStudioAfterTheRenewalDateKeepsTheThirtyDays() {
        Reply reply = say("Onze verlengingsdatum is 1 juli, tot wanneer kan ik Visual Studio nog gebruiken?");

        assertEquals(Optional.of("user_assignment_grace_until"), reply.intent(), reply.text());
        assertEquals(Optional.of(LocalDate.of(2021, 7, 31)), reply.date(), reply.text());
    }
}
