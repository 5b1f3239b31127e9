package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.ResolvedDate;
import org.faqbot.rules.Polarity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Which dates are the end of a rule's own thing (today is 15 June 2021), as the router reads them. */
class EndDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2021, 6, 15);
    private static final LocalDate MARCH_1_2021 = LocalDate.of(2021, 3, 1);
    private static final LocalDate MARCH_1_2022 = LocalDate.of(2022, 3, 1);

    private final RuleRouter router = TestRouters.standard();

    static Stream<Arguments> ends() {
        return Stream.of(
                arguments(Lang.EN, "My key expires on 1 March, can I still use it?", MARCH_1_2022),
                arguments(Lang.EN, "my product key expired on 1 March", MARCH_1_2021),
                arguments(Lang.EN, "The key stopped working on 1 March, can I still use it?", MARCH_1_2021),
                arguments(Lang.EN, "I redeemed the key, it expired on 1 March. What now?", MARCH_1_2021),
                arguments(Lang.EN, "my key's end date is 1 March", MARCH_1_2022),
                arguments(Lang.NL, "Mijn sleutel verloopt op 1 maart, kan ik hem nog gebruiken?", MARCH_1_2022),
                arguments(Lang.NL, "Mijn sleutel werkt niet meer sinds 1 maart, kan ik hem nog gebruiken?", MARCH_1_2021),
                arguments(Lang.NL, "Mijn sleutel werkt sinds 1 maart niet meer", MARCH_1_2021),
                arguments(Lang.NL, "De productcode is op 1 maart verlopen", MARCH_1_2021),
                arguments(Lang.NL, "Op 1 maart verloopt mijn sleutel.", MARCH_1_2022));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" -> {2}")
    @MethodSource("ends")
    void endOfTheKeyIsTheRulesResultNotAFact(Lang lang, String text, LocalDate expected) {
        RuleRouter.Routing routing = router.route(text, lang, TODAY);

        assertEquals(expected, assertInstanceOf(ResolvedDate.class, routing.endDates().get("key_valid_until")).date());
        assertTrue(routing.factDates().isEmpty(), () -> routing.factDates().toString());
        assertTrue(routing.otherDates().isEmpty(), () -> routing.otherDates().toString());
    }

    static Stream<Arguments> noEnds() {
        return Stream.of(
                arguments(Lang.EN, "My benefits expire on 1 March, can I still redeem my key?", "benefit_expiry"),
                arguments(Lang.EN, "I redeemed my key on 1 March and it stopped working", "key_redeemed_on"),
                arguments(Lang.NL, "Ik heb mijn sleutel op 1 maart ingewisseld maar hij werkt niet meer", "key_redeemed_on"),
                arguments(Lang.NL, "Onze voordelen verlopen op 1 maart, werkt mijn sleutel dan nog?", "benefit_expiry"));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("noEnds")
    void otherThingsEndsAreNoEnds(Lang lang, String text, String fact) {
        RuleRouter.Routing routing = router.route(text, lang, TODAY);

        assertTrue(routing.endDates().isEmpty(), () -> routing.endDates().toString());
        assertTrue(routing.factDates().containsKey(fact), () -> routing.factDates().toString());
    }

    static Stream<Arguments> askedEnds() {
        return Stream.of(
                arguments(Lang.EN, "Does my key expire on 1 March?", MARCH_1_2022, Polarity.ENDS_ON),
                arguments(Lang.NL, "Verloopt mijn key op 1 maart?", MARCH_1_2022, Polarity.ENDS_ON),
                arguments(Lang.EN, "Will the product key stop working on 1 March?", MARCH_1_2022, Polarity.ENDS_ON),
                arguments(Lang.EN, "Did my key expire on 1 March?", MARCH_1_2021, Polarity.ENDS_ON),
                arguments(Lang.EN, "Has my key expired by 1 March?", MARCH_1_2022, Polarity.ENDED_BY),
                arguments(Lang.EN, "Is my key no longer valid on 1 March?", MARCH_1_2022, Polarity.ENDED_BY),
                arguments(Lang.EN, "Does the key expire before 1 March?", MARCH_1_2022, Polarity.ENDED_BY),
                arguments(Lang.EN, "Does my key run out after 1 March?", MARCH_1_2022, Polarity.ENDS_AFTER),
                arguments(Lang.NL, "Is mijn sleutel op 1 maart verlopen?", MARCH_1_2022, Polarity.ENDED_BY),
                arguments(Lang.NL, "Vervalt de productcode vóór 1 maart?", MARCH_1_2022, Polarity.ENDED_BY),
                arguments(Lang.NL, "Werkt mijn sleutel op 1 maart niet meer?", MARCH_1_2022, Polarity.ENDED_BY),
                arguments(Lang.NL, "Loopt mijn sleutel na 1 maart af?", MARCH_1_2022, Polarity.ENDS_AFTER));
    }

    /** A yes/no embedded after a verb of knowing or asking, with or without "?", asks as the inverted one does. */
    static Stream<Arguments> embeddedAskedEnds() {
        return Stream.of(
                arguments(Lang.EN, "We would like to know if the product key runs out on 1 March", MARCH_1_2022, Polarity.ENDS_ON),
                arguments(Lang.EN, "i'm wondering whether our key stops working on 1 March?", MARCH_1_2022, Polarity.ENDS_ON),
                arguments(Lang.EN, "Can you check if my code has expired by 1 March", MARCH_1_2022, Polarity.ENDED_BY),
                arguments(Lang.NL, "we willen graag weten of de productcode op 1 maart vervalt", MARCH_1_2022, Polarity.ENDS_ON),
                arguments(Lang.NL, "Ik vroeg me af of onze code na 1 maart afloopt", MARCH_1_2022, Polarity.ENDS_AFTER),
                arguments(Lang.NL, "kun je nagaan of mijn sleutel op 1 maart al verlopen is?", MARCH_1_2022, Polarity.ENDED_BY));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" -> {2} {3}")
    @MethodSource("embeddedAskedEnds")
    void anEmbeddedQuestionWhetherTheKeyEndsOnADayAsksAboutThatDay(Lang lang, String text, LocalDate day, Polarity polarity) {
        RuleRouter.Routing routing = router.route(text, lang, TODAY);

        EndDates.AskedEnd asked = assertInstanceOf(EndDates.AskedEnd.class, routing.askedEnds().get("key_valid_until"), routing::toString);
        assertEquals(day, DatePicker.question(asked).day());
        assertEquals(polarity, asked.polarity());
        assertTrue(routing.endDates().isEmpty(), () -> routing.endDates().toString());
    }

    /** A clause that states the end with its verb first and no "?" stays a statement ("dus" leads into it). */
    @ParameterizedTest(name = "{0}: \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "NL|Ik heb hem vorig jaar ingewisseld, dus is mijn sleutel op 1 maart verlopen",
        "EN|I know my key expired on 1 March"})
    void aStatementWithoutAnEmbeddedQuestionStatesTheEnd(Lang lang, String text) {
        RuleRouter.Routing routing = router.route(text, lang, TODAY);

        assertEquals(MARCH_1_2021, assertInstanceOf(ResolvedDate.class, routing.endDates().get("key_valid_until")).date());
    }

    @ParameterizedTest(name = "{0}: \"{1}\" -> {2} {3}")
    @MethodSource("askedEnds")
    void aQuestionWhetherTheKeyEndsOnADayAsksAboutThatDay(Lang lang, String text, LocalDate day, Polarity polarity) {
        RuleRouter.Routing routing = router.route(text, lang, TODAY);

        EndDates.AskedEnd asked = routing.askedEnds().get("key_valid_until");
        assertEquals(day, DatePicker.question(asked).day());
        assertEquals(polarity, asked.polarity());
        assertTrue(routing.factDates().isEmpty(), () -> routing.factDates().toString());
        assertEquals("key_valid_until", routing.rule().map(r -> r.id()).orElse(null));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("pronounsAfterTheKeyRule")
    void itRightAfterTheKeyRuleIsTheKey(Lang lang, String text) {
        RuleRouter.Routing routing = router.route(text, lang, TODAY, Optional.of("key_valid_until"));

        assertTrue(routing.askedEnds().containsKey("key_valid_until"), () -> routing.toString());
        assertEquals("key_valid_until", routing.rule().map(r -> r.id()).orElse(null));
    }

    static Stream<Arguments> pronounsAfterTheKeyRule() {
        return Stream.of(arguments(Lang.EN, "Does it expire on 1 March?"), arguments(Lang.NL, "Verloopt hij op 1 maart?"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @MethodSource("passportAndMilk")
    void somethingElseThatEndsIsNoEndOfTheKey(String text) {
        RuleRouter.Routing routing = router.route(text, Lang.EN, TODAY);

        assertFalse(routing.endDates().containsKey("key_valid_until"), () -> routing.endDates().toString());
    }

    static Stream<String> passportAndMilk() {
        return Stream.of("My passport expires on 1 March, can I still travel?", "it expired on 1 March, can I still drink the milk?");
    }
}
