package org.faqbot.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written scans of {@link MessageClauses} (words, and whether a message has more than one sentence) read every
 * text as the regexes they replaced did; random texts from the characters that decide a cut.
 */
class MessageClausesScanTest {

    private static final Pattern TOKEN_SPLIT = Pattern.compile("[^\\p{L}\\p{N}']+");
    private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?])\\s+|\\n+|\\s*\\p{So}+\\s*");
    private static final String[] PIECES = {"a", "Zé", "ij", "7", "²", "Ⅻ", "'", "’", " ", "  ", "\t", "\n", "\r\n", ".", "!", "?",
        ",", "-", "😀", "\u2764", "\uD83D", "€", "ß", "İ", "١", "_", "\u00A0", "\u000B", "\f"};

    @Test
    void wordsAndSentencesAreThoseOfTheRegexes() {
        Random random = new Random(20261207);
        for (int n = 0; n < 20000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String message = text.toString();
            List<String> words = Arrays.stream(TOKEN_SPLIT.split(Normalized.of(message))).filter(t -> !t.isEmpty()).toList();
            List<String> sentences = Arrays.stream(SENTENCES.split(message.strip())).filter(s -> !s.isBlank()).toList();
            assertEquals(words, MessageClauses.tokens(message), message);
            assertEquals(sentences, MessageClauses.sentencesOf(message), message);
        }
    }

    @Test
    void aQuestionOfOneSentenceIsNotCut() {
        assertEquals(List.of("Is my key still valid?"), MessageClauses.sentencesOf("  Is my key still valid?  "));
        assertEquals(List.of("is", "my", "key's", "2nd", "use", "ok"), MessageClauses.tokens("Is my key's 2nd use... ok?"));
    }
}
