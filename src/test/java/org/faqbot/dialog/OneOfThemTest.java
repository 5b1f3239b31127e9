package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.store.Stores;
import org.junit.jupiter.api.Test;

/** "The first one", "de tweede sleutel" after an answer for two keys: that key, by its place in the answer. */
class OneOfThemTest {

    private static final String TWO_KEYS = "I redeemed a key on 10 February 2026 and another one on 20 July 2026, how long can I use them?";
    private static final String TWO_KEYS_NL = "ik heb twee keys, eentje op 10 februari 2026 en eentje op 20 juli 2026 ingewisseld; hoe lang werken ze?";

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"), Stores.inMemory());

    private Reply say(String text, Lang lang) {
        return bot.reply(new IncomingMessage("tg:8", "tg:u8", text, Optional.of(lang), Optional.empty()));
    }

    @Test
    void aQuestionAboutTheFirstOneIsAnsweredForThatKey() {
        say(TWO_KEYS, Lang.EN);

        Reply reply = say("how many days are left for the first one?", Lang.EN);

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertEquals(Optional.of(LocalDate.of(2027, 2, 10)), reply.date());
        assertTrue(!reply.text().contains("20 July"), reply.text());
    }

    @Test
    void andTheSecondKeyIsTheSecondOneGivenNotAQuestionForADate() {
        say(TWO_KEYS, Lang.EN);
        say("how many days are left for the first one?", Lang.EN);

        Reply reply = say("and the second key?", Lang.EN);

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertEquals(Optional.of(LocalDate.of(2027, 7, 20)), reply.date());
    }

    @Test
    void aYearCorrectionAfterOneWasPickedCorrectsThatOneAndMyOtherKeyIsTheOtherOne() {
        say(TWO_KEYS, Lang.EN);
        say("has the second one expired?", Lang.EN);

        Reply corrected = say("sorry, I meant 2025", Lang.EN);
        Reply other = say("and my other key?", Lang.EN);

        assertEquals(Optional.of(LocalDate.of(2026, 7, 20)), corrected.date(), corrected.text());
        assertEquals(ReplyType.RULE, other.type(), other.text());
        assertEquals(Optional.of(LocalDate.of(2027, 2, 10)), other.date(), other.text());
    }

    @Test
    void aYearCorrectionAfterTheAnswerForBothAsksWhichOneWithEachDateInThatYear() {
        say(TWO_KEYS, Lang.EN);

        Reply asked = say("sorry, I meant 2025", Lang.EN);
        Reply picked = say("the first one", Lang.EN);
        Reply other = say("and the second key?", Lang.EN);

        assertEquals(ReplyType.CLARIFY, asked.type(), asked.text());
        assertEquals(2, asked.choices().size());
        assertEquals(Optional.of(LocalDate.of(2026, 2, 10)), picked.date(), picked.text());
        assertEquals(Optional.of(LocalDate.of(2027, 7, 20)), other.date(), other.text());
    }

    @Test
    void dutchDeEersteAndDeTweedeSleutelPickTheirKeys() {
        say(TWO_KEYS_NL, Lang.NL);

        Reply first = say("hoeveel dagen heb ik nog voor de eerste?", Lang.NL);
        Reply second = say("en de tweede sleutel?", Lang.NL);
        Reply corrected = say("oeps, ik bedoelde 2025", Lang.NL);
        Reply other = say("en mijn andere sleutel?", Lang.NL);

        assertEquals(Optional.of(LocalDate.of(2027, 2, 10)), first.date(), first.text());
        assertEquals(Optional.of(LocalDate.of(2027, 7, 20)), second.date(), second.text());
        assertEquals(Optional.of(LocalDate.of(2026, 7, 20)), corrected.date(), corrected.text());
        assertEquals(Optional.of(LocalDate.of(2027, 2, 10)), other.date(), other.text());
        assertEquals(Lang.NL, other.lang());
    }

    @Test
    void thePlaceIsReadWithTheQuestionBesideIt() {
        assertEquals(Optional.of(new OneOfThem.Picked(1, Optional.of("how many days left?"))),
                OneOfThem.picked("how many days left for the first one?", 2));
        assertEquals(Optional.of(new OneOfThem.Picked(2, Optional.of("is it still valid?"))),
                OneOfThem.picked("is the second key still valid?", 2));
        assertEquals(Optional.of(new OneOfThem.Picked(2, Optional.empty())), OneOfThem.picked("en de laatste?", 2));
        assertEquals(Optional.empty(), OneOfThem.picked("how many days are left?", 2));
    }
}
