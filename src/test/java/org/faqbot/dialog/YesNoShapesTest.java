package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.store.Stores;
import org.junit.jupiter.api.Test;

/**
 * Yes/no questions that open with no verb, tagged on to a statement ("..., still good?") or embedded ("I wonder whether
 * ..."), get a yes or no like inverted ones; a question for a date gets none, also right after a yes/no (today is
 * Sunday 6 December 2026).
 */
class YesNoShapesTest {

    private static final LocalDate APRIL_9_2027 = LocalDate.of(2027, 4, 9);

    private final TestClock clock = TestClock.at("2026-12-06");
    private final FaqAssistant bot = TestAssistants.standard(clock, Stores.inMemory());

    private Reply say(String text) {
        return bot.reply(new IncomingMessage("c1", "u-c1", text, Optional.empty(), Optional.empty()));
    }

    @Test
    void aYesNoTaggedOnToTheEventGetsAYes() {
        Reply reply = say("got my product key redeemed on 9 April 2026, still good?");

        assertEquals(Optional.of(APRIL_9_2027), reply.date());
        assertEquals(Optional.of(true), reply.ok());
        assertTrue(reply.text().startsWith("**Yes, the key is still usable today.**"), reply.text());
    }

    @Test
    void aDutchYesNoTaggedOnToTheEventGetsAYes() {
        Reply reply = say("onze productcode is op 9 april 2026 ingewisseld, nog bruikbaar?");

        assertEquals(Optional.of(APRIL_9_2027), reply.date());
        assertEquals(Optional.of(true), reply.ok());
        assertTrue(reply.text().startsWith("**Ja, de sleutel is vandaag nog bruikbaar.**"), reply.text());
    }

    @Test
    void anEmbeddedYesNoGetsAYesInBothLanguages() {
        Reply english = say("I wonder whether my product key still works, redeemed it on 9 April 2026");
        Reply dutch = say("ik vraag me af of onze productcode nog werkt, op 9 april 2026 ingewisseld");

        assertEquals(Optional.of(true), english.ok());
        assertEquals(Optional.of(APRIL_9_2027), english.date());
        assertEquals(Optional.of(true), dutch.ok());
        assertEquals(Optional.of(APRIL_9_2027), dutch.date());
    }

    @Test
    void aQuestionForHowLongAfterTheEventGetsNoYesOrNo() {
        Reply english = say("product key redeemed on 9 April 2026, how long still good?");
        Reply dutch = say("productcode op 9 april 2026 ingewisseld, hoe lang nog bruikbaar?");

        assertEquals(Optional.of(APRIL_9_2027), english.date());
        assertEquals(Optional.empty(), english.ok());
        assertEquals(Optional.of(APRIL_9_2027), dutch.date());
        assertEquals(Optional.empty(), dutch.ok());
    }

    @Test
    void anOpenUntilAndADroppedSubjectGetTheDateWithoutAYes() {
        Reply english = say("product key redeemed 2026-04-09 - good until?");
        Reply dutch = say("heb de productcode op 9 april 2026 ingewisseld, tot wanneer werkt die?");

        assertEquals(Optional.of(APRIL_9_2027), english.date());
        assertEquals(Optional.empty(), english.ok());
        assertEquals(Optional.of(APRIL_9_2027), dutch.date());
        assertEquals(Optional.empty(), dutch.ok());
    }

    @Test
    void aQuestionForHowLongAfterAPlannedYesNoGetsNoYesOrNo() {
        say("would it be fine to redeem our product key next Monday?");

        Reply reply = say("we redeemed it on 9 April 2026, how long can we use it?");

        assertEquals(Optional.of(APRIL_9_2027), reply.date());
        assertEquals(Optional.empty(), reply.ok());
    }

    @Test
    void aDutchQuestionForHowLongAfterAPlannedYesNoGetsNoYesOrNo() {
        say("kan ik onze productcode beter volgende week inwisselen?");

        Reply reply = say("we hebben hem op 9 april 2026 ingewisseld, hoe lang kunnen we hem gebruiken?");

        assertEquals(Optional.of(APRIL_9_2027), reply.date());
        assertEquals(Optional.empty(), reply.ok());
    }

    @Test
    void theDateAnsweringTheBotsQuestionKeepsTheYesNo() {
        say("is our product key still usable?");

        Reply reply = say("we redeemed it on 9 April 2026");

        assertEquals(Optional.of(APRIL_9_2027), reply.date());
        assertEquals(Optional.of(true), reply.ok());
    }
}
