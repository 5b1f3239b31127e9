package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.stream.Stream;
import org.faqbot.nlu.Normalized;
import org.faqbot.rules.Tense;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClauseTenseTest {

    /** A message, the cue in it whose verb is read, and the tense expected (null: unclear). */
    static Stream<Arguments> verbs() {
        return Stream.of(
                Arguments.of("Our benefits expired on 2 April", "expir", Tense.PAST),
                Arguments.of("I gave the subscription to Ann on 3 June", "gave", Tense.PAST),
                Arguments.of("we have given it to Ann on 3 June", "given", Tense.PAST),
                Arguments.of("the subscription is given to Ann on 3 June", "given", null),
                Arguments.of("the membership has expired on 2 April", "expir", Tense.PAST),
                Arguments.of("Our enrolment was renewed on 9 May", "renewed", Tense.PAST),
                Arguments.of("the benefits ran out on 2 April", "ran out", Tense.PAST),
                Arguments.of("Onze voordelen zijn op 2 april 2021 verlopen", "verlopen", Tense.PAST),
                Arguments.of("De inschrijving werd op 9 mei verlengd", "verlengd", Tense.PAST),
                Arguments.of("Onze voordelen verliepen op 2 april", "verliep", Tense.PAST),
                Arguments.of("Our enrolment will be renewed on 9 May", "renewed", Tense.FUTURE),
                Arguments.of("De inschrijving wordt op 9 mei verlengd", "verlengd", Tense.FUTURE),
                Arguments.of("Onze voordelen zullen op 2 april verlopen", "verlopen", Tense.FUTURE),
                Arguments.of("Our benefits expire on 2 April", "expir", null),
                Arguments.of("Onze voordelen verlopen op 2 april", "verlopen", null),
                Arguments.of("The enrolment is renewed on 9 May every year", "renewed", null),
                Arguments.of("Our benefits are going well and expired on 2 April", "expir", Tense.PAST),
                Arguments.of("Our benefits ended on 2 April", "ended on", Tense.PAST),
                Arguments.of("Our benefits lapsed on 2 April", "lapsed", Tense.PAST),
                Arguments.of("Mijn voordelen liepen af op 2 april", "liepen af", Tense.PAST),
                Arguments.of("Mijn voordelen zijn 2 april afgelopen", "afgelopen", Tense.PAST),
                Arguments.of("Onze voordelen zijn op 2 april gestopt", "gestopt", Tense.PAST),
                Arguments.of("The renewal window has begun", "begun", Tense.PAST));
    }

    @ParameterizedTest
    @ValueSource(strings = {"The renewal start date was 1 June", "De begindatum was op 1 juni", "the dates were 1 June"})
    void aPastCopulaBeforeTheDateMakesItPast(String text) {
        String normalized = Normalized.of(text);

        Optional<Tense> tense = ClauseTense.ofDateVerb(normalized, normalized.indexOf("1 ju"), normalized.indexOf("1 ju") + "1 juni".length());

        assertEquals(Optional.of(Tense.PAST), tense);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Our renewal window opened on 1 juni", "the renewal period began on 1 juni", "our renewal window started 1 juni",
            "Onze verlengperiode opende op 1 juni", "Onze verlengperiode is op 1 juni geopend"})
    void aPastVerbOfTheDateItselfMakesItPast(String text) {
        String normalized = Normalized.of(text);

        Optional<Tense> tense = ClauseTense.ofDateVerb(normalized, normalized.indexOf("1 ju"), normalized.indexOf("1 ju") + "1 juni".length());

        assertEquals(Optional.of(Tense.PAST), tense);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The renewal is scheduled on 1 juni", "the renewal window opens on 1 juni", "De verlengperiode opent op 1 juni",
            "De verlengperiode wordt op 1 juni geopend"})
    void aPresentOrPlannedVerbOfTheDateSaysNothing(String text) {
        String normalized = Normalized.of(text);

        Optional<Tense> tense = ClauseTense.ofDateVerb(normalized, normalized.indexOf("1 ju"), normalized.indexOf("1 ju") + "1 juni".length());

        assertEquals(Optional.empty(), tense);
    }

    @Test
    void aPresentCopulaSaysNothing() {
        String normalized = Normalized.of("The renewal start date is 1 June");

        Optional<Tense> tense = ClauseTense.ofDateVerb(normalized, normalized.indexOf("1 ju"), normalized.indexOf("1 ju") + "1 juni".length());

        assertEquals(Optional.empty(), tense);
    }

    @ParameterizedTest
    @MethodSource("verbs")
    void theCuesOwnVerbGivesTheTenseWhenClear(String text, String cue, Tense expected) {
        String normalized = Normalized.of(text);
        int at = normalized.indexOf(cue);

        Optional<Tense> tense = ClauseTense.of(normalized, at, at + cue.length());

        assertEquals(Optional.ofNullable(expected), tense);
    }

    /** A message, the cue in it, and whether the user's own event in it is planned (future) or says nothing. */
    static Stream<Arguments> events() {
        return Stream.of(
                Arguments.of("I redeem the key on 5 January", "redeem", Tense.FUTURE),
                Arguments.of("we activate the code on 5 January", "activate", Tense.FUTURE),
                Arguments.of("ik wissel de sleutel op 5 januari in", "wissel", Tense.FUTURE),
                Arguments.of("op 5 januari activeer ik de code", "activ", Tense.FUTURE),
                Arguments.of("wij wisselen de key op 5 januari in", "wissel", Tense.FUTURE),
                Arguments.of("I redeemed the key on 5 January", "redeem", null),
                Arguments.of("ik wisselde de sleutel op 5 januari in", "wissel", null),
                Arguments.of("we wisselden de sleutel op 5 januari in", "wissel", null),
                Arguments.of("the key was redeemed on 5 January", "redeem", null),
                Arguments.of("my colleague redeems the key on 5 January", "redeem", null));
    }

    @ParameterizedTest
    @MethodSource("events")
    void theUsersOwnEventInThePresentIsPlanned(String text, String cue, Tense expected) {
        String normalized = Normalized.of(text);
        int at = normalized.indexOf(cue);

        Optional<Tense> tense = ClauseTense.plannedByUser(normalized, at, at + cue.length());

        assertEquals(Optional.ofNullable(expected), tense);
    }
}
