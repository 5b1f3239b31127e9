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
 * A thing of the question's own with no article or possessive before it: a name or word no docs page uses as the
 * object or subject of a verb. The questions are worded here, not taken from the evaluation or fitting cases.
 */
class VerbObjectsTest {

    private static FaqIndex index;

    @BeforeAll
    static void buildIndex() throws IOException {
        try (InputStream in = VerbObjectsTest.class.getResourceAsStream("/kb/fixture-kb.json")) {
            index = FaqIndex.build(KnowledgeBaseJson.read(in, "fixture-kb.json"), SearchSettings.defaults());
        }
    }

    static Stream<Arguments> objectsOfVerbs() {
        return Stream.of(
                Arguments.of("How do I activate Photoshop?", Lang.EN, "Photoshop"),
                Arguments.of("Can I renew Garmin Express?", Lang.EN, "Garmin"),
                Arguments.of("Hoe activeer ik Photoshop?", Lang.NL, "Photoshop"),
                Arguments.of("Hoe kan ik Fedora installeren?", Lang.NL, "Fedora"),
                Arguments.of("Photoshop doet het niet meer", Lang.NL, "Photoshop"));
    }

    /**
     * The FAQ's verbs done to a name of the question's own, right before or after the verb or after its subject. The
     * search reports the other thing only when a home-page entry comes first, so the thing is asked of the index.
     */
    @ParameterizedTest
    @MethodSource("objectsOfVerbs")
    void aNameNoDocsPageUsesBesideAVerbIsAnotherThing(String question, Lang lang, String thing) {
        assertEquals(Optional.of(thing), index.otherThing(question, lang));
        assertTrue(index.search(question, lang).answer().isEmpty(), question);
    }

    static Stream<Arguments> notObjects() {
        return Stream.of(
                // Where it goes, not what: a name after a preposition.
                Arguments.of("Kan ik dat op Fedora installeren?", Lang.NL),
                Arguments.of("Can I install it on Fedora?", Lang.EN),
                // A separable verb's particle that the docs do not use is no thing either.
                Arguments.of("Hoe kom ik daar achter?", Lang.NL),
                Arguments.of("Hoe kan ik daar achter komen?", Lang.NL),
                // A partner's shorthand is short, a typo is the docs' word, and one of the FAQ's things makes it theirs.
                Arguments.of("Hoe activeer ik VS?", Lang.NL),
                Arguments.of("How do I activate Visul Studio?", Lang.EN),
                Arguments.of("How do I activate Photoshop with my product key?", Lang.EN));
    }

    @ParameterizedTest
    @MethodSource("notObjects")
    void aNameAfterAPrepositionOrBesideTheFaqsThingsIsNone(String question, Lang lang) {
        assertEquals(Optional.empty(), index.otherThing(question, lang));
    }
}
