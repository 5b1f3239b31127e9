package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;

/**
 * "In English?" / "in het Nederlands?" says the whole last reply again: every answer of a message of several questions,
 * and the past renewal a rule's answer was worked out from. Worded here, not taken from the evaluation cases.
 */
class SeveralAnswersAgainTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"));

    private Reply say(String conversation, String text) {
        return bot.reply(IncomingMessage.of(conversation, text));
    }

    @Test
    void twoFaqAnswersAreBothSaidAgainInDutch() {
        Reply first = say("a", "Two things please. How can we renew our benefits? And how does activating Visual Studio work?");
        Reply again = say("a", "in het Nederlands graag");

        assertEquals(Lang.NL, again.lang());
        assertEquals(1, again.others().size(), again.text());
        assertEquals(first.others().get(0).faqId(), again.others().get(0).faqId());
        assertTrue(again.text().contains("**Je andere vraag:**"), again.text());
    }

    @Test
    void aSecondRuleAnswerIsWorkedOutAgainFromItsOwnDateInEnglish() {
        Reply first = say("b", "ik heb het VS abonnement op 4 mei 2026 toegewezen en mijn sleutel op 12 mei 2026 ingewisseld. "
                + "vanaf wanneer mag ik het abonnement aan een ander geven en hoe lang kan ik de sleutel gebruiken?");
        Reply again = say("b", "in English?");

        assertEquals(1, first.others().size(), first.text());
        assertEquals(first.intent(), again.intent(), again.text());
        assertEquals(1, again.others().size(), again.text());
        assertEquals(first.others().get(0).intent(), again.others().get(0).intent(), again.text());
        assertEquals(first.others().get(0).date(), again.others().get(0).date(), again.text());
        assertTrue(again.others().get(0).date().equals(Optional.of(LocalDate.of(2027, 5, 12)))
                || again.date().equals(Optional.of(LocalDate.of(2027, 5, 12))), again.text());
        assertTrue(again.text().contains("**Your other question:**") && again.text().contains("12 May 2026")
                && again.text().contains("4 May 2026"), again.text());
    }

    @Test
    void theKeysYearFollowsTheRedeemDeadlineAgainInEnglish() {
        say("c", "Onze voordelen verlopen op 28 februari 2027. Tot wanneer kan ik mijn keys inwisselen en hoe lang blijft zo'n key daarna werken?");
        Reply again = say("c", "en in het Engels?");

        assertEquals(Optional.of("redeem_deadline"), again.intent(), again.text());
        assertEquals(Optional.of("key_valid_until"), again.others().get(0).intent(), again.text());
        assertTrue(again.text().contains("one year from the day you redeem"), again.text());
    }

    @Test
    void aPastRenewalTheAnswerWasWorkedOutFromIsSaidAgain() {
        Reply first = say("d", "Ons bedrijf heeft het partnerlidmaatschap op 1 november verlengd. Tot wanneer kunnen we onze voordelen nog inwisselen?");
        Reply again = say("d", "can you say that in English please");

        assertTrue(first.text().contains("1 november 2026"), first.text());
        assertEquals(Optional.of(LocalDate.of(2027, 11, 1)), again.date(), again.text());
        assertTrue(again.text().startsWith("You renewed on 1 November 2026."), again.text());
    }

    @Test
    void aSingleAnswerAfterSeveralIsSaidAgainAlone() {
        say("e", "Two things please. How can we renew our benefits? And how does activating Visual Studio work?");
        say("e", "how do I renew my benefits?");
        Reply again = say("e", "in het Nederlands graag");

        assertTrue(again.others().isEmpty(), again.text());
        assertTrue(!again.text().contains("andere vraag"), again.text());
    }
}
