package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.store.Stores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Follow-ups of the eighth exploratory round (today is 6 December 2026): "and redeem keys?" after a dated answer about
 * another rule keeps the dates given and answers the rule of the act it names. Worded here.
 */
class EighthRoundFollowUpTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"), Stores.inMemory());

    private Reply say(String text) {
        return bot.reply(new IncomingMessage("c8", "u-c8", text, Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Our benefits ran out two days ago; may we still hand out Visual Studio subscriptions?|and redeem the product keys?|redeem_deadline|2026-12-04",
        "onze voordelen zijn eergisteren verlopen, mogen we nog Visual Studio abonnementen toewijzen?|en de productcodes inwisselen?|redeem_deadline|2026-12-04",
        "onze voordelen zijn eergisteren verlopen, mogen we nog Visual Studio abonnementen toewijzen?|en ook sleutels inwisselen?|redeem_deadline|2026-12-04",
        "our benefits expired two days ago, can we still activate product keys?|and hand out VS subscriptions?|user_assignment_grace_until|2027-01-03",
        "onze voordelen zijn eergisteren verlopen, kunnen we nog sleutels inwisselen?|en VS-abonnementen toewijzen?|user_assignment_grace_until|2027-01-03",
        "Our benefits ran out two days ago; may we still hand out Visual Studio subscriptions?|and also activate our keys?|redeem_deadline|2026-12-04",
        "onze voordelen zijn eergisteren verlopen, mogen we nog Visual Studio abonnementen toewijzen?|en de sleutels ook activeren?|redeem_deadline|2026-12-04"})
    void anotherActAfterADatedAnswerKeepsTheDates(String first, String followUp, String rule, String date) {
        say(first);

        Reply reply = say(followUp);

        assertEquals(Optional.of(rule), reply.intent(), reply.text());
        assertEquals(Optional.of(LocalDate.parse(date)), reply.date(), reply.text());
        assertTrue(reply.type() == ReplyType.RULE, reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "My product key was redeemed on 15 January 2026, does it still work?|and how many days are left for the key?|2027-01-15",
        "My product key was redeemed on 15 January 2026, does it still work?|how much time is left on that product key?|2027-01-15",
        "de productcode is op 15 januari 2026 ingewisseld, werkt hij nog?|hoeveel dagen heb ik nog voor de productcode?|2027-01-15",
        "de productcode is op 15 januari 2026 ingewisseld, werkt hij nog?|en hoeveel tijd nog op die sleutel?|2027-01-15"})
    void daysLeftOfTheThingUseTheKnownDate(String first, String followUp, String date) {
        say(first);

        Reply reply = say(followUp);

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertEquals(Optional.of(LocalDate.parse(date)), reply.date(), reply.text());
    }
}
