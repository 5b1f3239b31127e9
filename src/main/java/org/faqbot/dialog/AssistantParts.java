package org.faqbot.dialog;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.nlu.DateExtractor;
import org.faqbot.nlu.LanguageDetector;
import org.faqbot.rules.RuleBook;
import org.faqbot.search.DutchGlosses;
import org.faqbot.search.FaqIndex;
import org.faqbot.search.FusionModel;
import org.faqbot.search.SearchSettings;
import org.faqbot.search.TextEncoder;
import org.faqbot.store.Stores;

/** Everything a {@link FaqAssistant} is made of; {@link #standard} builds the shipped set, tests build their own. */
public record AssistantParts(
        KnowledgeBase kb,
        FaqIndex index,
        LanguageDetector detector,
        DateExtractor dates,
        RuleBook rules,
        Messages messages,
        Stores stores,
        Clock clock,
        DialogSettings settings) {

    /**
     * The shipped rules, messages, search settings and fusion model over {@code kb}; {@code encoder} gives the
     * sentence encoder when it is there (waiting for it or not is the caller's choice; the benchmarks pass one that
     * counts its encodes).
     */
    public static AssistantParts standard(KnowledgeBase kb, Stores stores, Clock clock, Supplier<Optional<TextEncoder>> encoder) {
        FaqIndex.Dense dense = new FaqIndex.Dense(encoder, DutchGlosses.standard(), FusionModel.shipped(kb.size()));
        RuleBook book = RuleBook.standard();
        LanguageDetector detector = LanguageDetector.create().withVocabulary(DetectorVocabulary.of(kb, book));
        FaqIndex index = FaqIndex.tiered(kb, SearchSettings.defaults(), dense, FusionModel::shipped);
        return new AssistantParts(kb, index, detector, new DateExtractor(), book, new Messages(), stores, clock,
                DialogSettings.standard());
    }
}
