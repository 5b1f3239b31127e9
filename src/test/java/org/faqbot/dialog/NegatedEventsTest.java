package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;

class NegatedEventsTest {

    private static final List<String> REDEEM = List.of("redeem", "ingewisseld");

    @Test
    void aNegatedEventIsBlankedOut() {
        String masked = NegatedEvents.mask("We have not yet redeemed the key, until when can we redeem it?", REDEEM, Lang.EN);

        assertEquals("We have not yet          the key, until when can we redeem it?", masked);
    }

    @Test
    void aContractedNegationCounts() {
        String masked = NegatedEvents.mask("I didn't redeem my key", REDEEM, Lang.EN);

        assertFalse(masked.contains("redeem"), masked);
    }

    @Test
    void aDutchNegationBeforeTheParticipleCounts() {
        String masked = NegatedEvents.mask("Ik heb hem op 4 mei nog niet ingewisseld", REDEEM, Lang.NL);

        assertFalse(masked.contains("ingewisseld"), masked);
    }

    @Test
    void anEventAffirmedStaysAndKeepsItsOffsets() {
        String text = "I redeemed the key on 4 May, it is not working";

        String masked = NegatedEvents.mask(text, REDEEM, Lang.EN);

        assertEquals(text, masked);
    }

    @Test
    void aNegationInAnotherClauseDoesNotReach() {
        String masked = NegatedEvents.mask("It did not work, so I redeemed a new key", REDEEM, Lang.EN);

        assertTrue(masked.contains("redeemed"), masked);
    }

    @Test
    void aNegationJustBeforeADateDeniesIt() {
        String text = "I redeemed my key on 1 March, not on 5 March";

        assertTrue(NegatedEvents.deniedDate(text, text.indexOf("5 March")));
    }

    @Test
    void aDateAfterANegatedVerbIsNotDenied() {
        String text = "My benefits do not expire until 1 March";

        assertFalse(NegatedEvents.deniedDate(text, text.indexOf("1 March")));
    }
}
