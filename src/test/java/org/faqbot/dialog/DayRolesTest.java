package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.store.Stores;
import org.junit.jupiter.api.Test;

/**
 * Which date of a message is the event's and which the day asked about or stated as today, when both stand in one
 * sentence (today is Sunday 6 December 2026).
 */
class DayRolesTest {

    private final TestClock clock = TestClock.at("2026-12-06");
    private final FaqAssistant bot = TestAssistants.standard(clock, Stores.inMemory());

    private Reply say(String text) {
        return bot.reply(new IncomingMessage("c1", "u-c1", text, Optional.empty(), Optional.empty()));
    }

    @Test
    void theDayAfterTheEventsDateInOneQuestionIsTheDayAskedAbout() {
        Reply reply = say("is the key I got redeemed on 20 nov 2025 still usable on 3 February 2027?");

        assertEquals(Optional.of(LocalDate.of(2026, 11, 20)), reply.date());
        assertEquals(Optional.of(false), reply.ok());
        assertTrue(reply.text().startsWith("**No, on 3 February 2027 that is no longer possible.**"), reply.text());
    }

    @Test
    void aDutchQuestionWithTheEventInARelativeClauseAsksAboutTheOtherDay() {
        Reply reply = say("werkt de sleutel die ik op 20 november 2025 heb ingewisseld op 1 november 2026 nog?");

        assertEquals(Optional.of(LocalDate.of(2026, 11, 20)), reply.date());
        assertEquals(Optional.of(true), reply.ok());
        assertTrue(reply.text().startsWith("**Ja, op 1 november 2026 kan dat nog.**"), reply.text());
    }

    @Test
    void aHolidayAskedAboutAfterTheEventIsTheNextOne() {
        Reply reply = say("is my key, redeemed on 20 nov 2025, still valid on christmas?");

        assertEquals(Optional.of(LocalDate.of(2026, 11, 20)), reply.date());
        assertTrue(reply.text().contains("25 December 2026"), reply.text());
        assertEquals(Optional.of(false), reply.ok());
    }

    @Test
    void aHolidayInATaggedOnYesNoIsTheDayAskedAbout() {
        Reply reply = say("the product key we redeemed on 14 nov 2025, still usable at Christmas?");

        assertEquals(Optional.of(LocalDate.of(2026, 11, 14)), reply.date());
        assertEquals(Optional.of(false), reply.ok());
        assertTrue(reply.text().startsWith("**No, on 25 December 2026 that is no longer possible.**"), reply.text());
    }

    @Test
    void aHolidayNamedBeforeADutchTaggedOnYesNoIsTheDayAskedAbout() {
        Reply reply = say("onze sleutel, ingewisseld op 14 nov 2025, met kerst nog bruikbaar?");

        assertEquals(Optional.of(LocalDate.of(2026, 11, 14)), reply.date());
        assertEquals(Optional.of(false), reply.ok());
        assertTrue(reply.text().startsWith("**Nee, op 25 december 2026 kan dat niet meer.**"), reply.text());
    }

    @Test
    void aDayCountedFromTodayAfterAPastEventIsTheDayAskedAbout() {
        Reply tomorrow = say("I redeemed the key on 10 December 2025, can I still use it tomorrow?");
        Reply nextWeek = say("ik heb de sleutel op 10 december 2025 ingewisseld, kan ik hem volgende week nog gebruiken?");

        assertEquals(Optional.of(true), tomorrow.ok());
        assertTrue(tomorrow.text().contains("7 December 2026"), tomorrow.text());
        assertEquals(Optional.of(false), nextWeek.ok());
        assertTrue(nextWeek.text().contains("13 december 2026"), nextWeek.text());
    }

    @Test
    void aCorrectionInAQuestionStaysACorrection() {
        Reply reply = say("I redeemed my key on 3 March 2026 no wait on 5 March 2026 can I still use it?");

        assertEquals(Optional.of(LocalDate.of(2027, 3, 5)), reply.date());
    }

    @Test
    void aDayStatedAsTodayIsNoDateOfTheEvent() {
        Reply english = say("I redeemed the key on 2 Dec 2025 and today is 6 Dec 2026, can I still use it?");
        Reply dutch = say("ik heb de sleutel op 2 december 2025 ingewisseld en het is nu 6 december 2026, werkt hij nog?");

        assertEquals(Optional.of(LocalDate.of(2026, 12, 2)), english.date());
        assertEquals(Optional.of(false), english.ok());
        assertEquals(Optional.of(LocalDate.of(2026, 12, 2)), dutch.date());
        assertEquals(Optional.of(false), dutch.ok());
    }

    @Test
    void anotherDayStatedAsTodayIsTheDayAskedAbout() {
        Reply reply = say("ik heb de sleutel op 2 december 2025 ingewisseld en vandaag is het 1 december 2026, is hij nog geldig?");

        assertEquals(Optional.of(LocalDate.of(2026, 12, 2)), reply.date());
        assertEquals(Optional.of(true), reply.ok());
        assertTrue(reply.text().contains("1 december 2026"), reply.text());
    }

    @Test
    void aPresentTenseWithADayToComeIsAPlan() {
        Reply english = say("I activate the key tomorrow, how long can I use it?");
        Reply dutch = say("ik wissel de sleutel volgende week in, tot wanneer kan ik hem gebruiken?");

        assertEquals(Optional.of(LocalDate.of(2027, 12, 7)), english.date());
        assertTrue(english.text().contains("If you redeem the product key on 7 December 2026"), english.text());
        assertEquals(Optional.of(LocalDate.of(2027, 12, 13)), dutch.date());
    }

    @Test
    void aPresentTenseWithADayWithoutAYearIsAPlanForTheNextOne() {
        Reply english = say("I redeem the key on 5 January, how long can I use it?");
        Reply dutch = say("ik wissel de sleutel op 5 januari in, tot wanneer kan ik hem gebruiken?");

        assertEquals(Optional.of(LocalDate.of(2028, 1, 5)), english.date());
        assertTrue(english.text().contains("If you redeem the product key on 5 January 2027"), english.text());
        assertEquals(Optional.of(LocalDate.of(2028, 1, 5)), dutch.date());
        assertTrue(dutch.text().contains("Als je de productcode op 5 januari 2027 inwisselt"), dutch.text());
    }

    @Test
    void aStatementOfThePresentPlanIsThePlanToo() {
        Reply english = say("we activate the code on 5 January");
        Reply dutch = bot.reply(new IncomingMessage("c2", "u-c2", "op 5 januari activeer ik de sleutel", Optional.empty(), Optional.empty()));

        assertEquals(Optional.of(LocalDate.of(2028, 1, 5)), english.date(), english.text());
        assertEquals(Optional.of(LocalDate.of(2028, 1, 5)), dutch.date(), dutch.text());
    }

    @Test
    void aPastFormWithADayWithoutAYearStaysThePastOne() {
        Reply english = say("I redeemed the key on 5 January, how long can I use it?");
        Reply dutch = say("ik wisselde de sleutel op 5 januari in, tot wanneer kan ik hem gebruiken?");

        assertEquals(Optional.of(LocalDate.of(2027, 1, 5)), english.date());
        assertEquals(Optional.of(LocalDate.of(2027, 1, 5)), dutch.date());
    }

    @Test
    void aPastFormWithADayToComeIsStillQuestioned() {
        Reply reply = say("I redeemed the key tomorrow, until when can I use it?");

        assertEquals(Optional.empty(), reply.date());
    }
}
