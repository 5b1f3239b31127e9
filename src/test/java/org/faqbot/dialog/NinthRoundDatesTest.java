package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.faqbot.store.Stores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dates since the ninth round (today is Sunday 6 December 2026): a day asked about under a name ("on our audit day,
 * 20 February 2027") stays a day asked about, a sentence that only corrects the date before it gives the date, a
 * misspelt past verb ("redeemd") dates a redemption, not a plan, and "the Thursday before" after an answer is counted
 * from the answer's date.
 */
class NinthRoundDatesTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"), Stores.inMemory());

    private Reply say(String text) {
        return bot.reply(new IncomingMessage("e9", "u-e9", text, Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "I redeemed the code on 10 February 2026|will it still work on our audit day, 20 February 2027?|No, on 20 February 2027|10 February 2026",
        "I redeemed the code on 10 February 2026|is it usable on the day of the audit (5 February 2027)?|Yes, on 5 February 2027|10 February 2026",
        "de code is op 10 februari 2026 ingewisseld|werkt hij nog op onze auditdag, 5 februari 2027?|Ja, op 5 februari 2027|10 februari 2026",
        "de code is op 10 februari 2026 ingewisseld|is hij nog geldig op de dag van de audit, 20 februari 2027?|Nee, op 20 februari 2027|10 februari 2026"})
    void aNamedDayAskedAboutKeepsTheRedemptionDate(String first, String question, String answer, String redeemed) {
        say(first);

        Reply reply = say(question);

        assertTrue(reply.text().contains(answer), reply.text());
        assertTrue(reply.text().contains(redeemed), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "I redeemed the code on 10 February 2026|is it still good on 1 February 2027?|and on our audit day, 20 February 2027?|No, on 20 February 2027",
        "de code is op 10 februari 2026 ingewisseld|werkt hij op 1 februari 2027 nog?|en op onze auditdag, 20 februari 2027?|Nee, op 20 februari 2027"})
    void aNamedDayAfterAYesNoIsTheSameQuestion(String first, String yesNo, String named, String answer) {
        say(first);
        say(yesNo);

        Reply reply = say(named);

        assertTrue(reply.text().contains(answer), reply.text());
        assertTrue(reply.text().contains(first.contains("februari") ? "10 februari 2026" : "10 February 2026"), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "We activated the key on 4 May 2026. Oops, no, it was 4 June. How long can we use it?|4 June 2027|4 June",
        "I redeemed our code on 8 September. Sorry, I mean 9 September. until when does it work?|9 September 2027|9 September",
        "ik heb de code op 4 mei 2026 geactiveerd. Oeps, het was 4 juni. Hoe lang werkt hij?|4 juni 2027|4 juni",
        "de key heb ik op 8 september ingewisseld. Nee wacht, 9 september. Tot wanneer kan ik hem gebruiken?|9 september 2027|9 september"})
    void aSentenceThatOnlyCorrectsTheDateBeforeItGivesTheDate(String message, String until, String used) {
        Reply reply = say(message);

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertTrue(reply.text().contains(until), reply.text());
        assertTrue(reply.text().contains("\"" + used + "\""), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "we redeemd the code on 12 april, how long does it work?|12 April 2026|12 April 2027",
        "I assignd the visual studio subscription to a colleague on 2 november, when can I assign it again?|2 November 2026|",
        "ik activeerd de key op 12 april, hoe lang werkt hij?|12 april 2026|12 april 2027"})
    void aMisspeltPastVerbDatesWhatWasDone(String message, String done, String until) {
        Reply reply = say(message);

        assertTrue(reply.text().contains(done), reply.text());
        if (until != null) {
            assertTrue(reply.text().contains(until), reply.text());
        }
        assertFalse(reply.text().startsWith("If you") || reply.text().startsWith("Als je"), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "I redeemed the code last Thursday|and what if it was the Thursday before?|26 November 2027|how many days left?|3 December 2027",
        "I redeemed the code last Thursday|and if it was the day after?|4 December 2027|how many days left?|3 December 2027",
        "ik heb de code vorige week donderdag ingewisseld|en als het de donderdag daarvoor was?|19 november 2027|hoeveel dagen nog?|26 november 2027",
        "ik heb de code vorige week donderdag ingewisseld|en als het de week erna was?|3 december 2027|hoeveel dagen nog?|26 november 2027"})
    void aDayNamedFromTheAnswersDateIsSupposedAndTheDateKept(String first, String supposed, String until, String count, String kept) {
        say(first);

        Reply reply = say(supposed);
        Reply after = say(count);

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertTrue(reply.text().contains(until), reply.text());
        assertTrue(after.text().contains(kept), after.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "I redeemed our key 20 minutes ago, how long can I use it?|6 December 2027",
        "we just activated the code, how long does it work?|6 December 2027",
        "ik heb de key een uurtje geleden ingewisseld, tot wanneer is hij geldig?|6 december 2027",
        "ik heb de code zojuist geactiveerd, hoe lang is hij geldig?|6 december 2027",
        "heb m op 3 feb ingewisseld|3 februari 2027"})
    void aMomentAgoIsTodayAndMIsTheKey(String message, String until) {
        Reply reply = say(message);

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertTrue(reply.text().contains(until), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "I just wanted to know how long a product key is valid|6 December 2027",
        "hoe lang is een productcode geldig, net als vorig jaar?|6 december 2027"})
    void justAndNetWithoutAPastFormAreNoDay(String message, String notUntil) {
        Reply reply = say(message);

        assertFalse(reply.text().contains(notUntil), reply.text());
    }
}
