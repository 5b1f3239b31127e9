package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.stream.Stream;
import org.faqbot.kb.KnowledgeBaseJson;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Questions about another thing than the FAQ's: one of its things ("membership", "lidmaatschap") made into
 * something else by a word no docs page uses and that is no typo of one. The questions are worded here, not taken
 * from the evaluation or fitting cases.
 */
class OtherThingsTest {

    private static FaqIndex index;

    @BeforeAll
    static void buildIndex() throws IOException {
        try (InputStream in = OtherThingsTest.class.getResourceAsStream("/kb/fixture-kb.json")) {
            index = FaqIndex.build(KnowledgeBaseJson.read(in, "fixture-kb.json"), SearchSettings.defaults());
        }
    }

    static Stream<Arguments> otherThings() {
        return Stream.of(
                Arguments.of("Can I pause my yoga membership for a month?", Lang.EN, "yoga membership"),
                Arguments.of("Mijn yoga lidmaatschap loopt af, kan ik het pauzeren?", Lang.NL, "yoga lidmaatschap"),
                Arguments.of("Hoe zeg ik mijn Videoland-abonnement op?", Lang.NL, "Videoland-abonnement"));
    }

    @ParameterizedTest
    @MethodSource("otherThings")
    void aFaqThingMadeAnotherByAWordNoDocsPageUsesIsNotAnswered(String question, Lang lang, String thing) {
        SearchResult result = index.search(question, lang);

        assertEquals(Optional.of(thing), result.otherThing());
        assertTrue(result.answer().isEmpty(), result.toString());
    }

    static Stream<Arguments> thingsOfTheirOwn() {
        return Stream.of(
                Arguments.of("How do I activate my thermostat?", Lang.EN, "thermostat"),
                Arguments.of("When does my bicycle helmet expire?", Lang.EN, "bicycle helmet"),
                Arguments.of("Hoe verleng ik mijn visvergunning?", Lang.NL, "visvergunning"),
                Arguments.of("Mijn koelkast is stuk, hoe installeer ik een nieuwe?", Lang.NL, "koelkast"),
                Arguments.of("Wanneer verloopt de garantie van mijn grasmaaier?", Lang.NL, "garantie"));
    }

    /** The FAQ's verbs done to a thing of the question's own, which no docs page names, with none of the FAQ's things. */
    @ParameterizedTest
    @MethodSource("thingsOfTheirOwn")
    void anEverydayThingOnItsOwnIsNotAnsweredWithTheFaqsVerbs(String question, Lang lang, String thing) {
        SearchResult result = index.search(question, lang);

        assertEquals(Optional.of(thing), result.otherThing());
        assertTrue(result.answer().isEmpty(), result.toString());
    }

    static Stream<Arguments> partnersOwnWords() {
        return Stream.of(
                Arguments.of("How do I renew my parnter membership?", Lang.EN),
                Arguments.of("Can we install our surplus partner licenses at a customer?", Lang.EN),
                Arguments.of("Mag ik onze overtollige partner licenties bij een klant installeren?", Lang.NL),
                Arguments.of("hoe verleng ik mn lidmaatschap ff?", Lang.NL),
                Arguments.of("Kan ik mijn voordelen op de tablets van mijn team zetten?", Lang.NL),
                Arguments.of("Our benefits end in January, until when can I redeem the leftover keys?", Lang.EN),
                Arguments.of("Onze voordelen lopen in januari af, tot wanneer kan ik de restjeskeys inwisselen?", Lang.NL),
                Arguments.of("How do I install Visual Studio on my chromebook?", Lang.EN),
                Arguments.of("hoe verleng ik mijn abo?", Lang.NL),
                Arguments.of("What's the cutover for our unassigned VS subs?", Lang.EN),
                Arguments.of("Hoe verleng ik de benefits van ons kantoortje?", Lang.NL));
    }

    /**
     * A typo of a docs word, an unknown word before a thing that the phrase goes on from, chat shorthand, an unknown
     * word after a thing and a preposition (where the thing goes, as often as what kind it is); an unknown word after
     * a preposition, a short one (partners' abbreviations), or beside one of the FAQ's things named by a synonym ("VS
     * subs") or in the other language ("benefits" in Dutch).
     */
    @ParameterizedTest
    @MethodSource("partnersOwnWords")
    void aPartnersOwnWordsAroundTheFaqsThingsLeaveItTheFaqsThing(String question, Lang lang) {
        SearchResult result = index.search(question, lang);

        assertEquals(Optional.empty(), result.otherThing());
    }

    static Stream<Arguments> dutchVerbsAfterTheirSubject() {
        return Stream.of(
                Arguments.of("Ik hoorde dat de verlengperiode binnenkort opengaat, klopt dat?"),
                Arguments.of("Ik las dat de verlengperiode opengaat in maart, hoe zit dat?"),
                Arguments.of("Ik dacht dat de verlengperiode al dichtging, kan ik nog verlengen?"),
                Arguments.of("Gaat het portaal tijdelijk dicht?"));
    }

    /**
     * A Dutch verb the docs do not use as written: a particle joined to a verb form the docs use ("opengaat": open,
     * gaat), the last word of a subordinate clause ("dichtging"), or a particle split from its verb ("dicht").
     */
    @ParameterizedTest
    @MethodSource("dutchVerbsAfterTheirSubject")
    void aDutchVerbAfterTheSubjectIsNoThing(String question) {
        SearchResult result = index.search(question, Lang.NL);

        assertEquals(Optional.empty(), result.otherThing());
    }

    static Stream<Arguments> calendarWords() {
        return Stream.of(
                Arguments.of("Can I still renew this Saturday?", Lang.EN),
                Arguments.of("Can I renew this Thursday evening?", Lang.EN),
                Arguments.of("Kan ik deze woensdagmiddag nog verlengen?", Lang.NL),
                Arguments.of("Gaat de verlengperiode zaterdag open?", Lang.NL),
                Arguments.of("Kan ik het komende weekend of overmorgen nog verlengen?", Lang.NL));
    }

    /** A day, a month or a part of the day after an article is when, not what the question is about. */
    @ParameterizedTest
    @MethodSource("calendarWords")
    void aCalendarWordIsNoThing(String question, Lang lang) {
        SearchResult result = index.search(question, lang);

        assertEquals(Optional.empty(), result.otherThing());
    }

    static Stream<Arguments> adverbs() {
        return Stream.of(
                Arguments.of("Is deze ondertussen al verlopen?", Lang.NL),
                Arguments.of("Is deze trouwens nog te verlengen?", Lang.NL),
                Arguments.of("Has this meanwhile expired?", Lang.EN),
                Arguments.of("Is this suddenly renewed?", Lang.EN));
    }

    /** An adverb (a light word) after a pronoun that looks like an article says when or how, not what. */
    @ParameterizedTest
    @MethodSource("adverbs")
    void anAdverbIsNoThing(String question, Lang lang) {
        SearchResult result = index.search(question, lang);

        assertEquals(Optional.empty(), result.otherThing());
    }

    /** "Kun je me vertellen ...": after "je" as the subject, a verb of telling (a light word) is no thing of its own. */
    @ParameterizedTest
    @ValueSource(strings = {"Kun je me vertellen wanneer hij afloopt?", "Kan je vertellen of die nog werkt?"})
    void aVerbOfTellingIsNoThing(String question) {
        SearchResult result = index.search(question, Lang.NL);

        assertEquals(Optional.empty(), result.otherThing());
    }

    static Stream<Arguments> thingsBesideVerbsAndDays() {
        return Stream.of(
                Arguments.of("Mijn paspoort verloopt zaterdag, hoe verleng ik het?", Lang.NL, "paspoort"),
                Arguments.of("Hoe verleng ik mijn visvergunning voordat die afloopt?", Lang.NL, "visvergunning"),
                Arguments.of("Ik las dat de sportschool morgen dichtgaat, kan ik mijn pasje verlengen?", Lang.NL, "sportschool"),
                Arguments.of("How do I renew my passport before Friday?", Lang.EN, "passport"),
                // A hyphen joins the words of one noun phrase as a space does.
                Arguments.of("Mijn OV-chipkaart verloopt op 1 maart, kan ik hem nog gebruiken?", Lang.NL, "chipkaart"));
    }

    /** What the first rows leave alone: the thing itself beside a verb or a day. */
    @ParameterizedTest
    @MethodSource("thingsBesideVerbsAndDays")
    void anEverydayThingBesideAVerbOrADayIsStillAnotherThing(String question, Lang lang, String thing) {
        SearchResult result = index.search(question, lang);

        assertEquals(Optional.of(thing), result.otherThing());
    }

    @Test
    void aHomeQuestionRepeatedOnAnotherPageDoesNotAnswerAnotherThingEither() {
        SearchResult result = index.search("When can I renew my yoga membership?", Lang.EN);

        assertEquals(Optional.of("yoga membership"), result.otherThing());
        assertTrue(!result.hits().get(0).alsoIn().isEmpty() || !result.hits().get(0).entry().page().equals("benefits-faq"),
                "the best hit is the membership question the fixture repeats on a second page");
    }
}
