package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FollowUpsTest {

    @ParameterizedTest
    @ValueSource(strings = {"no idea, how do I find it?", "where can I see that date?", "hoe vind ik die?", "waar zie ik dat",
        "Geen idee, waar kan ik dat vinden?"})
    void whereToFindWithoutNamingTheThingAsksForTheAwaitedDate(String text) {
        assertEquals(true, AskedDateWords.asksWhereToFind(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"how do I find my product key?", "waar vind ik de Visual Studio-abonnementen?", "how are you?"})
    void whereToFindSomethingNamedIsAQuestionOfItsOwn(String text) {
        assertEquals(false, AskedDateWords.asksWhereToFind(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "and my benefits?|my benefits",
        "What about our product key?|our product key",
        "en mijn voordelen?|mijn voordelen",
        "hoe zit het met mijn sleutel?|mijn sleutel"})
    void andMyNamesTheNewSubject(String text, String subject) {
        assertEquals(Optional.of(subject), FollowUps.andMy(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "and my other key?|my key", "the second key?|the key", "en mijn andere sleutel?|mijn sleutel",
        "hoe zit het met de tweede productcode?|de productcode"})
    void andMyOtherNamesTheThingWithoutOther(String text, String subject) {
        assertEquals(Optional.of(subject), FollowUps.andMyOther(text));
    }

    @ParameterizedTest(name = "{0} -> {1} / {2}")
    @CsvSource(delimiter = '|', value = {
        "and my manager's product key?|my product key|manager",
        "what about my coworker's?||coworker",
        "and the code of our intern?|my code|intern",
        "en die van mijn teamgenoot?||teamgenoot",
        "en de sleutel van onze stagiair?|mijn sleutel|stagiair",
        "and hers?||",
        "en zijn productcode?|mijn productcode|"})
    void someoneElsesThingNamesThePersonAndTheThing(String text, String thing, String person) {
        FollowUps.Another another = FollowUps.another(text).orElseThrow();

        assertEquals(Optional.ofNullable(thing), another.thing());
        assertEquals(Optional.of(person == null ? "" : person), another.person());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "and one more key?|my key", "en nog een sleutel?|mijn sleutel", "en mijn derde productcode?|mijn productcode",
        "and our fourth code?|our code"})
    void anotherOrAFurtherOneIsTheSameKindOfThing(String text, String thing) {
        assertEquals(Optional.of(thing), FollowUps.andMyOther(text));
        assertEquals(Optional.empty(), FollowUps.another(text).orElseThrow().person());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "EN|and what if I had redeemed it two weeks later?|P14D",
        "EN|if I'd activated the key 3 days earlier?|P-3D",
        "NL|stel dat ik hem een jaar eerder had ingewisseld?|P-1Y",
        "NL|en als we de code twee maanden later hadden geactiveerd|P2M"})
    void aSupposedSpanMovesTheDateAnswered(Lang lang, String text, String by) {
        assertEquals(java.time.Period.parse(by), FollowUps.shifted(text, lang).orElseThrow().by());
    }

    @ParameterizedTest
    @ValueSource(strings = {"I redeemed it two weeks later than my colleague", "can I use it a month later?", "if it expires, what then?"})
    void noSupposedSpanWithoutAnIfAndACount(String text) {
        assertEquals(Optional.empty(), FollowUps.shifted(text, Lang.EN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"and my benefits?", "my other key expired on 1 March, can I still use it?"})
    void anotherQuestionIsNoAndMyOtherFollowUp(String text) {
        assertEquals(Optional.empty(), FollowUps.andMyOther(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"and how do I renew my benefits?", "en mijn voordelen verlopen op 31 januari?", "my benefits?"})
    void longerQuestionsAreNoAndMyFollowUp(String text) {
        assertEquals(Optional.empty(), FollowUps.andMy(text));
    }

    @ParameterizedTest(name = "until {0}")
    @ValueSource(booleans = {true, false})
    void theAnsweredRulesKindIsAskedFirstThenTheOther(boolean until) {
        List<String> asked = FollowUps.sameQuestionAbout("my membership", Lang.EN, until);

        assertEquals(until ? "until when can I use my membership?" : "from when can I reassign my membership?", asked.get(0));
        assertEquals(4, asked.size());
    }
}
