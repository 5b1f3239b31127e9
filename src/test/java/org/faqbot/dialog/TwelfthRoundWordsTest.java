package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.store.Stores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The twelfth round's words and rules (today is Sunday 6 December 2026). */
class TwelfthRoundWordsTest {

    private static final LocalDate MARCH_3_2027 = LocalDate.of(2027, 3, 3);

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"), Stores.inMemory());

    private Reply say(String chat, String text) {
        return bot.reply(new IncomingMessage(chat, "u-" + chat, text, Optional.empty(), Optional.empty()));
    }

    /**
     * "aflopen" is the programme's "verlopen" too: a count of the days until the benefits "aflopen" is the user's own,
     * counted from the expiry said before, as with "verlopen" (the English forms are kept).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a|onze voordelen vervallen op 3 maart 2027|nog hoeveel dagen voordat de voordelen aflopen?|87 dagen",
        "b|/remember onze voordelen verlopen op 3 maart 2027|hoeveel dagen hebben we nog totdat de benefits aflopen?|87 dagen",
        "c|our benefits lapse on 3 March 2027|so how many days are left before the benefits run out?|87 days"})
    void aCountUntilTheBenefitsRunOutInEitherWordUsesTheKnownExpiry(String chat, String first, String count, String days) {
        say(chat, first);
        Reply reply = say(chat, count);

        assertEquals(Optional.of("redeem_deadline"), reply.intent(), reply.text());
        assertEquals(Optional.of(MARCH_3_2027), reply.date(), reply.text());
        assertTrue(reply.text().contains(days), reply.text());
    }

    /**
     * "loopt ... af" became an expiry cue, so a membership that "loopt af" before a question about starting the renewal
     * ("de verlenging") must still be the renewal window's question, as the English "renewal" is by "renew".
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "r1|Ons partnerlidmaatschap loopt in het voorjaar af en de verlenging wil ik niet missen. Wanneer mag ik ermee starten?",
        "r2|Ons MPN-lidmaatschap verloopt in maart; de verlenging wil ik op tijd doen. Wanneer kan ik daarmee beginnen?",
        "r3|Our partner membership ends in the spring and I do not want to miss the renewal. When may I start on it?"})
    void aMembershipRunningOutBeforeARenewalQuestionIsTheRenewalWindow(String chat, String text) {
        Reply reply = say(chat, text);

        assertEquals(Optional.of("renewal_open_from"), reply.intent(), reply.text());
    }

    /**
     * L5: a reminder asked for with how long before ("a week before") is that one reminder, a week before the one date
     * remembered, not the rule's usual three; moved to a new date, it stays a week before.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "d|/remember our benefits expire on 3 March 2027|please remind me one week ahead|24 February 2027, 7 days before 3 March 2027|30 days|/remember our benefits expire on 10 March 2027|3 March 2027, 7 days before 10 March 2027",
        "e|/remember onze voordelen verlopen op 3 maart 2027|herinner me twee weken van tevoren|17 februari 2027, 14 dagen vóór 3 maart 2027|30 dagen|/remember onze voordelen verlopen op 10 maart 2027|24 februari 2027, 14 dagen vóór 10 maart 2027"})
    void aReminderAskedForALeadIsOnlyThatOne(String chat, String remember, String ask, String line, String usual, String move, String moved) {
        say(chat, remember);
        Reply reply = say(chat, ask);

        assertTrue(reply.text().contains(line), reply.text());
        assertTrue(!reply.text().contains(usual) && !reply.text().contains("1 day") && !reply.text().contains("1 dag "), reply.text());
        Reply after = say(chat, move);
        assertTrue(after.text().contains(moved), after.text());
        assertTrue(!after.text().contains(usual), after.text());
    }

    /**
     * M11: a renewal said without a thing ("we renewed on ...") is the programme's, as with "our membership": the renewal
     * rule counts the next renewal from it. A renewal of a thing of the message's own stays no rule's.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "f|so we renewed on 2 October 2026|renewal_open_from",
        "g|wij hebben op 2 oktober 2026 verlengd|renewal_open_from",
        "h|the renewal date of my phone contract was 2 October 2026|",
        "i|we hebben het huurcontract op 2 oktober 2026 verlengd|"})
    void aBareRenewalIsTheProgrammesUnlessAThingOfItsOwnIsNamed(String chat, String message, String intent) {
        Reply reply = say(chat, message);

        assertEquals(Optional.ofNullable(intent), reply.intent().filter(i -> !i.isEmpty()), reply.text());
        if (intent != null) {
            assertEquals(Optional.of(LocalDate.of(2027, 10, 2)), reply.date(), reply.text());
        }
    }
}
