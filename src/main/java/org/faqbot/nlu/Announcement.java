package org.faqbot.nlu;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Announcing a question, for {@link SmallTalk}: "ik heb een vraag", "we hebben een vraagje over onze voordelen", "I've
 * got a question about my key", "quick question". Alone, or with what it will be about in a few words, the question
 * itself is still to come; before the question ("ik heb een vraag: hoe verleng ik ...") it is dropped, unless it names
 * the topic, which belongs to the question.
 */
final class Announcement {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[,!.:;\\s]+");
    /** The words that introduce what an announced question is about. */
    private static final String TOPIC_WORDS = "(?:over|about|regarding|on|omtrent|mbt|ivm|voor|for)";
    private static final Pattern TOPIC_START = Pattern.compile("^" + TOPIC_WORDS + "\\b", Pattern.CASE_INSENSITIVE);
    /**
     * The phrase on normalised words without apostrophes ("I've" is "ive"), with the user or their company as its
     * subject or none ("heb een vraagje", "got a question"); group 1 is what it is about, when it says.
     */
    private static final Pattern PHRASE = Pattern.compile("^(?:(?:(?:ik|we|wij) )?(?:heb|had|hebben|hadden) (?:even |nog |ook )?"
            + "(?:een (?:vraag|vraagje|paar vragen)|vragen|een vraag(?:je)? voor je)|(?:een )?vraagje|(?:een )?snelle vraag"
            + "|(?:mag|kan) ik (?:je |u )?(?:iets|wat|een vraag|even wat|even iets) vragen"
            + "|(?:(?:(?:i|we) )?(?:have|have got|ve got|got|ve)|ive got|ive|weve got|weve) "
            + "(?:a (?:quick )?question|some questions|a few questions|a couple of questions|questions)"
            + "|(?:a )?quick (?:question|q)|(?:een )?(?:snel|kort) vraagje|(?:een )?korte vraag"
            + "|(?:can|may|could) i ask (?:you )?(?:something|a question|a quick question))"
            + "(?: " + TOPIC_WORDS + " ((?:\\S+ ){0,2}\\S+))?$");
    /**
     * The words an announcement can open with, after a filler: a message that opens with none of them is no
     * announcement, so most questions skip the pattern (it is tried on several heads of a message).
     */
    private static final Set<String> STARTS = Set.of("ik", "we", "wij", "heb", "had", "hebben", "hadden", "een", "vraagje",
            "snelle", "snel", "kort", "korte",
            "mag", "kan", "i", "ive", "weve", "have", "got", "a", "quick", "can", "may", "could", "ok", "oke", "okay",
            "oh", "ah", "nou", "well", "so", "en", "and", "please", "pls", "plz");
    /** The most words in front of a question that are tried as its announcement. */
    private static final int MAX_HEAD_WORDS = 7;

    private Announcement() {
    }

    /** Whether {@code bare} (normalised words, without apostrophes, filler and address) is an announcement. */
    static boolean is(String bare) {
        return opensOne(bare) && PHRASE.matcher(bare).matches();
    }

    /**
     * "Ik heb een vraag: hoe verleng ik ..." without its announcement; one that names its topic ("a question
     * about my key, ...") is kept, since the topic belongs to the question.
     */
    static String strip(String text) {
        if (!opensOne(SmallTalk.firstWord(text))) {
            return text;
        }
        List<String> words = List.of(SPACES.split(text.strip()));
        for (int n = Math.min(MAX_HEAD_WORDS, words.size() - 1); n >= 1; n--) {
            String head = String.join(" ", QuestionShape.tokens(String.join(" ", words.subList(0, n)))).replace("'", "");
            Matcher announcement = PHRASE.matcher(SmallTalk.withoutFiller(head));
            if (announcement.matches()) {
                String rest = LEADING_PUNCTUATION.matcher(String.join(" ", words.subList(n, words.size()))).replaceFirst("");
                return announcement.group(1) != null || TOPIC_START.matcher(rest).find() ? text : rest;
            }
        }
        return text;
    }

    /** Whether {@code phrase} (normalised words) opens with a word an announcement can open with. */
    private static boolean opensOne(String phrase) {
        int space = phrase.indexOf(' ');
        return STARTS.contains((space < 0 ? phrase : phrase.substring(0, space)).replace("'", ""));
    }
}
