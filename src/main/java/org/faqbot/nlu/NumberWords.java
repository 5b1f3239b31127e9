package org.faqbot.nlu;

import java.text.Normalizer;
import java.util.Locale;
import java.util.OptionalInt;
import org.faqbot.kb.Lang;

/**
 * Written-out numbers from zero to thirty-one in Dutch ("nul" to "eenendertig", "één"/"een") and English
 * ("zero" to "thirty one", "a"/"an"), so that every day of a month can be written out. Case-insensitive. The articles ("een", "a", "an") have the value 1,
 * but {@link #isArticle} tells them apart, since they mean 1 only in some places ("a week ago").
 */
public final class NumberWords {

    private final Vocabulary vocabulary;

    private NumberWords(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public static NumberWords of(Lang lang) {
        return new NumberWords(Vocabulary.of(lang));
    }

    /** The value of {@code word}, such as 3 for "drie" or "Three"; empty when it is no number word. */
    public OptionalInt valueOf(String word) {
        return vocabulary.numbers.get(fold(word)).map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    /** Whether {@code word} is an indefinite article that may stand for 1: "een", "a", "an". */
    public boolean isArticle(String word) {
        return vocabulary.articles.containsWord(fold(word));
    }

    private static String fold(String word) {
        return Normalizer.normalize(word.trim().toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    }
}
