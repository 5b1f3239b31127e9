package org.faqbot.dialog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.DateMention;
import org.faqbot.nlu.NamedMonth;
import org.faqbot.nlu.Normalized;
import org.faqbot.nlu.ResolvedDate;
import org.faqbot.rules.Tense;
import org.faqbot.store.PendingQuestion;
import org.faqbot.store.RecentTurns;

/**
 * Going back on a correction: after "I redeemed it on 3 March ..." and "actually it was 3 April", "no wait, March was
 * right" / "nee wacht, maart klopte toch" means the first date again. It named no date the readers could use (a month
 * alone), nor anything the search knows, so it fell back. The date a correction replaced is kept with the conversation
 * ({@link RecentTurns.Replaced}); a message that says it was right after all, naming that date's month or day or "the
 * first date", answers the open rule question from it again, as a correction does.
 */
final class ReplacedDate {

    /** Saying a date was right after all: "was right", "was correct after all", "klopte toch", "was toch goed". */
    private static final Pattern RIGHT_AFTER_ALL = Pattern.compile("\\b(?:(?:was|is) (?:right|correct|ok|okay|good|true|it)"
            + "|after all|(?:klopt|klopte|was|is)(?: toch| wel| dus| gewoon)* (?:goed|juist|correct|het|toch|wel)|klopte|klopt toch)\\b");
    /** The date given first, named without its day: "the first date", "de eerste datum", "the earlier one". */
    private static final Pattern FIRST_ONE = Pattern.compile("\\b(?:the|de|het) (?:first|earlier|original|old|previous|eerste|eerdere"
            + "|oorspronkelijke|oude|vorige) (?:date|one|day|datum|dag)\\b");

    private final RuleFlow rules;
    private final DateReader dates;

    ReplacedDate(RuleFlow rules, DateReader dates) {
        this.rules = rules;
        this.dates = dates;
    }

    /**
     * Keeps the date {@code turn} corrected away, when it corrected the date the open rule question held in {@code before}
     * ("actually it was 3 April" after 3 March); a new date given otherwise makes the one kept stale, and it is dropped.
     */
    static void note(Turn turn, Optional<PendingQuestion> before, Reply reply) {
        Optional<PendingQuestion> was = before.filter(p -> p.aboutRule() && p.facts().containsKey(p.awaitedFact()));
        Optional<PendingQuestion> now = turn.pending().filter(p -> p.aboutRule() && was.isPresent()
                && p.awaitedFact().equals(was.get().awaitedFact()) && p.facts().containsKey(p.awaitedFact()));
        if (was.isEmpty() || now.isEmpty()) {
            return;
        }
        String fact = was.get().awaitedFact();
        LocalDate old = was.get().facts().get(fact);
        LocalDate given = now.get().facts().get(fact);
        if (old.equals(given)) {
            return;
        }
        boolean corrects = reply.type() == ReplyType.RULE && CorrectionWords.anyCue(" " + Normalized.words(turn.text) + " ")
                && !SupposedNotKept.supposes(turn.text);
        turn.setRecent(turn.recent().withReplaced(corrects ? Optional.of(new RecentTurns.Replaced(fact, old)) : Optional.empty()));
    }

    /** The open rule question answered again from the date a correction replaced, when {@code turn} says it was right. */
    Optional<Reply> answer(Turn turn) {
        Optional<RecentTurns.Replaced> replaced = turn.recent().replacedDate();
        Optional<PendingQuestion> pending = turn.pending().filter(p -> p.aboutRule() && p.readings().isEmpty()
                && replaced.isPresent() && p.awaitedFact().equals(replaced.get().fact())
                && p.facts().containsKey(p.awaitedFact()) && !p.facts().get(p.awaitedFact()).equals(replaced.get().date()));
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        LocalDate first = replaced.get().date();
        String words = Normalized.words(turn.text);
        if (!RIGHT_AFTER_ALL.matcher(words).find() || !(FIRST_ONE.matcher(words).find() || names(turn, first))) {
            return Optional.empty();
        }
        return rules.chooseReading(turn, pending.get(), first);
    }

    /**
     * Whether {@code turn} names {@code first} and no other day: its month ("March was right"), or its day and month
     * ("3 March was right"), in either language, as a short message may be read in the other.
     */
    private boolean names(Turn turn, LocalDate first) {
        for (Lang lang : List.of(turn.lang, turn.lang.other())) {
            List<DateMention> read = dates.read(turn.text, lang, turn.today, Tense.PAST);
            if (!read.isEmpty()) {
                return read.stream().allMatch(m -> m instanceof ResolvedDate date
                        && date.date().getMonth() == first.getMonth() && date.date().getDayOfMonth() == first.getDayOfMonth());
            }
            Optional<NamedMonth> month = NamedMonth.in(turn.text, lang, turn.today);
            if (month.isPresent()) {
                return month.get().month() == first.getMonth() && month.get().year().orElse(first.getYear()) == first.getYear();
            }
        }
        return false;
    }
}
