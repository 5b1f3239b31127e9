package org.faqbot.dialog;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.CueMatcher;
import org.faqbot.nlu.Normalized;
import org.faqbot.rules.DateRule;
import org.faqbot.rules.RuleBook;

/**
 * A follow-up that names a thing of its own with its own date ("and what about my GDAP relationship created on 1 March?",
 * "en mijn GDAP-relatie die op 1 maart is aangemaakt?") where no rule knows the thing: the date is that thing's, so it is
 * never the open rule's date (a key's redemption). Things the rules name ("my other key", "our VS subscription"), people
 * ("my colleague") and words for the date itself ("the day", "that one") are left to the open question.
 */
final class UnknownDatedThing {

    /** The follow-up's lead, then the thing with its determiner: group 1 the thing's words. */
    private static final Pattern THING = Pattern.compile("^(?:(?:and|but|what about|how about|and what about|and how about|en|maar"
            + "|en wat met|wat met|hoe zit het met|en hoe zit het met|en met) )+(?:my|our|the|mijn|onze|ons|m'n|mn|de|het) "
            + "((?:[\\p{L}\\d-]+ ){0,3}?[\\p{L}\\d-]+?)(?: (?:that|which|die|dat))?"
            + " (?:\\p{L}+ed|made|set up|begun|begon|from|of|dated|since|on|van|uit|sinds|op|\\d)");
    /** Words that stand for a date, a person or another of the thing just answered, not a thing of their own. */
    private static final Set<String> NOT_A_THING = Set.of("date", "day", "dates", "days", "one", "ones", "other", "another", "second",
            "first", "third", "next", "last", "same", "time", "datum", "dag", "dagen", "andere", "ander", "tweede", "eerste", "derde",
            "volgende", "zelfde", "keer", "own", "eigen", "colleague", "colleagues", "coworker", "co-worker", "manager", "boss", "teammate",
            "intern", "employee", "partner", "friend", "wife", "husband", "collega", "baas", "leidinggevende", "teamgenoot", "stagiair",
            "medewerker", "werknemer", "compagnon", "vriend", "vriendin", "vrouw", "man",
            // "En de mijne op 2 april?": a possessive after "de" stands for the thing answered, mine beside a colleague's.
            "mijne", "hare", "zijne", "jouwe", "onze");

    private UnknownDatedThing() {
    }

    /** The thing {@code text} names with a date of its own, as written, when no rule of {@code book} knows it. */
    static Optional<String> of(String text, Lang lang, RuleBook book) {
        Matcher matcher = THING.matcher(Normalized.of(text).replaceAll("[,!?]", " ").replaceAll("\\s+", " ").strip());
        if (!matcher.find()) {
            return Optional.empty();
        }
        String thing = matcher.group(1);
        if (Stream.of(thing.split("[ -]")).anyMatch(word -> NOT_A_THING.contains(word) || Colleagues.is(word)) || known(thing, book)) {
            return Optional.empty();
        }
        // As the user wrote it ("GDAP relationship"), where the folded words are found again.
        Matcher written = Pattern.compile(Pattern.quote(thing).replace(" ", "\\E\\s+\\Q"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(text);
        return Optional.of(written.find() ? written.group() : thing);
    }

    /** Whether one of the rules' objects, cues or product things, in either language, is in {@code thing}. */
    private static boolean known(String thing, RuleBook book) {
        for (Lang lang : Lang.values()) {
            Stream<String> words = Stream.concat(book.rules().stream().flatMap(rule -> ruleWords(rule, lang)), book.productThings(lang).stream());
            if (words.map(String::strip).filter(w -> !w.isEmpty()).anyMatch(w -> CueMatcher.contains(thing, w, lang))) {
                return true;
            }
        }
        return false;
    }

    private static Stream<String> ruleWords(DateRule rule, Lang lang) {
        return Stream.concat(rule.spec().objects().getOrDefault(lang, java.util.List.of()).stream(),
                rule.spec().signals().getOrDefault(lang, java.util.List.of()).stream().map(signal -> signal.cue()));
    }
}
