package org.faqbot.dialog;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.rules.DateRule;
import org.faqbot.rules.RuleBook;

/**
 * The rule an "and the subscription?" follow-up means when its thing has rules of both kinds: the one of the kind just
 * asked. After "until when can I use my key?" the subscription's "until" rule (benefits needing a user assignment, such as
 * VS subscriptions, used until 30 days after the renewal) is meant, not its "from" rule (reassigned 90 days after
 * assignment), though the thing's name alone picks the latter. The thing is matched to the rules' objects (rules.json),
 * singular or plural ("subscription" for "subscriptions"); only a single such rule besides the one just asked is meant.
 */
final class SameKindRule {

    /** Shorter words match objects too loosely as word beginnings ("vs", "de"). */
    private static final int SHORTEST = 4;

    private final RuleBook book;

    SameKindRule(RuleBook book) {
        this.book = book;
    }

    /** The one rule of {@code previous}'s kind, other than it, whose objects name {@code subject}'s thing. */
    Optional<DateRule> of(String subject, Lang lang, DateRule previous) {
        List<String> words = Arrays.stream(subject.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                .filter(word -> word.length() >= SHORTEST).toList();
        List<DateRule> named = book.rules().stream()
                .filter(rule -> rule.getClass() == previous.getClass() && !rule.id().equals(previous.id()))
                .filter(rule -> rule.spec().objects(lang).stream().anyMatch(object -> names(words, object)))
                .toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** Whether one of {@code words} is the one-word {@code object}, or it with a plural ending, or the object's singular. */
    private static boolean names(List<String> words, String object) {
        String bare = object.strip().toLowerCase(Locale.ROOT);
        if (bare.length() < SHORTEST || !bare.matches("\\p{L}+")) {
            return false;
        }
        return words.stream().anyMatch(word -> word.equals(bare) || plural(word, bare) || plural(bare, word));
    }

    private static boolean plural(String longer, String shorter) {
        return longer.startsWith(shorter) && List.of("s", "es", "en", "n").contains(longer.substring(shorter.length()));
    }
}
