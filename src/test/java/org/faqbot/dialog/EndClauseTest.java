package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.DateExtractor;
import org.faqbot.rules.Polarity;
import org.faqbot.rules.RuleBook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whether a clause with an end cue asks if the key ends: a verb that only leads into a question for the day ("do you
 * know when ...") asks no yes/no, in either language, while the inverted questions still do (today is 15 June 2021).
 */
class EndClauseTest {

    private static final LocalDate TODAY = LocalDate.of(2021, 6, 15);

    private final DateReader reader = new DateReader(new DateExtractor());
    private final EndDates ends = new EndDates(RuleBook.standard(), reader);

    private Map<String, Polarity> askedNow(String text, Lang lang) {
        return ends.askedNow(text, lang, List.of(), Optional.of("key_valid_until"));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "EN|do you know when my key expires?",
        "EN|Could you tell me when it stops working?",
        "EN|can you tell me until when our product key runs out?",
        "NL|kan je me vertellen wanneer mijn sleutel verloopt?",
        "NL|Kan jij mij zeggen tot wanneer de productcode vervalt?",
        "NL|weet je wanneer onze productcode vervalt?"})
    void aVerbLeadingIntoAQuestionForTheDayAsksNoYesNo(Lang lang, String text) {
        Map<String, Polarity> asked = askedNow(text, lang);

        assertTrue(asked.isEmpty(), asked::toString);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', value = {
        "EN|do you think my key expires?|ENDS",
        "EN|has it expired already?|ENDED_BY",
        "EN|so it's expired already?|ENDED_BY",
        "NL|verloopt mijn sleutel?|ENDS",
        "NL|is hij al verlopen?|ENDED_BY"})
    void anInvertedQuestionStillAsksWhetherTheKeyEnds(Lang lang, String text, Polarity expected) {
        assertEquals(Map.of("key_valid_until", expected), askedNow(text, lang));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', value = {
        "EN|I wonder whether the product key has expired already|ENDED_BY",
        "EN|tell me if it will expire|ENDS",
        "NL|ik wil graag weten of de productcode inmiddels vervallen is|ENDED_BY",
        "NL|ik vraag me af of hij afloopt|ENDS"})
    void anEmbeddedQuestionWithoutQuestionMarkAsksWhetherTheKeyEnds(Lang lang, String text, Polarity expected) {
        assertEquals(Map.of("key_valid_until", expected), askedNow(text, lang));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', value = {
        "EN|is it still going to expire when the year is up?|ENDS",
        "NL|vervalt hij per 1 maart?|ENDS_ON",
        "NL|is hij vanaf 1 maart ongeldig?|ENDED_BY",
        "NL|is hij tot 1 maart verlopen?|ENDED_BY"})
    void aPrepositionOrALaterQuestionWordLeavesTheYesNo(Lang lang, String text, Polarity expected) {
        RuleRouter.Routing routing = new RuleRouter(RuleBook.standard(), reader, DialogSettings.standard().intentThreshold())
                .route(text, lang, TODAY, Optional.of("key_valid_until"));

        Polarity asked = Optional.ofNullable(routing.askedEnds().get("key_valid_until")).map(EndDates.AskedEnd::polarity)
                .or(() -> Optional.ofNullable(askedNow(text, lang).get("key_valid_until"))).orElse(null);
        assertEquals(expected, asked, () -> routing.askedEnds() + " " + routing.endDates());
    }
}
