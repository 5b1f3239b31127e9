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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A person of the partner's organisation that no docs page names ("my coworker", "mijn stagiaire") says whose a thing
 * is, not what the question is about; a person's possessive stands before another thing as "my" does. Worded here.
 */
class PersonWordsTest {

    private static FaqIndex index;

    @BeforeAll
    static void buildIndex() throws IOException {
        try (InputStream in = PersonWordsTest.class.getResourceAsStream("/kb/fixture-kb.json")) {
            index = FaqIndex.build(KnowledgeBaseJson.read(in, "fixture-kb.json"), SearchSettings.defaults());
        }
    }

    static Stream<Arguments> persons() {
        return Stream.of(
                Arguments.of("I redeemed mine and my coworker did hers, until when can we use them?", Lang.EN),
                Arguments.of("my teammate renewed his yesterday, can he still activate?", Lang.EN),
                Arguments.of("mijn stagiaire heeft de hare verlengd, kan ze nog activeren?", Lang.NL),
                Arguments.of("heeft mijn teamgenoot de zijne al verlengd?", Lang.NL));
    }

    @ParameterizedTest
    @MethodSource("persons")
    void aPersonIsNoThingOfTheQuestionsOwn(String question, Lang lang) {
        assertEquals(Optional.empty(), index.search(question, lang).otherThing(), question);
    }

    static Stream<Arguments> personsThings() {
        return Stream.of(
                Arguments.of("How do I renew my teammate's gym membership?", Lang.EN, "gym membership"),
                Arguments.of("can I pause our coworker's yoga membership?", Lang.EN, "yoga membership"));
    }

    @ParameterizedTest
    @MethodSource("personsThings")
    void aPersonsPossessiveBeforeAnotherThingIsAsMy(String question, Lang lang, String thing) {
        SearchResult result = index.search(question, lang);

        assertEquals(Optional.of(thing), result.otherThing(), question);
        assertTrue(result.answer().isEmpty(), result.toString());
    }
}
