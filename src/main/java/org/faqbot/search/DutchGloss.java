package org.faqbot.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.faqbot.search.CompoundSplitter;
import org.faqbot.kb.Lang;

/**
 * Glosses Dutch text word for word into English with a {@link GlossTable}, so that an English-trained
 * encoder can embed a Dutch question: "Hoe verleng ik mijn abonnement?" gives "renew subscription".
 * A verb that a main clause split from its particle is glossed whole first ("schrijf ik me in": "inschrijven",
 * enrol; see {@link #withSeparableVerbsJoined}). For each word, Dutch stop words aside:
 * <ul>
 *   <li>a word in the table gives its translations of at least {@value #MIN_PROBABILITY}, at most
 *       {@value #MAX_PER_WORD}; none when it has none (words like "alleen" whose translation is an
 *       English stop word);</li>
 *   <li>a Dutch compound ("licentiesleutel") is glossed by its parts (licentie, sleutel: "license key"),
 *       unless the table knows the whole word with a translation of at least {@value #WHOLE_COMPOUND}
 *       ("wachtwoord" is "password", not "wait word");</li>
 *   <li>a word the table does not know but has as an English translation stays as it is (the English
 *       terms of Dutch chat: "key", "redeem", "invoice"), and so does such a word with a Dutch verb
 *       ending ("redeemen": "redeem");</li>
 *   <li>a word the table does not know that has synonyms the table knows (the search's Dutch synonym file, with a
 *       {@link #load loaded} glosser) is glossed as those synonyms: "tweestapsverificatie" as "mfa", "aanzetten" as
 *       "inschakelen" and "activeren", everyday words the docs never use;</li>
 *   <li>an inflection the table does not know ("verleng") is glossed as all the table's words with
 *       its Snowball stem together ("verlengen", "verlenging", "verlengd");</li>
 *   <li>any other word is left out.</li>
 * </ul>
 * The gloss is lower case and lists each English word once, in the order of the Dutch words. Immutable
 * and thread-safe; a question takes a few microseconds.
 */
public final class DutchGloss {

    /** The shipped table, in the jar's (and the class path's) {@code faq-data} folder. */
    public static final String TABLE_RESOURCE = "/faq-data/gloss-nl-en.tsv";

    /** Below this a translation is mostly the words it happened to share sentences with. */
    static final double MIN_PROBABILITY = 0.2;

    /** A second translation catches another sense or word form ("gebruikers": users, user). */
    static final int MAX_PER_WORD = 2;

    /**
     * A compound seen often enough to have a translation this likely is glossed whole. Rarer compounds
     * share their sentences with few others, so Model 1 spreads them over their neighbours
     * ("terugbetaling": redemption 0.26), while their parts were learnt from many sentences.
     */
    static final double WHOLE_COMPOUND = 0.5;

    /** The function words' English, beside this class. */
    static final String FUNCTION_WORDS = "function-words-nl-en.txt";

    /** How many words after a verb its particle may come: "schrijf ik me in" is three. */
    static final int PARTICLE_REACH = 4;

    /**
     * Prepositions that are no verb's particle and conjunctions: after a particle they start the next phrase or clause,
     * so the particle closed its verb's phrase. Without "als", "nodig ik een klant uit als reseller" was glossed without
     * "invite" ("nodig" alone is "needed").
     */
    private static final Set<String> PHRASE_OPENERS = Set.of("als", "met", "naar", "van", "via", "tot", "zonder", "namens",
            "vanuit", "binnen", "tijdens", "per", "zodat", "omdat", "want", "en", "of", "maar", "dan", "wanneer", "zoals");

    /** The Dutch infinitive ending that chat puts on English verbs: "renewen", "redeemen". */
    private static final String VERB_ENDING = "en";

    private final GlossTable table;
    private final CompoundSplitter splitter;
    private final DutchStems stems;
    private final Set<String> dutchStopWords = GlossWords.stopWords(Lang.NL);
    private final Map<String, String> functionWords = functionWords();
    private final GlossSynonyms synonyms;

    private DutchGloss(GlossTable table, GlossSynonyms synonyms) {
        this.table = table;
        this.synonyms = synonyms;
        this.splitter = GlossWords.splitter(words(table.entries()));
        this.stems = DutchStems.of(table);
    }

    /** The glosser of a table already read. */
    public static DutchGloss of(GlossTable table) {
        return new DutchGloss(table, GlossSynonyms.NONE);
    }

    /** The glosser of a table already read that glosses a word the table lacks as its synonym the table knows. */
    static DutchGloss of(GlossTable table, GlossSynonyms synonyms) {
        return new DutchGloss(table, synonyms);
    }

    /**
     * The glosser of the shipped table ({@value #TABLE_RESOURCE} on the class path).
     *
     * @throws UncheckedIOException when the table is missing from the class path or cannot be read
     * @throws GlossFormatException when a line of it is not in the format
     */
    public static DutchGloss load() {
        try (InputStream in = DutchGloss.class.getResourceAsStream(TABLE_RESOURCE)) {
            if (in == null) {
                throw new IOException("gloss table missing from the class path: " + TABLE_RESOURCE);
            }
            return of(GlossTable.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
                    TABLE_RESOURCE), GlossSynonyms.shipped());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gloss table " + TABLE_RESOURCE, e);
        }
    }

    /**
     * The glosser of a table file.
     *
     * @throws GlossFormatException when a line of it is not in the format, naming the file and line
     */
    public static DutchGloss read(Path table) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(table, StandardCharsets.UTF_8)) {
            return of(GlossTable.read(in, table.toString()));
        }
    }

    /** The English gloss of {@code dutch}, its words separated by single spaces; empty when none is known. */
    public String gloss(String dutch) {
        return String.join(" ", glossWords(dutch));
    }

    /**
     * {@code dutch} word for word in English, in its own word order and with its function words ("hoe kan
     * ik mijn key verlengen" gives "how can i my key renew extend"): what the encoder reads. Keeping the
     * question's shape made the English-trained encoder rank the right entry first for more of the Dutch
     * fitting questions than the bag of topic words of {@link #gloss} (see the README's "Tried" list).
     * Each Dutch word gives its translations as in {@link #glossWords}, a function word its entry in
     * {@value #FUNCTION_WORDS}; other stop words are left out.
     */
    public String sentence(String dutch) {
        List<String> english = new ArrayList<>();
        for (String word : withSeparableVerbsJoined(GlossWords.words(dutch))) {
            String function = functionWords.get(word);
            if (function != null) {
                english.add(function);
            } else if (!dutchStopWords.contains(word)) {
                english.addAll(wordGloss(word));
            }
        }
        return String.join(" ", english);
    }

    /** The English words of the gloss of {@code dutch}, in order, each once. */
    public List<String> glossWords(String dutch) {
        Set<String> english = new LinkedHashSet<>();
        for (String word : withSeparableVerbsJoined(GlossWords.words(dutch))) {
            if (!dutchStopWords.contains(word)) {
                english.addAll(wordGloss(word));
            }
        }
        return List.copyOf(english);
    }

    /**
     * {@code words} with each verb that a main clause split from its particle joined to it, in the verb's place, and
     * the particle left out: "hoe schrijf ik me in voor ..." asks how to "inschrijven" (enrol), not to write. A verb
     * is joined to the first of the next {@value #PARTICLE_REACH} words that is a particle ending the verb's phrase
     * and makes a word the table knows with a translation of at least {@value #MIN_PROBABILITY}.
     */
    List<String> withSeparableVerbsJoined(List<String> words) {
        List<String> joined = new ArrayList<>(words);
        for (int v = 0; v < joined.size(); v++) {
            for (int p = v + 1; p < Math.min(joined.size(), v + 1 + PARTICLE_REACH); p++) {
                Optional<String> verb = endsVerbPhrase(joined, p) && !dutchStopWords.contains(joined.get(v))
                        ? knownForm(joined.get(p).concat(joined.get(v))) : Optional.empty();
                if (verb.isPresent()) {
                    joined.set(v, verb.get());
                    joined.remove(p);
                    break;
                }
            }
        }
        return joined;
    }

    /**
     * Whether the word at {@code p} is a particle that ends its verb's phrase: the last word, or one before a
     * preposition ("schrijf ik me in voor het programma") or a word that opens a phrase or clause of its own ("nodig ik
     * een klant uit als reseller", "zet ik het aan zodat ..."). Followed by a noun it is a preposition itself ("kom ik
     * niet meer in Partner Center").
     */
    private static boolean endsVerbPhrase(List<String> words, int p) {
        return SeparableVerbs.isParticle(words.get(p)) && (p + 1 == words.size() || SeparableVerbs.isParticle(words.get(p + 1))
                || PHRASE_OPENERS.contains(words.get(p + 1)));
    }

    /**
     * The joined verb as the table knows it, as written or as its infinitive ("inschrijf": "inschrijven"); failing
     * that, an infinitive with synonyms that the table knows ("zet ... aan": "aanzetten", which the docs never write,
     * glossed as "inschakelen" and "activeren").
     */
    private Optional<String> knownForm(String joined) {
        for (String form : verbForms(joined)) {
            if (known(form, true)) {
                return Optional.of(form);
            }
        }
        List<String> infinitives = new ArrayList<>(verbForms(joined));
        infinitives.add(joined + joined.charAt(joined.length() - 1) + VERB_ENDING);
        return infinitives.stream().filter(form -> !knownSynonyms(form).isEmpty()).findFirst();
    }

    /** Whether the table knows {@code word} (its inflections too, with {@code inflected}) with a likely translation. */
    private boolean known(String word, boolean inflected) {
        Optional<GlossEntry> entry = inflected ? table.entry(word).or(() -> stems.entry(word)) : table.entry(word);
        return entry.map(found -> !found.translations().isEmpty() && found.translations().get(0).probability() >= MIN_PROBABILITY)
                .orElse(false);
    }

    /**
     * The synonyms of {@code word} that the table knows as written: an everyday word may stand for more than one of the
     * docs' ("aanzetten" is "inschakelen", enable, and "activeren", activate).
     */
    private List<String> knownSynonyms(String word) {
        return synonyms.of(word).stream().filter(synonym -> known(synonym, false)).toList();
    }

    /**
     * A finite verb's infinitives: "schrijf" is "schrijven", "loopt" "lopen" as well as "loopen"; the word itself first.
     * Not {@link DutchInflectionFilter#infinitives}: its order and doubled consonants, tried here, lowered a corpus
     * holdout question's rank (MRR@3 nl 0.636 -> 0.631).
     */
    private static List<String> verbForms(String word) {
        String stem = word.endsWith("t") ? word.substring(0, word.length() - 1) : word;
        String voiced = stem.endsWith("f") ? stem.substring(0, stem.length() - 1) + "v"
                : stem.endsWith("s") ? stem.substring(0, stem.length() - 1) + "z" : stem;
        int n = voiced.length();
        boolean longVowel = n >= 3 && voiced.charAt(n - 2) == voiced.charAt(n - 3) && "aeou".indexOf(voiced.charAt(n - 2)) >= 0;
        String open = longVowel ? voiced.substring(0, n - 2) + voiced.substring(n - 1) : voiced;
        return List.of(word, stem + "en", voiced + "en", open + "en");
    }

    /** The table's Dutch words: the word forms of the docs pages (stop words aside). */
    Set<String> dutchWords() {
        return Set.copyOf(words(table.entries()));
    }

    /** The translations of one Dutch word, or of its compound parts, each once. */
    private Set<String> wordGloss(String word) {
        Set<String> english = new LinkedHashSet<>();
        List<String> known = table.entry(word).isPresent() || table.isEnglish(word) ? List.of() : knownSynonyms(word);
        if (!known.isEmpty()) {
            known.forEach(synonym -> addTranslations(synonym, english));
            return english;
        }
        List<String> parts = splitter.split(word).filter(p -> !glossedWhole(word)).orElse(List.of(word));
        parts.forEach(part -> addTranslations(part, english));
        if (uncertain(word)) {
            knownSynonyms(word).forEach(synonym -> addTranslations(synonym, english));
        }
        return english;
    }

    /** Whether the table knows {@code word} but with no translation it is sure of ("rechten": rights 0.43, entitlements 0.20). */
    private boolean uncertain(String word) {
        return table.entry(word).map(entry -> entry.translations().isEmpty() || entry.translations().get(0).probability() < WHOLE_COMPOUND)
                .orElse(false);
    }

    private boolean glossedWhole(String compound) {
        return table.entry(compound).map(entry -> !entry.translations().isEmpty()
                && entry.translations().get(0).probability() >= WHOLE_COMPOUND).orElse(table.isEnglish(compound));
    }

    private void addTranslations(String word, Set<String> english) {
        Optional<GlossEntry> entry = table.entry(word);
        if (entry.isEmpty()) {
            Optional<String> asEnglish = englishWord(word);
            if (asEnglish.isPresent()) {
                english.add(asEnglish.get());
                return;
            }
            entry = stems.entry(word);
        }
        entry.ifPresent(found -> found.translations().stream()
                .filter(t -> t.probability() >= MIN_PROBABILITY)
                .limit(MAX_PER_WORD)
                .forEach(t -> english.add(t.english())));
    }

    /** The English word that {@code word} is, possibly with a Dutch verb ending. */
    private Optional<String> englishWord(String word) {
        if (table.isEnglish(word)) {
            return Optional.of(word);
        }
        String verb = word.endsWith(VERB_ENDING) ? word.substring(0, word.length() - VERB_ENDING.length()) : "";
        return table.isEnglish(verb) ? Optional.of(verb) : Optional.empty();
    }

    /** "hoe how" lines as hoe -> how; the English may be more than one word ("hoeveel how many"). */
    private static Map<String, String> functionWords() {
        Map<String, String> english = new HashMap<>();
        for (String line : WordLists.load(FUNCTION_WORDS)) {
            String[] pair = line.split("\\s+", 2);
            if (pair.length < 2) {
                throw new IllegalStateException(FUNCTION_WORDS + ": no English for \"" + line + "\"");
            }
            english.put(pair[0], pair[1]);
        }
        return Map.copyOf(english);
    }

    private static List<String> words(Collection<GlossEntry> entries) {
        return entries.stream().map(GlossEntry::dutch).toList();
    }
}
