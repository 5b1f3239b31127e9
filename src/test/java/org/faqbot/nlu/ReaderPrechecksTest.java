package org.faqbot.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cheap tests perf20 put before the readers of every message (a scan by hand for a regex, a word a pattern needs, one
 * look-up for the listed small talk) read every text as the readers did before: random texts against the regexes they
 * replaced, and messages in both languages on either side of each test.
 */
class ReaderPrechecksTest {

    private static final Pattern TOKEN_SPLIT = Pattern.compile("[^\\p{L}\\p{N}']+");
    private static final Pattern CLAUSES = Pattern.compile("\\s*[,;:]\\s+|\\s+[-\u2013\u2014]\\s+");
    private static final String[] PIECES = {"a", "Zé", "ij", "7", "²", "Ⅻ", "'", "’", " ", "  ", "\t", "\n", ".", "!", "?", ",", ";",
        ":", "-", "\u2013", "\u2014", "😀", "\uD83D", "€", "ß", "İ", "١", "_", "\u00A0", "𝐀"};

    @Test
    void paddedWordsAndClausesAreThoseOfTheRegexes() {
        Random random = new Random(20261207);
        for (int n = 0; n < 20000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(14); i > 0; i--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String message = text.toString();
            assertEquals(" " + TOKEN_SPLIT.matcher(Normalized.of(message)).replaceAll(" ") + " ", MessageClauses.padded(message), message);
            MessageClauses parts = new MessageClauses(message);
            List<List<String>> clauses = parts.sentences().stream()
                    .flatMap(s -> Arrays.stream(CLAUSES.split(s)).map(MessageClauses::tokens).filter(t -> !t.isEmpty())).toList();
            assertEquals(clauses, parts.clauses(), message);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "hoi|GREETING", "bedankt|THANKS", "ok|ACKNOWLEDGEMENT", "hallo, hoe gaat het?|HOW_ARE_YOU",
        "hello there|GREETING", "thanks a lot|THANKS", "ok thanks|THANKS", "hi, how are you?|HOW_ARE_YOU"})
    void listedSmallTalkIsTheFirstKindThatListsIt(String message, SmallTalk.Kind kind) {
        assertEquals(Optional.of(kind), SmallTalk.classify(message));
    }

    @Test
    void aPhraseAndItsBareFormTakeTheEarlierKind() {
        // "ok bedankt" is listed as thanks, its bare "bedankt" too; "ok" alone is an acknowledgement.
        assertEquals(Optional.of(SmallTalk.Kind.THANKS), SmallTalk.classify("ok bedankt"));
        assertEquals(Optional.of(SmallTalk.Kind.THANKS), SmallTalk.classify("ok thank you"));
        assertEquals(Optional.empty(), SmallTalk.classify("wanneer verloopt mijn sleutel?"));
        assertEquals(Optional.empty(), SmallTalk.classify("when does my key run out?"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "you said: \"it's fine\" but when does my key run out?|but when does my key run out?",
        "je zei: 'hij is geldig' maar wanneer verloopt hij dan?|maar wanneer verloopt hij dan?",
        "what's the end date of my key?|what's the end date of my key?",
        "wat is m'n einddatum?|wat is m'n einddatum?"})
    void aQuoteIsDroppedAndAnApostropheAloneIsNoQuote(String message, String without) {
        assertEquals(without, QuotedText.without(message));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "is my key still ok?|is my key still valid?", "is mijn sleutel nog prima?|is mijn sleutel nog geldig?",
        "werkt hij nog?|nog geldig?", "is my key valid?|is my key valid?", "is mijn sleutel geldig?|is mijn sleutel geldig?"})
    void stillFineIsReadOnlyWhereItsWordsAre(String normalized, String valid) {
        assertEquals(valid, StillFine.asValid(normalized));
    }

    @Test
    void sqlIsCodeOnlyFromTheStartOfTheMessage() {
        assertTrue(Markup.isCodeOnly("SELECT * FROM keys WHERE id = 1"));
        assertTrue(Markup.isCodeOnly("  ; drop table keys"));
        assertFalse(Markup.isCodeOnly("how do I SELECT my key FROM the portal?"));
        assertFalse(Markup.isCodeOnly("hoe kan ik mijn sleutel SELECT FROM het portaal halen?"));
    }

    @Test
    void hashTablesMatchAsBefore() {
        // Months, weekdays and moments are read from hash sets now; the same words give the same dates.
        DateExtractor dates = new DateExtractor();
        assertEquals(1, dates.extract("my key ends on 3 March", Lang.EN, java.time.LocalDate.of(2026, 12, 5),
                YearlessPolicy.NEXT_UPCOMING).size());
        assertEquals(1, dates.extract("mijn sleutel loopt af op 3 maart", Lang.NL, java.time.LocalDate.of(2026, 12, 5),
                YearlessPolicy.NEXT_UPCOMING).size());
        assertEquals(1, dates.extract("I redeemed it five minutes ago", Lang.EN, java.time.LocalDate.of(2026, 12, 5),
                YearlessPolicy.MOST_RECENT_PAST).size());
        assertEquals(1, dates.extract("ik heb hem zojuist ingewisseld", Lang.NL, java.time.LocalDate.of(2026, 12, 5),
                YearlessPolicy.MOST_RECENT_PAST).size());
    }
}
