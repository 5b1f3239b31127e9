package org.faqbot.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.faqbot.kb.Bilingual;
import org.junit.jupiter.api.Test;

/** The English-to-Dutch corpus that the English paraphrases (para22's tuning aid) pivot through. */
class GlossCorpusReversedTest {

    private static final List<Bilingual> PAIRS = List.of(
            Bilingual.of("De factuur van de wederverkoper", "The invoice of the reseller"),
            Bilingual.of("Een factuur downloaden", "Download an invoice"),
            Bilingual.of("De wederverkoper betaalt", "The reseller pays"),
            Bilingual.of("Wederverkoper en factuur", "Reseller and bill"));

    @Test
    void swapsTheSidesWithTheEmptyWordOnTheEnglishSide() {
        GlossCorpus forward = GlossCorpus.of(PAIRS, 2);
        GlossCorpus backward = forward.reversed();
        assertEquals(forward.size(), backward.size());
        assertEquals("NULL", backward.dutchWords().word(GlossCorpus.NULL));
        for (int s = 0; s < forward.size(); s++) {
            assertEquals(words(forward.englishWords(), forward.english(s)), words(backward.dutchWords(), backward.dutch(s)));
            assertEquals(words(forward.dutchWords(), forward.dutch(s)), words(backward.englishWords(), backward.english(s)));
        }
        assertEquals(3, backward.dutchWords().count(id(backward.dutchWords(), "reseller")));
    }

    @Test
    void learnsWhichDutchWordAnEnglishWordComesFrom() {
        GlossCorpus backward = GlossCorpus.of(PAIRS, 2).reversed();
        IbmModel1 model = IbmModel1.train(backward, 5);
        int reseller = id(backward.dutchWords(), "reseller");
        IbmModel1.WordProbability best = model.translations(reseller).stream()
                .max(Comparator.comparingDouble(IbmModel1.WordProbability::probability)).orElseThrow();
        assertEquals("wederverkoper", backward.englishWords().word(best.english()));
    }

    private static List<String> words(WordIds ids, int[] sentence) {
        return Arrays.stream(sentence).mapToObj(ids::word).toList();
    }

    private static int id(WordIds ids, String word) {
        for (int id = 0; id < ids.size(); id++) {
            if (ids.word(id).equals(word)) {
                return id;
            }
        }
        throw new AssertionError(word + " not among the words");
    }
}
