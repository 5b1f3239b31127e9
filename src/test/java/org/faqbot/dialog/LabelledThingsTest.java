package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.faqbot.store.Stores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Several keys in one message told apart by labels, list numbers or the words of a pair (today is 6 December 2026): each
 * gets its own answer, under its label when it has a name or number, and no date becomes the benefit expiry.
 */
class LabelledThingsTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"), Stores.inMemory());

    private Reply ask(String text) {
        return bot.reply(new IncomingMessage("lt", "u-lt", text, Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "code X got redeemed on 12 April 2026, code Y on 20 August 2026, when do they stop working?|Code X:|Code Y:|12 April 2027|20 August 2027",
        "sleutel A heb ik op 12 april ingewisseld, sleutel B op 20 augustus, wanneer verlopen ze?|Sleutel A:|Sleutel B:|12 april 2027|20 augustus 2027",
        "licentie 1 op 12 april ingewisseld; licentie 2 op 20 augustus. tot wanneer werken ze?|Licentie 1:|Licentie 2:|12 april 2027|20 augustus 2027"})
    void eachLabelledKeyGetsItsOwnAnswerUnderItsLabel(String message, String first, String second, String firstEnd, String secondEnd) {
        Reply reply = ask(message);

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertTrue(reply.text().contains(first + " ") && reply.text().contains(second + " "), reply.text());
        assertTrue(reply.text().indexOf(first) < reply.text().indexOf(firstEnd), reply.text());
        assertTrue(reply.text().indexOf(second) < reply.text().indexOf(secondEnd), reply.text());
        assertFalse(reply.text().contains("2028"), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'1. key activated 14 Jan\n2. key activated 23 Jun\nwhen do they run out'|Item 1:|Item 2:|14 January 2027|23 June 2027",
        "'1) sleutel geactiveerd op 14 jan\n2) sleutel geactiveerd op 23 juni\nwanneer lopen ze af'|Punt 1:|Punt 2:|14 januari 2027|23 juni 2027"})
    void eachNumberedLineGetsItsOwnAnswerUnderItsNumber(String message, String first, String second, String firstEnd, String secondEnd) {
        Reply reply = ask(message);

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertTrue(reply.text().contains(first) && reply.text().contains(second), reply.text());
        assertTrue(reply.text().contains(firstEnd) && reply.text().contains(secondEnd), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "key P redeemed on 2 November 2025, key Q on 2 May 2026, have they expired?|No, the key is no longer usable|Yes, the key is still usable",
        "sleutel 1 op 2 november 2025 ingewisseld, sleutel 2 op 2 mei 2026, zijn ze al verlopen?|Nee, de sleutel is niet meer bruikbaar|Ja, de sleutel is vandaag nog bruikbaar"})
    void aYesNoQuestionGetsAVerdictForEachLabelledKey(String message, String expired, String valid) {
        Reply reply = ask(message);

        assertTrue(reply.text().contains(expired) && reply.text().contains(valid), reply.text());
        assertTrue(reply.text().indexOf(expired) < reply.text().indexOf(valid), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "I redeemed one key on 8 February and one on 17 October, when do they expire?|8 February 2026|17 October 2026|17 October 2027",
        "de ene sleutel op 8 februari ingewisseld en de andere op 17 oktober, wanneer verlopen ze?|8 februari 2026|17 oktober 2026"
            + "|17 oktober 2027"})
    void anUnlabelledPairIsAnsweredForEachKey(String message, String first, String second, String secondEnd) {
        Reply reply = ask(message);

        assertEquals("key_valid_until", reply.intent().orElse(""), reply.text());
        assertTrue(reply.text().contains(first) && reply.text().contains(second) && reply.text().contains(secondEnd), reply.text());
        assertFalse(reply.text().contains("2028"), reply.text());
    }
}
