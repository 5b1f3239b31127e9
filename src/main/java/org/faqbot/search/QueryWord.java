package org.faqbot.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.faqbot.kb.Lang;

/**
 * One content word of a user's question, with the index terms per language that count as finding it
 * and how much each counts ({@link Source#credit}). Mutable while a question is analysed, then only
 * read; confined to one search.
 */
final class QueryWord {

    /** How an index term came to stand for the word, and the share of a full match it earns. */
    enum Source {
        WORD(1.0f),
        SYNONYM(0.85f),
        COMPOUND_PART(0.6f),
        FUZZY_ONE_EDIT(0.7f),
        FUZZY_TWO_EDITS(0.5f);

        final float credit;

        Source(float credit) {
            this.credit = credit;
        }
    }

    private final String text;
    private final List<int[]> spans = new ArrayList<>();
    private final Map<Lang, Map<String, Source>> terms = new EnumMap<>(Lang.class);
    private QueryWord phraseHead = this;
    /** Whether the word is a Dutch verb joined with its split particle ({@link SeparableVerbs}). */
    private boolean joinedVerb;

    QueryWord(String text, int startOffset, int endOffset) {
        this.text = text;
        addSpan(startOffset, endOffset);
        for (Lang lang : Lang.values()) {
            terms.put(lang, new LinkedHashMap<>());
        }
    }

    /** The word's first analysed form in the question's own language. */
    String text() {
        return text;
    }

    /**
     * The first word of the phrase this word is part of ("visual studio", "product key": words that a
     * multi-word synonym covers together), or this word itself. A phrase counts as one concept.
     */
    QueryWord phraseHead() {
        return phraseHead == this ? this : phraseHead.phraseHead();
    }

    /** Makes this word and {@code other} one phrase. */
    void joinPhrase(QueryWord other) {
        QueryWord mine = phraseHead();
        QueryWord theirs = other.phraseHead();
        if (mine != theirs) {
            theirs.phraseHead = mine;
        }
    }

    /**
     * Marks the word as a verb joined with its particle: its meaning is the joined verb's ("nodig ... uit" is
     * "uitnodigen", invite, not "nodig", needed), so it weighs as that verb ({@link WordWeigher}).
     */
    void markJoinedVerb() {
        joinedVerb = true;
    }

    boolean isJoinedVerb() {
        return joinedVerb;
    }

    /** The word as typed (its first occurrence) in {@code question}, or a text of the same length. */
    String typedText(String question) {
        return question.substring(spans.get(0)[0], spans.get(0)[1]);
    }

    /** The length in characters of the word as typed (its first occurrence). */
    int typedLength() {
        return spans.get(0)[1] - spans.get(0)[0];
    }

    void addSpan(int startOffset, int endOffset) {
        spans.add(new int[] {startOffset, endOffset});
    }

    /** Whether the word occurs somewhere in the question before {@code offset}. */
    boolean occursBefore(int offset) {
        for (int[] span : spans) {
            if (span[1] <= offset) {
                return true;
            }
        }
        return false;
    }

    /** Where each occurrence of the word starts in the question. */
    int[] starts() {
        int[] starts = new int[spans.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = spans.get(i)[0];
        }
        return starts;
    }

    /** Whether an occurrence of the word starts at {@code offset} of the question. */
    boolean occursAt(int offset) {
        for (int[] span : spans) {
            if (span[0] == offset) {
                return true;
            }
        }
        return false;
    }

    /** Whether the question text {@code [startOffset, endOffset)} overlaps this word. */
    boolean overlaps(int startOffset, int endOffset) {
        for (int[] span : spans) {
            if (startOffset < span[1] && span[0] < endOffset) {
                return true;
            }
        }
        return false;
    }

    /** Adds {@code term} for {@code lang}, keeping the better source when it is there already. */
    void add(Lang lang, String term, Source source) {
        terms.get(lang).merge(term, source, (a, b) -> a.credit >= b.credit ? a : b);
    }

    /** The terms standing for this word in {@code lang}'s fields, with their sources; insertion order. */
    Map<String, Source> terms(Lang lang) {
        return terms.get(lang);
    }

    @Override
    public String toString() {
        return text + terms;
    }
}
