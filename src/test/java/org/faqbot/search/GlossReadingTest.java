package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;

/** Which rendering of a Dutch question each English-side reader gets: the encoder the sentence, the lexical search the topic words. */
class GlossReadingTest {

    private static final KnowledgeBase KB = KnowledgeBase.of(List.of(
            EntryVectorSourceTest.entry("renew", "How do I renew my membership?", "Open the dashboard and choose renew."),
            EntryVectorSourceTest.entry("installer", "Where can I download the installer?", "The installer is on the downloads page.")));

    /** A gloss whose two renderings differ, so the test sees which one the encoder was given. */
    private static final QueryGloss GLOSS = new QueryGloss() {
        @Override
        public String english(String dutch) {
            return "membership";
        }

        @Override
        public String sentence(String dutch) {
            return "when can i my membership renew";
        }
    };

    @Test
    void encoderReadsTheGlossSentenceOfADutchQuestion() {
        List<String> encoded = new CopyOnWriteArrayList<>();
        TextEncoder encoder = new TextEncoder() {
            @Override
            public String model() {
                return BagOfWordsEncoder.MODEL;
            }

            @Override
            public int dimensions() {
                return BagOfWordsEncoder.DIMENSIONS;
            }

            @Override
            public float[] query(String text) {
                encoded.add(text);
                return BagOfWordsEncoder.encode(text);
            }

            @Override
            public float[] passage(String text) {
                return BagOfWordsEncoder.encode(text);
            }
        };
        FaqIndex index = FaqIndex.hybrid(KB, SearchSettings.defaults(),
                new FaqIndex.Dense(() -> Optional.of(encoder), GLOSS, EntryVectorSourceTest.fusionFor(BagOfWordsEncoder.MODEL)));

        index.search("Wanneer mag ik dat eigenlijk doen, zeg?", Lang.NL);

        assertEquals(2, encoded.size(), encoded.toString());
        assertTrue(encoded.contains("when can i my membership renew"), encoded.toString());
        assertTrue(encoded.contains("Wanneer mag ik dat eigenlijk doen, zeg?"), encoded.toString());
    }

    @Test
    void plainGlossGivesItsTopicWordsToTheEncoderToo() {
        QueryGloss topicOnly = dutch -> "membership";

        assertEquals("membership", topicOnly.sentence("lidmaatschap"));
    }
}
