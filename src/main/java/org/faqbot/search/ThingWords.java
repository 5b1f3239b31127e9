package org.faqbot.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.apache.lucene.analysis.Analyzer;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.Lang;

/**
 * The home pages' own words, for {@link OtherThings}. Their things: the words that follow a possessive in their
 * questions and answers, or an article in their questions ("your membership", "de licentie"), as written, so that a
 * verb that shares a noun's stem ("verlengen", "verlenging") is none; a Dutch word in -en after "het" is a verb used as
 * a noun ("het toevoegen") and none either. And the stems of their questions, whose verbs ("renew", "verleng") are the
 * FAQ's. Immutable and thread-safe.
 */
final class ThingWords {

    /** Plural and genitive endings: a thing matches its plural ("licenties", "subscriptions") as written. */
    private static final List<String> ENDINGS = List.of("s", "es", "en", "n", "'s");

    /** Per language the things with every form {@link #isThing} takes for them: as written, and with or without an ending. */
    private final Map<Lang, Set<String>> things;
    /** Both languages' forms together. */
    private final Set<String> thingsInEither;
    /** The stems of the home pages' questions: their verbs ("renew", "verleng") are the FAQ's, whatever their synonyms. */
    private final Map<Lang, Set<String>> questionTerms;

    private ThingWords(Map<Lang, Set<String>> things, Map<Lang, Set<String>> questionTerms) {
        // The forms are worked out once here: the check runs on every word and synonym of every question.
        Map<Lang, Set<String>> forms = new EnumMap<>(Lang.class);
        Set<String> either = new HashSet<>();
        things.forEach((lang, words) -> {
            Set<String> all = withEndings(words);
            forms.put(lang, all);
            either.addAll(all);
        });
        this.things = forms;
        this.thingsInEither = Set.copyOf(either);
        this.questionTerms = questionTerms;
    }

    /** {@code words}, each also with every ending and without the one it has. */
    private static Set<String> withEndings(Set<String> words) {
        Set<String> all = new HashSet<>(words);
        for (String word : words) {
            for (String ending : ENDINGS) {
                all.add(word + ending);
                if (word.endsWith(ending)) {
                    all.add(word.substring(0, word.length() - ending.length()));
                }
            }
        }
        return Set.copyOf(all);
    }

    /**
     * The things of {@code homeEntries}, and the terms {@code analyzers} (stems, no synonyms) make of their questions;
     * none when there are no home entries.
     */
    static ThingWords of(List<FaqEntry> homeEntries, Map<Lang, ? extends Analyzer> analyzers) {
        Map<Lang, Set<String>> things = new EnumMap<>(Lang.class);
        Map<Lang, Set<String>> questionTerms = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            Set<String> thingWords = new HashSet<>();
            Set<String> terms = new HashSet<>();
            for (FaqEntry entry : homeEntries) {
                addThings(entry.question().get(lang), true, thingWords);
                addThings(EntryDocuments.plainText(entry.answer().get(lang)), false, thingWords);
                terms.addAll(Analysis.terms(analyzers.get(lang), entry.question().get(lang)));
            }
            things.put(lang, Set.copyOf(thingWords));
            questionTerms.put(lang, Set.copyOf(terms));
        }
        return new ThingWords(things, questionTerms);
    }

    private static void addThings(String text, boolean afterArticles, Set<String> into) {
        List<String> words = new ArrayList<>();
        Matcher matcher = ThingTokens.WORD.matcher(KbVocabulary.fold(text));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        for (int i = 1; i < words.size(); i++) {
            String before = words.get(i - 1);
            String word = words.get(i);
            boolean verbAsNoun = before.equals("het") && word.endsWith("en");
            if (OtherThings.POSSESSIVES.contains(before) || afterArticles && OtherThings.ARTICLES.contains(before) && !verbAsNoun) {
                into.add(word);
            }
        }
    }

    /** Whether the word as written (folded), or it without a plural ending or with one, is one of the home pages' things. */
    boolean isThing(String folded, Lang lang) {
        return things.get(lang).contains(folded);
    }

    /**
     * Whether a synonym of a content word is one of the FAQ's things ("subs": "subscription", "VS": "Visual"), unless
     * the word is one of the home pages' questions: those are the FAQ's verbs, and "renew" has "renewal" among its synonyms.
     */
    boolean synonymNamesAThing(List<QueryWord> words) {
        for (QueryWord word : words) {
            if (inTheQuestions(word)) {
                continue;
            }
            for (Lang lang : Lang.values()) {
                for (String term : word.terms(lang).keySet()) {
                    if (isThingInEither(term)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private boolean inTheQuestions(QueryWord word) {
        for (Lang lang : Lang.values()) {
            for (Map.Entry<String, QueryWord.Source> term : word.terms(lang).entrySet()) {
                if (term.getValue() == QueryWord.Source.WORD && questionTerms.get(lang).contains(term.getKey())) {
                    return true;
                }
            }
        }
        return false;
    }

    boolean isThingInEither(String folded) {
        return thingsInEither.contains(folded);
    }
}
