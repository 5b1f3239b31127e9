package org.faqbot.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A spoken punctuation word at the end of a message is the sign it names; not where it names the sign itself. */
class DictationTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "tot wanneer kan ik verlengen vraagteken|tot wanneer kan ik verlengen?",
        "de sleutel werkt niet meer punt|de sleutel werkt niet meer.",
        "when does my voucher run out Question Mark|when does my voucher run out?",
        "the renewal failed again full stop.|the renewal failed again.",
        "wat betekent dat vraagteken in de portal|wat betekent dat vraagteken in de portal",
        "why is there a question mark|why is there a question mark",
        "dat is een goed punt|dat is een goed punt"})
    void aSpokenSignAtTheEndIsThatSign(String message, String read) {
        assertEquals(read, Markup.strip(message));
    }
}
