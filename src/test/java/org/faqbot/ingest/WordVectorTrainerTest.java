package org.faqbot.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.faqbot.kb.Bilingual;
import org.faqbot.kb.Lang;
import org.faqbot.search.BagOfWordsEncoder;
import org.faqbot.search.WordVectors;
import org.junit.jupiter.api.Test;

/**
 * Trained on made-up sentence pairs with a bag-of-words stand-in for the encoder, the vectors place a
 * Dutch sentence it never saw nearest to the English sentence that translates it: the words' meaning was
 * learned from the English side alone.
 */
class WordVectorTrainerTest {

    /** A tiny dictionary; sentences are random picks of its pairs. */
    private static final Map<String, String> DICTIONARY = Map.ofEntries(
            Map.entry("abonnement", "subscription"), Map.entry("verlengen", "renew"), Map.entry("klant", "customer"),
            Map.entry("sleutel", "key"), Map.entry("beheerder", "administrator"), Map.entry("toewijzen", "assign"),
            Map.entry("factuur", "invoice"), Map.entry("betalen", "pay"), Map.entry("wachtwoord", "password"),
            Map.entry("wijzigen", "change"), Map.entry("gebruiker", "user"), Map.entry("verwijderen", "delete"));

    private static List<Bilingual> pairs(int n, long seed) {
        List<String> dutch = new ArrayList<>(DICTIONARY.keySet());
        java.util.Collections.sort(dutch);
        Random random = new Random(seed);
        List<Bilingual> pairs = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            StringBuilder nl = new StringBuilder();
            StringBuilder en = new StringBuilder();
            for (int w = 0; w < 3; w++) {
                String word = dutch.get(random.nextInt(dutch.size()));
                nl.append(word).append(' ');
                en.append(DICTIONARY.get(word)).append(' ');
            }
            pairs.add(new Bilingual(nl.toString().trim(), en.toString().trim()));
        }
        return pairs;
    }

    @Test
    void aDutchSentenceLandsNearestToItsEnglishTranslation() {
        BagOfWordsEncoder encoder = new BagOfWordsEncoder();
        AtomicInteger lastDone = new AtomicInteger();
        WordVectorTrainer.Result result = WordVectorTrainer.train(pairs(400, 3), encoder,
                new WordVectorTrainer.Settings(60, 1e-4, 2), (done, total, left) -> lastDone.set(done),
                Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        WordVectors vectors = result.vectors();

        assertEquals(result.pairs(), lastDone.get(), "progress reached the end");
        assertEquals(BagOfWordsEncoder.MODEL, vectors.model());
        float[] query = vectors.query("Hoe kan ik het wachtwoord van een gebruiker wijzigen?");
        assertNotNull(query);
        double right = dot(query, encoder.query("change the password of a user"));
        for (String other : List.of("renew the subscription", "assign the key to a customer", "pay the invoice",
                "delete the administrator")) {
            double wrong = dot(query, encoder.query(other));
            assertTrue(right > wrong + 0.2, "right " + right + " against '" + other + "' " + wrong);
        }
    }

    @Test
    void englishWordsLearnTheEncodersReadingOfTheirOwnSentences() {
        BagOfWordsEncoder encoder = new BagOfWordsEncoder();
        WordVectors vectors = WordVectorTrainer.train(Lang.EN, pairs(400, 7), encoder, new WordVectorTrainer.Settings(60, 1e-4, 2),
                (done, total, left) -> { }, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).vectors();

        assertEquals(Lang.EN, vectors.lang());
        assertEquals(null, vectors.query("hoe kan ik het wachtwoord wijzigen"), "Dutch words are not English features");
        float[] query = vectors.query("How do I renew the subscription of a customer?");
        double right = dot(query, encoder.query("renew the subscription of a customer"));
        for (String other : List.of("change the password of a user", "pay the invoice", "delete the administrator")) {
            double wrong = dot(query, encoder.query(other));
            assertTrue(right > wrong + 0.2, "right " + right + " against '" + other + "' " + wrong);
        }
    }

    @Test
    void aSentenceOfUnknownWordsHasNoVector() {
        WordVectors vectors = WordVectorTrainer.train(pairs(100, 5), new BagOfWordsEncoder(),
                WordVectorTrainer.Settings.DEFAULT, (done, total, left) -> { }, Clock.systemUTC()).vectors();

        assertEquals(null, vectors.query("het weer is mooi vandaag"));
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
