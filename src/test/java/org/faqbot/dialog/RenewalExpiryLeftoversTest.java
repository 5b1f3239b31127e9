package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.store.Stores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tenth round's leftovers about renewal and expiry rules (today is Sunday 6 December 2026). */
class RenewalExpiryLeftoversTest {

    private static final LocalDate FEBRUARY_14_2027 = LocalDate.of(2027, 2, 14);

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"), Stores.inMemory());

    private Reply say(String chat, String text) {
        return bot.reply(new IncomingMessage(chat, "u-" + chat, text, Optional.empty(), Optional.empty()));
    }

    /**
     * H4/M5: a question to renew beside the membership's end is the renewal rule's, which takes the end (the renewal
     * date) for its start, as it takes a renewal date, and says whether renewing is possible today.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a|is renewing still an option for us? our membership runs out on 14 February 2027|No, not yet.|renewal start date",
        "b|can we still renew our benefits? the membership is ending on 14 February 2027|No, not yet.|renewal start date",
        "c|is verlengen nog mogelijk? ons lidmaatschap loopt op 14 februari 2027 af|Nee, nog niet.|begindatum van je verlenging",
        "d|kunnen we onze voordelen nog verlengen? het lidmaatschap eindigt op 14 februari 2027|Nee, nog niet.|begindatum van je verlenging"})
    void aRenewalQuestionBesideTheMembershipEndIsAnsweredByTheRenewalRule(String chat, String message, String verdict, String start) {
        Reply reply = say(chat, message);

        assertEquals(Optional.of("renewal_open_from"), reply.intent(), reply.text());
        assertEquals(Optional.of(FEBRUARY_14_2027), reply.date(), reply.text());
        assertEquals(Optional.of(false), reply.ok(), reply.text());
        assertTrue(reply.text().contains(verdict), reply.text());
        assertTrue(reply.text().contains(start), reply.text());
    }

    /** M1: a count of the days until "the" benefits expire is the user's own, counted from the expiry known before. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "e|/remember our benefits run out on 14 February 2027|how many days do we have left until the benefits expire?|70 days",
        "f|our benefits run out on 14 February 2027|and how many days are left till the benefits lapse?|70 days",
        "g|/remember onze voordelen vervallen op 14 februari 2027|hoeveel dagen hebben we nog tot de voordelen verlopen?|70 dagen",
        "h|onze voordelen vervallen op 14 februari 2027|en hoeveel dagen nog totdat de benefits verlopen?|70 dagen"})
    void aCountUntilTheBenefitsExpireUsesTheKnownExpiry(String chat, String first, String count, String days) {
        say(chat, first);
        Reply reply = say(chat, count);

        assertEquals(Optional.of("redeem_deadline"), reply.intent(), reply.text());
        assertEquals(Optional.of(FEBRUARY_14_2027), reply.date(), reply.text());
        assertTrue(reply.text().contains(days), reply.text());
    }
}
