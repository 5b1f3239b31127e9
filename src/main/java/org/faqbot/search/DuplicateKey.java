package org.faqbot.search;

import org.faqbot.kb.EntryKind;
import org.faqbot.kb.FaqEntry;

/**
 * What makes two entries the same answer to a user: the same question, ignoring case, accents and
 * punctuation (several pages repeat "When can I renew my membership?"). Passages share a heading
 * ("Overview") without sharing content, so theirs also includes the text.
 */
final class DuplicateKey {

    private DuplicateKey() {
    }

    static String of(FaqEntry entry) {
        String key = normalise(entry.question().en()) + "|" + normalise(entry.question().nl());
        return entry.kind() == EntryKind.QA ? key : key + "|" + normalise(entry.answer().en());
    }

    private static String normalise(String text) {
        return KbVocabulary.fold(text).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
