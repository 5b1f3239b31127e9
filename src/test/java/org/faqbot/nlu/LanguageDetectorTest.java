package org.faqbot.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.faqbot.kb.Lang;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    private static final LanguageDetector DETECTOR = LanguageDetector.create();

    @ParameterizedTest
    @ValueSource(strings = {"hoi", "bedankt", "dankjewel", "voordelen verlengen", "licentie activeren",
            "Hoe activeer ik Visual Studio Enterprise subscriptions in Partner Center?",
            "mijn Azure subscription is expired, wat nu", "vervaldatum productsleutel"})
    void dutchIsDetected(String text) {
        assertEquals(Lang.NL, DETECTOR.detect(text, Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"thanks", "hello", "renew benefits", "what does the expiry date mean",
            "Hoe do I assign Visual Studio?", "my product key stopped working yesterday"})
    void englishIsDetected(String text) {
        assertEquals(Lang.EN, DETECTOR.detect(text, Optional.empty()));
    }

    @Test
    void noEvidenceAndNoHintIsEnglish() {
        assertEquals(Lang.EN, DETECTOR.detect("MPN", Optional.empty()));
        assertEquals(Lang.EN, DETECTOR.detect("", Optional.empty()));
    }

    @Test
    void hintBreaksTie() {
        assertEquals(Lang.NL, DETECTOR.detect("help", Optional.of(Lang.NL)));
        assertEquals(Lang.NL, DETECTOR.detect("Visual Studio", Optional.of(Lang.NL)));
    }

    @Test
    void hintDoesNotOverrideClearText() {
        assertEquals(Lang.EN, DETECTOR.detect("how do I renew my membership", Optional.of(Lang.NL)));
        assertEquals(Lang.NL, DETECTOR.detect("hoe kan ik mijn lidmaatschap verlengen", Optional.of(Lang.EN)));
    }

    @Test
    void knowledgeBaseVocabularyDecidesShortMessages() {
        LanguageDetector detector = DETECTOR.withVocabulary(java.util.Map.of(
                Lang.NL, java.util.Set.of("inwisselen", "sleutel", "azure"),
                Lang.EN, java.util.Set.of("redeem", "key", "azure")));

        assertEquals(Lang.NL, detector.detect("sleutel inwisselen", Optional.empty()));
        assertEquals(Lang.EN, detector.detect("redeem key", Optional.empty()));
        assertEquals(Lang.NL, detector.detect("azure", Optional.of(Lang.NL)));
    }

    @Test
    void englishItWordsInADutchMessageDoNotOutweighItsDutchWords() {
        LanguageDetector detector = DETECTOR.withVocabulary(java.util.Map.of(
                Lang.NL, java.util.Set.of("verlengen", "verlopen"),
                Lang.EN, java.util.Set.of("benefits", "key", "renew")));

        assertEquals(Lang.NL, detector.detect("Benefits verlengen", Optional.empty()));
        assertEquals(Lang.NL, detector.detect("key verlopen?", Optional.empty()));
        assertEquals(Lang.EN, detector.detect("renew benefits", Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Licenses renewen?", "subscription upgraden", "de key resetten", "abonnement gecanceld",
            "Azure credits geupgraded"})
    void englishVerbsWithDutchEndingsAreDutch(String text) {
        assertEquals(Lang.NL, DETECTOR.detect(text, Optional.empty()));
    }

    @Test
    void theEnglishKnowledgeBaseWordsAreStemsForDutchEndingsToo() {
        LanguageDetector detector = DETECTOR.withVocabulary(java.util.Map.of(
                Lang.NL, java.util.Set.of("verlengen"), Lang.EN, java.util.Set.of("whitelist")));

        assertEquals(Lang.EN, DETECTOR.detect("tenant whitelisten", Optional.empty()));
        assertEquals(Lang.NL, detector.detect("tenant whitelisten", Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"renew subscriptions", "upgrade licences", "cancelled subscription", "my key was given to a colleague"})
    void englishVerbsWithTheirOwnEndingsStayEnglish(String text) {
        assertEquals(Lang.EN, DETECTOR.detect(text, Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "Doei!", "kut ding", "jawel hoor"})
    void dutchChatWordsAloneAreDutch(String text) {
        assertEquals(Lang.NL, DETECTOR.detect(text, Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bis wann kann ich meinen Schlüssel benutzen?", "¿Cuándo vence mi clave, la puedo usar todavía?",
        "Quand est-ce que mon abonnement expire?", "Quando posso rinnovare il mio abbonamento? Sono un partner",
        // Short questions with a product's name, which is no word of either language (ninth round):
        "Wie füge ich Benutzer im Partner Center hinzu?", "Où trouver un rapport dans Partner Center ?",
        "Dove trovo la fattura nel Partner Center?"})
    void anotherLanguagesFunctionWordsMakeItNeither(String text) {
        assertTrue(LanguageDetector.create().neither(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hoe lang is mn key nog geldig lol", "wnnr verloopt ons VS abo??", "can i use my key for die demo or not",
        "thx! es my key still valid?", "is de code con de portal gekoppeld", "my product key et the benefits, where do I see them?",
        "Visual Studio Enterprise subscription via Partner Center activeren",
        "im trying to find my key in partner center", "la la, when does my key expire?", "un-assign a VS subscription, how?"})
    void dutchOrEnglishChatIsNotNeither(String text) {
        assertFalse(LanguageDetector.create().neither(text), text);
    }
}
