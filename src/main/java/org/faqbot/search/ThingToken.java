package org.faqbot.search;

/**
 * A word of a question as typed, as {@link OtherThings} reads it.
 *
 * @param folded   the word folded as the vocabulary folds it
 * @param start    its first character's index in the question
 * @param end      the index after its last character
 * @param modifier a content word of letters that no docs page uses (nor a word it may be a typo of)
 * @param thing    a known content word that is one of the home pages' things
 * @param known    a content word that docs pages use or, in Dutch, a verb form (before the question is analysed, any
 *                 word): a verb the question's own thing may be the object of ({@link VerbObjects})
 */
record ThingToken(String folded, int start, int end, boolean modifier, boolean thing, boolean known) {

    /** The token as a Dutch clause's verb: no modifier, and a verb for {@link VerbObjects}. */
    ThingToken asVerb() {
        return new ThingToken(folded, start, end, false, thing, true);
    }
}
