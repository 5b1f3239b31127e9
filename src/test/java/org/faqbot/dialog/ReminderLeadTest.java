package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How long before the date a reminder asked for in words should go. */
class ReminderLeadTest {

    @Test
    void aCountOfDaysWeeksOrMonthsBeforeIsTheLead() {
        assertEquals(Optional.of(7), ReminderLead.of("please remind me one week ahead"));
        assertEquals(Optional.of(10), ReminderLead.of("remind us 10 days before the benefits run out"));
        assertEquals(Optional.of(14), ReminderLead.of("herinner ons twee weken voordat de key verloopt"));
        assertEquals(Optional.of(30), ReminderLead.of("herinner me een maand van tevoren"));
        assertEquals(Optional.of(1), ReminderLead.of("kun je me de dag ervoor herinneren?"));
    }

    @Test
    void aDayOfTheUsersChoosingOrNoCountIsNoLead() {
        assertEquals(Optional.empty(), ReminderLead.of("remind me in a week"));
        assertEquals(Optional.empty(), ReminderLead.of("herinner me over twee weken"));
        assertEquals(Optional.empty(), ReminderLead.of("remind me before our benefits expire"));
    }
}
