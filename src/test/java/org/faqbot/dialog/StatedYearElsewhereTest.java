package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.store.ProfileFact;
import org.faqbot.store.Stores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The year of a deadline stated in the present without one is read the same way when it is remembered and when it is
 * a key's own end, as in the rules' answers ({@link StatedYearDialogTest}): the day just passed (at most two months
 * back) rather than the one eleven months ahead.
 */
class StatedYearElsewhereTest {

    private static final String SUNDAY_6_DECEMBER_2026 = "2026-12-06";

    private final Stores stores = Stores.inMemory();
    private final FaqAssistant bot = TestAssistants.standard(TestClock.at(SUNDAY_6_DECEMBER_2026), stores);

    private Reply say(Lang lang, String text) {
        return bot.reply(new IncomingMessage("tg:1", "tg:u1", text, Optional.of(lang), Optional.empty()));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', value = {
        "EN|/remember our benefits expire on 3 December|2026-12-03",
        "NL|/remember onze voordelen vervallen op 3 december|2026-12-03",
        "EN|/remember our benefits expire on 3 February|2027-02-03",
        "EN|/remember our benefits will expire on 3 December|2027-12-03"})
    void aRememberedDeadlineJustPassedIsTheOneMeant(Lang lang, String message, LocalDate expected) {
        say(lang, message);

        assertEquals(List.of(expected), stores.profiles().facts("tg:u1").stream().map(ProfileFact::date).toList());
    }

    @ParameterizedTest(name = "{0}: \"{1}\" -> {2}, {3}")
    @CsvSource(delimiter = '|', value = {
        "EN|Our product key expires on 4 December, can we still use it?|2026-12-04|false",
        "NL|Onze productcode verloopt op 4 december, kunnen we hem nog gebruiken?|2026-12-04|false",
        "EN|Our product key expires on 4 March, can we still use it?|2027-03-04|true"})
    void aKeysOwnEndJustPassedIsTheOneMeant(Lang lang, String message, LocalDate end, boolean usable) {
        Reply reply = say(lang, message);

        assertEquals(ReplyType.RULE, reply.type());
        assertEquals(Optional.of(end), reply.date());
        assertEquals(Optional.of(usable), reply.ok());
    }

    @org.junit.jupiter.api.Test
    void aRememberedDeadlineThatHasPassedStillAnswersHowManyDaysAreLeft() {
        say(Lang.EN, "/remember our benefits expire on 3 December");

        Reply reply = say(Lang.EN, "how many days do we have left?");

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertEquals(Optional.of(LocalDate.of(2026, 12, 3)), reply.date());
    }

    @org.junit.jupiter.api.Test
    void aRememberedDateWithNoReminderLeftOffersNoReminderButton() {
        Reply passed = say(Lang.EN, "/remember our benefits expire on 3 December");
        Reply ahead = say(Lang.EN, "/remember our benefits expire on 3 March 2027");

        assertEquals(List.of(), passed.choices(), passed.text());
        assertEquals(1, ahead.choices().size(), ahead.text());
    }
}
