package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.store.Stores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A question put as a request to be told ("can you tell me when it expires?", "kun je me vertellen wanneer hij
 * verloopt?") is the question itself: "me" is the one told, not the user's own thing, so right after a rule's answer
 * it is answered from that answer's date as "when does it expire?" is, and without a date the bot offers to work it out
 * as for the plain question (today is 6 December 2026).
 */
class TellMeQuestionTest {

    private static final LocalDate KEY_END = LocalDate.of(2026, 12, 1);

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"), Stores.inMemory());

    private Reply say(String text) {
        return bot.reply(new IncomingMessage("c1", "u-c1", text, Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"can you tell me when it expires?", "could you tell us until when it works?",
            "can you say when it expires?", "could you let me know when it stops working?", "can you check when it expires?",
            "do you have any idea when it runs out?"})
    void englishTellMeWhenAfterTheAnswerGetsTheEndDate(String asked) {
        say("We redeemed the product key on 1 December 2025");

        Reply reply = say(asked);

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertEquals(Optional.of(KEY_END), reply.date(), reply.text());
        assertEquals(Optional.empty(), reply.ok(), reply.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"kun je me vertellen wanneer hij verloopt?", "kan je mij vertellen wanneer die afloopt?",
            "kun je ons zeggen tot wanneer hij geldig is?", "kun je vertellen wanneer hij verloopt?",
            "kun je even checken wanneer die verloopt?", "heb je enig idee wanneer hij afloopt?"})
    void dutchVertelMeWanneerAfterTheAnswerGetsTheEndDate(String asked) {
        say("Ik heb onze productcode op 1 december 2025 ingewisseld");

        Reply reply = say(asked);

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertEquals(Optional.of(KEY_END), reply.date(), reply.text());
        assertEquals(Optional.empty(), reply.ok(), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "We redeemed the product key on 1 December 2025|can you tell me whether it still works?",
        "We redeemed the product key on 1 December 2025|can you say if it is still valid?",
        "Ik heb onze productcode op 1 december 2025 ingewisseld|kun je me vertellen of hij nog werkt?",
        "Ik heb onze productcode op 1 december 2025 ingewisseld|kan je zeggen of die nog geldig is?"})
    void tellMeWhetherAfterTheAnswerGetsTheYesOrNo(String stated, String asked) {
        say(stated);

        Reply reply = say(asked);

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertEquals(Optional.of(false), reply.ok(), reply.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"do you know when my key expires?", "can you tell me when our product key expires?",
            "is my key still valid?"})
    void englishQuestionWithoutADateOffersToWorkItOut(String asked) {
        Reply reply = say(asked);

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertTrue(reply.text().contains("On what date did you redeem the product key?"), reply.text());
        assertEquals(Optional.of(KEY_END), say("1 December 2025").date());
    }

    @ParameterizedTest
    @ValueSource(strings = {"weet je wanneer mijn sleutel verloopt?", "kun je me vertellen wanneer onze productcode verloopt?",
            "is mijn sleutel nog geldig?"})
    void dutchQuestionWithoutADateOffersToWorkItOut(String asked) {
        Reply reply = say(asked);

        assertEquals(Optional.of("key_valid_until"), reply.intent(), reply.text());
        assertTrue(reply.text().contains("Op welke datum heb je de productcode ingewisseld?"), reply.text());
        assertEquals(Optional.of(KEY_END), say("1 december 2025").date());
    }
}
