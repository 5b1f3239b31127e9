package org.faqbot.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.QuestionShape;
import org.faqbot.rules.RuleBook;

/**
 * One question about two of the rules' things joined by "and" ("when do the key and the subscription expire?", "wanneer
 * verlopen de sleutel en het abonnement?"): read as a whole, its cues choose one rule or one entry and the other thing
 * goes unanswered. It is asked as two questions, one about each thing ("when do the key expire? when do the subscription
 * expire?"), which {@link SeveralQuestions} answers each with its own rule, date or question back. The things are the
 * rules' objects (rules.json), in either language, also in plural ("licences", "sleutels").
 */
final class JoinedThings {

    private static final Pattern SENTENCE = Pattern.compile("[^.?!\\n]+[.?!]*\\s*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}']*");
    private static final Set<String> AND = Set.of("and", "en");
    /** A cheap look for a joining word before a sentence is cut into words: most messages have none. */
    private static final Pattern HAS_AND = Pattern.compile("(?<![\\p{L}\\p{N}])(?:[Aa][Nn][Dd]|[Ee][Nn])(?![\\p{L}\\p{N}'])");
    /** Words that may open a thing's phrase: "the key", "onze licenties", "both the key and ...". */
    private static final Set<String> DETERMINERS = Set.of("the", "my", "our", "your", "a", "an", "his", "her", "their", "all",
            "de", "het", "mijn", "onze", "ons", "je", "jouw", "uw", "een", "alle", "zijn", "haar", "hun");
    /** The most words a thing's phrase has besides its determiner ("the Visual Studio subscriptions"). */
    private static final int MOST_WORDS = 4;

    /** The rules' things in either language, each cut into its words once (they are compared at every word). */
    private final List<String[]> objects;

    JoinedThings(RuleBook book) {
        this.objects = book.rules().stream()
                .flatMap(rule -> Stream.of(Lang.values()).flatMap(lang -> rule.spec().objects(lang).stream()))
                .map(object -> object.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip())
                .filter(object -> !object.isEmpty()).distinct().map(object -> object.split(" ")).toList();
    }

    /** {@code text} with its question about two joined things asked as two questions; else {@code text} itself. */
    String split(String text) {
        Matcher sentences = SENTENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        int end = 0;
        while (sentences.find()) {
            out.append(text, end, sentences.start());
            String sentence = sentences.group();
            String asked = HAS_AND.matcher(sentence).find() && QuestionShape.isQuestion(sentence) ? twoQuestions(sentence) : sentence;
            changed |= !asked.equals(sentence);
            out.append(asked);
            end = sentences.end();
        }
        out.append(text.substring(end));
        return changed ? out.toString() : text;
    }

    private record Word(String text, int start, int end) {
    }

    /** The sentence asked once about each of its two joined things, or the sentence itself. */
    private String twoQuestions(String sentence) {
        List<Word> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(sentence);
        while (matcher.find()) {
            words.add(new Word(matcher.group().toLowerCase(java.util.Locale.ROOT), matcher.start(), matcher.end()));
        }
        boolean[] thing = thingWords(words);
        for (int and = 1; and < words.size() - 1; and++) {
            if (!AND.contains(words.get(and).text()) || !thing[and - 1] || sentence.substring(words.get(and - 1).end(), words.get(and).start()).contains(",")) {
                continue;
            }
            int first = and - 1;
            while (first > 0 && thing[first - 1] && and - first < MOST_WORDS) {
                first--;
            }
            if (first > 0 && DETERMINERS.contains(words.get(first - 1).text())) {
                first--;
            }
            int last = and + 1;
            if (DETERMINERS.contains(words.get(last).text()) && last + 1 < words.size()) {
                last++;
            }
            if (!thing[last]) {
                continue;
            }
            while (last + 1 < words.size() && thing[last + 1] && last - and < MOST_WORDS) {
                last++;
            }
            String one = sentence.substring(0, words.get(and - 1).end()) + sentence.substring(words.get(last).end());
            String other = sentence.substring(0, words.get(first).start()) + sentence.substring(words.get(and + 1).start());
            return one.strip() + mark(one) + " " + other.strip() + mark(other) + trailing(sentence);
        }
        return sentence;
    }

    /** A question mark for a question written without one, so that the two are read as two questions. */
    private static String mark(String question) {
        return question.strip().endsWith("?") ? "" : "?";
    }

    private static String trailing(String sentence) {
        return sentence.substring(sentence.stripTrailing().length());
    }

    /**
     * Whether {@code question} names one of the rules' things: such a question is about the FAQ's things even when no
     * entry is near it ("can I reassign the licences?"), so it is named when it goes unanswered.
     */
    boolean namesThing(String question) {
        List<Word> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(question);
        while (matcher.find()) {
            words.add(new Word(matcher.group().toLowerCase(java.util.Locale.ROOT), matcher.start(), matcher.end()));
        }
        for (boolean thing : thingWords(words)) {
            if (thing) {
                return true;
            }
        }
        return false;
    }

    /** Which words are (part of) one of the rules' things: a thing's words at a word's beginning, so also in plural. */
    private boolean[] thingWords(List<Word> words) {
        boolean[] thing = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            for (String[] parts : objects) {
                if (i + parts.length > words.size()) {
                    continue;
                }
                boolean matches = true;
                for (int j = 0; j < parts.length && matches; j++) {
                    String word = words.get(i + j).text();
                    // The last word may be plural or a compound's head ("licences", "sleutels"); the others are whole.
                    matches = j == parts.length - 1 ? word.startsWith(parts[j]) && word.length() <= parts[j].length() + 3
                            : word.equals(parts[j]);
                }
                if (matches) {
                    java.util.Arrays.fill(thing, i, i + parts.length, true);
                }
            }
        }
        return thing;
    }
}
