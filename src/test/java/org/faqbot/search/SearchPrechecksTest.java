package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The scans by hand perf20 put in the search's readers of a question read every text as the regexes before them: the
 * words of an open question, the folding of a word, and the capitals an acronym needs.
 */
class SearchPrechecksTest {

    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Set<String> OPEN_WORDS = Set.of("how", "what", "why", "which", "where", "who", "when", "hoe", "wat",
            "waarom", "welke", "welk", "waar", "wie", "wanneer");
    private static final Set<String> VERDICT_VERBS = Set.of("can", "could", "is", "are", "am", "was", "were", "do", "does", "did",
            "will", "would", "should", "shall", "may", "must", "have", "has", "kan", "kun", "kunnen", "kunt", "mag", "mogen",
            "moet", "moeten", "zijn", "ben", "heb", "hebben", "heeft", "wordt", "worden", "zal", "zullen", "gaat", "klopt");
    private static final String[] PIECES = {"how ", "wat ", "is ", "kan ", "key", "sleutel", "Zé", "é", "e\u0301", "7", " ", "?", "'",
        "-", "😀", "𝐀", "ß", "İ", "\u00A0", "when", "wanneer", "A", "KB", "Ü"};

    /** What AnswerKinds read as an open question before perf20: the words of a split at every run of non-letters. */
    private static boolean openByRegex(String text) {
        String[] words = NON_LETTERS.split(text);
        int first = words.length > 0 && words[0].isEmpty() ? 1 : 0;
        if (first >= words.length || VERDICT_VERBS.contains(words[first])) {
            return false;
        }
        for (int w = first; w < words.length; w++) {
            if (OPEN_WORDS.contains(words[w])) {
                return true;
            }
        }
        return false;
    }

    @Test
    void openQuestionsAndFoldedWordsAreThoseOfTheRegexes() {
        Random random = new Random(20261207);
        for (int n = 0; n < 20000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String question = text.toString();
            String lower = question.toLowerCase(Locale.ROOT);
            AnswerKinds.Amount expected = openByRegex(lower) ? AnswerKinds.Amount.OPEN : AnswerKinds.Amount.NONE;
            AnswerKinds.Amount asked = AnswerKinds.asks(question);
            if (asked == AnswerKinds.Amount.OPEN || asked == AnswerKinds.Amount.NONE) {
                assertEquals(expected, asked, question);
            }
            String folded = MARKS.matcher(Normalizer.normalize(question, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
            assertEquals(folded, KbVocabulary.fold(question), question);
            String longer = String.join(" ", java.util.Collections.nCopies(1 + random.nextInt(5), question));
            java.util.regex.Matcher run = WORDS.matcher(longer);
            int words = 0;
            while (run.find()) {
                words++;
            }
            double length = Math.max(0, Math.min(1, (words - Features.SHORT_WORDS) / (double) (Features.LONG_WORDS - Features.SHORT_WORDS)));
            assertEquals(length, Features.length(longer), longer);
        }
    }

    @Test
    void openQuestionsInBothLanguages() {
        assertEquals(AnswerKinds.Amount.OPEN, AnswerKinds.asks("When does the trial key run out?"));
        assertEquals(AnswerKinds.Amount.OPEN, AnswerKinds.asks("Wanneer loopt de proefsleutel af?"));
        assertEquals(AnswerKinds.Amount.NONE, AnswerKinds.asks("Can I see when the trial key runs out?"));
        assertEquals(AnswerKinds.Amount.NONE, AnswerKinds.asks("Kan ik zien wanneer de proefsleutel afloopt?"));
    }

    @Test
    void onlyAQuestionWithCapitalsTogetherMayNameAnAcronym() {
        assertTrue(OwnAcronyms.mayFind("Does the MPN benefit cover Azure?"));
        assertTrue(OwnAcronyms.mayFind("Geldt het MPN-voordeel ook voor Azure?"));
        assertFalse(OwnAcronyms.mayFind("Does the partner benefit cover Azure?"));
        assertFalse(OwnAcronyms.mayFind("Geldt het partnervoordeel ook voor Azure?"));
    }
}
