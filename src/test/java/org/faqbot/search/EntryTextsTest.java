package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.faqbot.kb.Bilingual;
import org.faqbot.kb.EntryKind;
import org.faqbot.kb.FaqEntry;
import org.junit.jupiter.api.Test;

/** What of an entry is encoded: its answer's chunks are whole sentences under its heading. */
class EntryTextsTest {

    private static FaqEntry passage(String answer) {
        return new FaqEntry("payouts#hold", EntryKind.PASSAGE, "payouts", Bilingual.of("Uitbetalingen", "Payouts"),
                List.of(Bilingual.of("Status", "Status")), Bilingual.of("Wachtstand", "Payout hold"), Bilingual.of(answer, answer),
                Bilingual.of("https://example.org/nl", "https://example.org/en"));
    }

    private static String words(int n, String word) {
        return String.join(" ", java.util.Collections.nCopies(n, word));
    }

    @Test
    void chunksAreWholeSentencesUpToTheWordLimitEachUnderTheHeading() {
        String first = words(25, "alpha") + ".";
        String second = words(10, "beta") + ".";
        String third = words(20, "gamma") + "?";
        FaqEntry entry = passage(first + " " + second + " " + third);

        List<String> chunks = EntryTexts.chunks(entry);

        String heading = "Payouts - Status - Payout hold. ";
        assertEquals(List.of(heading + first + " " + second, heading + third), chunks);
    }

    @Test
    void aSentenceLongerThanTheLimitIsAChunkOfItsOwn() {
        String longOne = words(EntryTexts.CHUNK_WORDS + 5, "delta") + ".";
        FaqEntry entry = passage("Short one. " + longOne + " Last one.");

        List<String> chunks = EntryTexts.chunks(entry);

        assertEquals(3, chunks.size());
        assertTrue(chunks.get(1).endsWith(longOne));
    }

    @Test
    void emptyAnswerHasNoChunks() {
        assertEquals(List.of(), EntryTexts.chunks(passage("")));
    }

    @Test
    void chunkHashFollowsTheAnswerAndTheModel() {
        FaqEntry entry = passage("Payouts are held while your tax profile is incomplete.");
        FaqEntry changed = passage("Payouts are held while your bank details are checked.");

        assertEquals(EntryTexts.chunkHash("m 1", entry), EntryTexts.chunkHash("m 1", entry));
        assertNotEquals(EntryTexts.chunkHash("m 1", entry), EntryTexts.chunkHash("m 1", changed));
        assertNotEquals(EntryTexts.chunkHash("m 1", entry), EntryTexts.chunkHash("m 2", entry));
    }
}
