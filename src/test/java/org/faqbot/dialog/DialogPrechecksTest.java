package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;

/**
 * The words perf20 looks for before the dialogue's patterns run (a party after "of" or "van", a unit of time before a
 * lead, a sign before a last clause): on either side of each test, messages in both languages read as before.
 */
class DialogPrechecksTest {

    @Test
    void aPartyAfterOfOrVanNamesTheirThing() {
        assertEquals(1, OtherParties.theirThings("the licence of my customer ends on 2 june", Lang.EN, List.of()).size());
        assertEquals(1, OtherParties.theirThings("de licentie van mijn klant loopt af op 2 juni", Lang.NL, List.of()).size());
        // A party named without "of" or a possessive owns nothing here.
        assertTrue(OtherParties.theirThings("my customer asked when the licence ends", Lang.EN, List.of()).isEmpty());
        assertTrue(OtherParties.theirThings("mijn klant vroeg wanneer de licentie afloopt", Lang.NL, List.of()).isEmpty());
    }

    @Test
    void aLeadNeedsItsUnit() {
        assertEquals(Optional.of(21), ReminderLead.of("send me a note three weeks in advance"));
        assertEquals(Optional.of(21), ReminderLead.of("stuur me drie weken vooraf een bericht"));
        assertEquals(Optional.empty(), ReminderLead.of("send me a note in advance"));
        assertEquals(Optional.empty(), ReminderLead.of("stuur me vooraf een bericht"));
    }

    @Test
    void aRequestAfterALeadIsReadWithOrWithoutAClauseSign() {
        assertEquals(List.of("remind me of it", "remind me of it"), RequestLead.requests("okay, remind me of it"));
        assertEquals(List.of("herinner me eraan", "herinner me eraan"), RequestLead.requests("oké, herinner me eraan"));
        assertEquals(List.of("remind me of it"), RequestLead.requests("okay remind me of it"));
        assertEquals(List.of(), RequestLead.requests("herinner me eraan"));
    }

    /** EndTypos's test before perf20, which cut out the rests of both words to compare them. */
    private static boolean oneEditApartByCutting(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int start = 0;
        while (start < Math.min(a.length(), b.length()) && a.charAt(start) == b.charAt(start)) {
            start++;
        }
        String restA = a.substring(start);
        String restB = b.substring(start);
        if (a.length() != b.length()) {
            return restA.length() > restB.length() ? restA.substring(1).equals(restB) : restB.substring(1).equals(restA);
        }
        boolean substituted = restA.substring(1).equals(restB.substring(1));
        boolean swapped = restA.length() >= 2 && restA.charAt(0) == restB.charAt(1) && restA.charAt(1) == restB.charAt(0)
                && restA.substring(2).equals(restB.substring(2));
        return substituted || swapped;
    }

    @Test
    void wordsOneEditApartAreThoseTheCutRestsFound() {
        Random random = new Random(20261207);
        String letters = "aetn";
        for (int n = 0; n < 50000; n++) {
            StringBuilder a = new StringBuilder();
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(5); i > 0; i--) {
                a.append(letters.charAt(random.nextInt(letters.length())));
            }
            for (int i = random.nextInt(5); i > 0; i--) {
                b.append(letters.charAt(random.nextInt(letters.length())));
            }
            assertEquals(oneEditApartByCutting(a.toString(), b.toString()), EndTypos.oneEditApart(a.toString(), b.toString()), a + " " + b);
        }
        assertTrue(EndTypos.oneEditApart("untill", "until"));
        assertTrue(EndTypos.oneEditApart("wanner", "wanneer"));
    }
}
