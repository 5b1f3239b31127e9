package org.faqbot.ingest;

import java.util.List;
import java.util.Locale;
import org.faqbot.search.GlossTable;

/**
 * What {@link GlossTrainer} made.
 *
 * @param table          the gloss table
 * @param pairs          sentence pairs trained on (pairs with an empty side left out)
 * @param dutchWords     distinct Dutch words, compound parts included
 * @param englishWords   distinct English words
 * @param settings       how it was trained
 * @param logLikelihoods the average log-likelihood of an English word before each EM round
 */
public record GlossTraining(GlossTable table, int pairs, int dutchWords, int englishWords,
                            GlossTrainer.Settings settings, List<Double> logLikelihoods) {

    public GlossTraining {
        logLikelihoods = List.copyOf(logLikelihoods);
    }

    /** The table file's header: what it is and how to make it again with {@code command}. */
    public List<String> header(String command) {
        return List.of(
                "Dutch -> English word translations t(english | dutch), for glossing Dutch questions (org.faqbot.search.DutchGloss).",
                String.format(Locale.ROOT, "IBM Model 1, %d EM rounds from uniform, with an empty (NULL) Dutch word, on %d "
                        + "sentence pairs of the bilingual docs pages; made by: %s", settings.iterations(), pairs, command),
                "Words lower case without diacritics; Dutch compounds also as their parts (org.faqbot.search.CompoundSplitter).",
                String.format(Locale.ROOT, "Dutch words seen at least %d times, stop words aside; up to %d English words "
                        + "(stop words aside) with t >= %s, or - for none.", settings.minCount(), settings.maxTranslations(),
                        settings.minProbability()),
                "Columns, tab-separated: dutch, count, english:t ...");
    }
}
