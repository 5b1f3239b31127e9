package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.faqbot.dialog.CommandWords.Asked;
import org.faqbot.dialog.CommandWords.Command;
import org.faqbot.kb.Lang;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommandWordsTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "please erase all my personal data|FORGET|EN", "could you forget everything you know about me?|FORGET|EN",
        "remove the redeem date|FORGET|EN", "wis al mijn gegevens aub|FORGET|NL", "kun je mijn gegevens verwijderen?|FORGET|NL",
        "vergeet de vervaldatum van mijn voordelen|FORGET|NL", "vergeet alles over mij|FORGET|NL",
        "what do you keep about me?|MYDATA|EN", "which data do you have on us|MYDATA|EN", "show me my data|MYDATA|EN",
        "wat heb je allemaal van mij opgeslagen?|MYDATA|NL", "welke gegevens bewaar je over ons?|MYDATA|NL",
        "toon mijn gegevens|MYDATA|NL", "can you remind us before the benefits expire?|REMIND|EN",
        "remind me a few days ahead|REMIND|EN", "set a reminder for that please|REMIND|EN", "I'd like a reminder|REMIND|EN",
        "waarschuw me op tijd|REMIND|NL", "kun je me eraan herinneren?|REMIND|NL", "maak daar een herinnering voor|REMIND|NL",
        "herinner me twee weken voordat de key verloopt|REMIND|NL", "ik wil graag een herinnering|REMIND|NL",
        "turn off my reminders|REMINDERS|EN", "I don't want any more reminders|REMINDERS|EN", "which reminders do I have?|REMINDERS|EN",
        "geen herinneringen meer graag|REMINDERS|NL", "zet de herinneringen uit|REMINDERS|NL",
        "alle herinneringen annuleren|REMINDERS|NL", "welke herinneringen heb ik?|REMINDERS|NL"})
    void readsACommandAskedInWords(String text, Command command, Lang lang) {
        assertEquals(Optional.of(new Asked(command, lang)), CommandWords.asked(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "how do I delete my data in Partner Center?", "can I delete my customer's data?", "remind me how to renew my benefits",
        "remind me what the benefit expiry date means", "what do you know about product keys?", "wat weet je over verlengen?",
        "forget it", "vergeet het", "stop", "why do I get reminders about my subscription?", "herinneringen van Microsoft uitzetten in Partner Center?"})
    void leavesQuestionsAndOtherRequests(String text) {
        assertEquals(Optional.empty(), CommandWords.asked(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"delete everything", "yes, delete it", "ok erase all my data", "ja, wis alles", "alles verwijderen",
        "verwijder maar", "vergeet al mijn gegevens", "clear"})
    void explicitWordsDelete(String text) {
        assertTrue(CommandWords.deletesEverything(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "ja", "ja graag", "forget it", "vergeet het", "yes please", "delete my key?", "nee, niet wissen"})
    void aYesOrACancelDoesNotDelete(String text) {
        assertFalse(CommandWords.deletesEverything(text), text);
    }
}
