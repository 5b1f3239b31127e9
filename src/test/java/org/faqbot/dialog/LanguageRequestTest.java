package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.faqbot.kb.Lang;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageRequestTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "can you say that in English?|EN", "in English please|EN", "English pls|EN", "in het Engels graag|EN",
        "kun je dat in het Nederlands zeggen?|NL", "could you answer in Dutch?|NL", "Nederlands aub|NL", "in Dutch?|NL",
        "Is the FAQ available in Dutch?|", "I speak English and Dutch at work, how do I renew my benefits?|",
        "and in Dutch?|NL", "en in het Engels?|EN", "ok, now in English please|EN", "en wat is de vervaldatum in het Engels?|"})
    void requestForTheOtherLanguageNamesIt(String text, Lang expected) {
        assertEquals(Optional.ofNullable(expected), LanguageRequest.asked(text));
    }

    /** A modal, "that"/"it" and the language, without a verb of saying, asks for the last answer again. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "kan het ook in het Nederlands?|NL", "kun je die even in het Engels doen?|EN", "would you put it in English for me?|EN",
        "can we have this in Dutch?|NL", "mag dat in het Engels?|EN", "is dat in het Engels?|", "kan ik het in het Engels krijgen?|EN", "can you do this in english|EN",
        "kan ik het examen in het Engels doen?|", "can I do it in English?|", "can I take the exam in Dutch?|",
        "could it be that the portal is only in Dutch?|", "kan dat formulier in het Engels?|"})
    void modalWithThatAsksForTheAnswerInTheLanguage(String text, Lang expected) {
        assertEquals(Optional.ofNullable(expected), LanguageRequest.asked(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "en in het Frans?|frans", "and in Spanish please|spanish", "auf Deutsch bitte|deutsch", "do you speak German?|german",
        "spreek je ook Duits?|duits", "can you answer in French?|french", "explain the German partner rules|",
        "Is the FAQ available in German?|", "in het Nederlands|"})
    void requestForALanguageNotSpokenNamesIt(String text, String expected) {
        assertEquals(Optional.ofNullable(expected), LanguageRequest.unspoken(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"Nederlands|NL", "dutch|NL", "Engels|EN", "ENGLISH|EN", "fr|", "in English please|"})
    void languageNamesForLang(String name, Lang expected) {
        assertEquals(Optional.ofNullable(expected), LanguageRequest.named(name));
    }
}
