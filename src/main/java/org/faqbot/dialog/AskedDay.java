package org.faqbot.dialog;

import java.util.List;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.CueMatcher;
import org.faqbot.nlu.DateBounds;
import org.faqbot.nlu.DateMention;
import org.faqbot.nlu.Normalized;
import org.faqbot.nlu.QuestionShape;
import org.faqbot.nlu.InvalidDate;
import org.faqbot.nlu.ResolvedDate;

/**
 * The day a yes/no question asks about, when that is not today: in "I redeemed my key on 1 December 2020.
 * Does it still work on 1 January 2022?" the fact is 1 December 2020 and the question is about 1 January
 * 2022. Such a day stands after "on", "until", "op" or "tot" in a clause that is a yes/no question and
 * holds no cue of the fact itself, so "I redeemed it on 3 March, no wait, on 5 March" stays a correction.
 */
final class AskedDay {

    /**
     * What stands just before an asked day: "on", "until", "op", "tot (en met)", and before a holiday "at" and "met" ("will it
     * still work at Christmas?", "werkt hij nog met kerst?").
     */
    private static final Pattern ASKING_PREPOSITION = Pattern.compile(
            "(?:^|[^\\p{L}])(?:on|until|till|til|by|at|include|includes|including|op|tot|tot en met|t/m|met|inclusief)\\s*$");
    private static final Pattern PAST_FORM_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(\\p{L}+ed)\\s+(?:on|until|till|by)\\s*$");
    /** Words in "-ed" before a day that say what is allowed then, not when something was done. */
    private static final Set<String> NOT_PAST = Set.of("allowed", "permitted", "need", "needed", "indeed", "supported");
    private static final Pattern CLAUSE_START = Pattern.compile(".*[.!?,;:]");
    private static final Pattern CLAUSE_END = Pattern.compile("[.!?,;:]");
    /**
     * A question that supposes the rule's action on a day ("what if we renew on 28 February?", "and if I do it then?",
     * "en als ik het op 28 februari doe?"): without the fact's own cue it asks whether the action is allowed that day, as
     * a yes/no question does, rather than giving the rule's date again.
     */
    private static final Pattern SUPPOSING_QUESTION = Pattern.compile(
            "^\\s*(?:(?:and|so|but|en|maar|dus)\\s+)?(?:what if|if|what about if|and if|wat als|als|en als|stel dat|stel)\\s");
    /** "From", "van" or "uit" before a day, with a hedge ("like", "about", "zo'n", "ongeveer") between them or not. */
    private static final Pattern FROM_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(?:from|dated|van|uit)(?:\\s+(?:like|about|around|roughly"
            + "|approximately|approx|some|zo'n|zon|ongeveer|ruwweg|rond|circa|ca|pakweg|een))?\\s*$");
    /** The first word of a day named from this one: "next Christmas", "this Easter", "volgende kerst". */
    private static final Set<String> SHIFT_WORDS = Set.of("next", "this", "coming", "volgende", "komende", "deze", "aanstaande");
    /** The most days after its first that a holiday of a few days lasts (carnaval, Sunday to Tuesday). */
    private static final int MAX_HOLIDAY_EXTRA_DAYS = 2;

    private AskedDay() {
    }

    /**
     * The mention among {@code mentions} that a yes/no question of {@code text} asks about, if any;
     * {@code factCues} are the cues of the fact the rule counts from.
     */
    static Optional<DateMention> find(String text, Lang lang, List<DateMention> mentions, List<String> factCues) {
        String normalized = Normalized.of(text);
        for (DateMention mention : mentions) {
            if ((mention instanceof ResolvedDate || from(mention).isPresent()) && asks(normalized, mention, lang, factCues)) {
                return Optional.of(mention);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether an English past form stands just before the preposition of {@code mention}: "the key I activated on
     * 1 March" dates an action, so its day is no day asked about even in a yes/no question.
     */
    static boolean afterPastForm(String text, DateMention mention) {
        Matcher before = PAST_FORM_BEFORE.matcher(Normalized.of(text).substring(0, mention.start()));
        return before.find() && !NOT_PAST.contains(before.group(1));
    }

    /** Whether "on", "until", "op", "tot" or the like stands just before {@code mention} in {@link Normalized} text. */
    static boolean afterAskingPreposition(String normalized, DateMention mention) {
        // "on my birthday, 12 January 2027": the preposition stands before the day's name (DayApposition).
        return ASKING_PREPOSITION.matcher(normalized.substring(0, DayApposition.start(normalized, mention.start()))).find();
    }

    /**
     * The day a yes/no question asks about when it names a bound or a span, not a day: the first day of a bound that has
     * only a first day ("can I still redeem them after Christmas?" asks about the period that starts then, so about 26
     * December), the last day of one that has only a last day ("can I still use it before Christmas?": 24 December), and
     * the last day of a holiday of a few days ("at oud en nieuw", "met carnaval"), where a "still" holds on all of them
     * when it holds on the last. The bound holds its own preposition. Empty for any other mention.
     */
    static Optional<LocalDate> from(DateMention mention) {
        if (!(mention instanceof InvalidDate invalid) || invalid.problem() != InvalidDate.Problem.NOT_EXACT || invalid.bounds().isEmpty()) {
            return Optional.empty();
        }
        DateBounds bounds = invalid.bounds().get();
        if (bounds.earliest().isEmpty() || bounds.latest().isEmpty()) {
            return bounds.earliest().or(bounds::latest);
        }
        boolean fewDays = !bounds.latest().get().isAfter(bounds.earliest().get().plusDays(MAX_HOLIDAY_EXTRA_DAYS));
        return fewDays ? bounds.latest() : Optional.empty();
    }

    private static boolean asks(String normalized, DateMention mention, Lang lang, List<String> factCues) {
        // A bound holds its preposition ("after Christmas"); a day or a span of days needs one before it ("at carnival"),
        // unless it is counted from today ("will it work next Christmas?", "werkt hij over een jaar nog?").
        boolean openBound = from(mention).isPresent() && !(mention instanceof InvalidDate invalid
                && invalid.bounds().filter(b -> b.earliest().isPresent() && b.latest().isPresent()).isPresent());
        if (!afterAskingPreposition(normalized, mention) && !openBound && (!countedFromToday(mention) || datesAThing(normalized, mention))) {
            return false;
        }
        String clause = clauseAround(normalized, mention);
        boolean question = clause.strip().endsWith("?") && (QuestionShape.isYesNo(clause) || SUPPOSING_QUESTION.matcher(clause).find());
        return question && factCues.stream().noneMatch(cue -> CueMatcher.contains(clause, cue, lang));
    }

    /** Whether {@code text} is a question that supposes an action ("what if we renew on 28 February?", "en als ik het dan doe?"). */
    static boolean supposingQuestion(String text) {
        String normalized = Normalized.of(text);
        return normalized.strip().endsWith("?") && SUPPOSING_QUESTION.matcher(normalized).find();
    }

    /**
     * Whether "from" / "van" stands just before {@code mention}, a hedge between them or not: "my key from like 3 weeks ago
     * still good?" dates the key, so its day counted from today is the thing's own, not a day asked about.
     */
    private static boolean datesAThing(String normalized, DateMention mention) {
        return FROM_BEFORE.matcher(normalized.substring(0, mention.start())).find();
    }

    /** Whether {@code mention} is a day counted from today ("tomorrow", "in a year", "next Christmas", "volgende kerst"). */
    private static boolean countedFromToday(DateMention mention) {
        if (mention instanceof ResolvedDate date && date.relative()) {
            return true;
        }
        String first = Normalized.words(mention.text()).split(" ", 2)[0];
        return mention instanceof ResolvedDate && SHIFT_WORDS.contains(first);
    }

    /** The clause of a mention, with the question mark that ends it, if one does. */
    private static String clauseAround(String normalized, DateMention mention) {
        Matcher before = CLAUSE_START.matcher(normalized.substring(0, DayApposition.start(normalized, mention.start())));
        int from = before.lookingAt() ? before.end() : 0;
        Matcher after = CLAUSE_END.matcher(normalized);
        int to = after.find(mention.end()) ? after.end() : normalized.length();
        return normalized.substring(from, to);
    }
}
