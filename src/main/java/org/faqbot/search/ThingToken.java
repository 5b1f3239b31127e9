package org.faqbot.search;

/**
 * A word of a question as typed, as {@link OtherThings} reads it.
 *
 * @param folded   the word folded as the vocabulary folds it
 * @param start    its first character's index in the question
 * @param end      the index after its last character
 * @param modifier a content word of letters that no docs page uses (nor a word it may be a typo of)
 * @param thing    a known content word that is one of the home pages' things
 */
record ThingToken(String folded, int start, int end, boolean modifier, boolean thing) {

    ThingToken withoutModifier() {
        return new ThingToken(folded, start, end, false, thing);
    }
}
