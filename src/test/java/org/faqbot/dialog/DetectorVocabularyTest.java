package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.rules.RuleBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DetectorVocabularyTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2021-06-15"));

    @Test
    void theRuleBooksCuesAreVocabularyOfTheirLanguage() {
        var words = DetectorVocabulary.of(TestAssistants.benefitsFaq(), RuleBook.standard());

        assertEquals(true, words.get(Lang.NL).contains("verlopen"), "a Dutch cue the Benefits FAQ's Dutch text does not use");
        assertEquals(true, words.get(Lang.EN).contains("redeemed"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Benefits verlengen", "Key verlopen?", "product key verlopen", "subscription verlopen",
            "Subscriptions renewen?", "product key installen", "ja", "doei"})
    void shortDutchMessagesWithEnglishItWordsAreAnsweredInDutch(String text) {
        assertEquals(Lang.NL, bot.reply(IncomingMessage.of("c", text)).lang());
    }

    @Test
    void twoClearlyDutchWordsOutweighAnEnglishHint() {
        IncomingMessage message = IncomingMessage.standalone("c", "sleutel verlopen", Optional.of(Lang.EN), Optional.of(LocalDate.of(2021, 6, 15)));

        assertEquals(Lang.NL, bot.reply(message).lang());
    }

    @ParameterizedTest
    @ValueSource(strings = {"renew benefits", "key expired", "redeem key", "VS subscription reassign"})
    void shortEnglishMessagesStayEnglish(String text) {
        assertEquals(Lang.EN, bot.reply(IncomingMessage.of("c", text)).lang());
    }
}
