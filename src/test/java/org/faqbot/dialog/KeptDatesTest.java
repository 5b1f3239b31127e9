package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.store.ProfileFact;
import org.faqbot.store.Stores;
import org.junit.jupiter.api.Test;

/** A remember without a date right after the bot worked out a date offers to remember that date. */
class KeptDatesTest {

    private static final LocalDate REDEEMED = LocalDate.of(2026, 1, 31);

    private final TestClock clock = TestClock.at("2026-12-06");
    private final Stores stores = Stores.inMemory();
    private final FaqAssistant bot = TestAssistants.standard(clock, stores);

    private Reply say(String text, Lang lang) {
        return bot.reply(new IncomingMessage("tg:5", "tg:u5", text, Optional.of(lang), Optional.empty()));
    }

    private List<LocalDate> rememberedDates() {
        return stores.profiles().facts("tg:u5").stream().map(ProfileFact::date).toList();
    }

    @Test
    void bareRememberAfterAnAnswerOffersItsDate() {
        say("I redeemed my key on 31 January 2026, until when can I use it?", Lang.EN);

        Reply reply = say("/remember", Lang.EN);

        assertTrue(reply.text().startsWith("Shall I remember the date from our conversation?\n"
                + "- the date you redeemed the product key: 31 January 2026"), reply.text());
        assertEquals(List.of("/remember key_redeemed_on"), reply.choices().stream().map(Choice::payload).toList());
        assertEquals(List.of(), rememberedDates());
    }

    @Test
    void theOfferKeepsTheConversationsDate() {
        say("Ik heb mijn key op 31 januari 2026 ingewisseld, tot wanneer kan ik hem gebruiken?", Lang.NL);
        say("/remember", Lang.NL);

        Reply reply = say("/mydata", Lang.NL);

        assertTrue(reply.text().contains("voor vervolgvragen in dit gesprek: de datum waarop je de productcode hebt ingewisseld: "
                + "31 januari 2026"), reply.text());
    }

    @Test
    void pressingTheOfferRemembersTheDate() {
        say("I redeemed my key on 31 January 2026, until when can I use it?", Lang.EN);
        Reply offer = say("/remember", Lang.EN);

        Reply reply = say(offer.choices().get(0).payload(), Lang.EN);

        assertEquals(List.of(REDEEMED), rememberedDates());
        assertEquals(List.of("/remind key_redeemed_on"), reply.choices().stream().map(Choice::payload).toList());
    }

    @Test
    void yesToTheOfferRemembersTheDate() {
        say("Ik heb mijn key op 31 januari 2026 ingewisseld, tot wanneer kan ik hem gebruiken?", Lang.NL);
        say("onthoud dat", Lang.NL);

        say("ja", Lang.NL);

        assertEquals(List.of(REDEEMED), rememberedDates());
    }

    @Test
    void bareRememberWithoutAWorkedOutDateStillAsksWhatToRemember() {
        Reply reply = say("/remember", Lang.EN);

        assertTrue(reply.text().startsWith("Tell me the date and what it is"), reply.text());
        assertTrue(reply.choices().isEmpty());
    }
}
