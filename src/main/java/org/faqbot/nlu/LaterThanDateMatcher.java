package org.faqbot.nlu;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.faqbot.kb.Lang;

/**
 * A time counted from an earlier date of the same message: "I got the mail on 1 March 2026 and redeemed the key two
 * weeks later", "drie dagen daarna", "a month after that" is that date and the amount; "a bit later", "een tijdje
 * daarna", "after that" alone lie after it, a lower bound as "after 1 March 2026" is. The earlier date is the nearest
 * one before, read one way; without one nothing is read ("I'll do it two weeks later" names no day).
 * {@link DateExtractor#countsFromEarlierDate} tells the dialog which mentions these are, as the earlier date is then another event's.
 */
final class LaterThanDateMatcher implements DateMatcher {

    /** How many tokens back the earlier date may start: one or two clauses, not a date of another paragraph. */
    private static final int ANCHOR_REACH = 40;

    private final List<DateMatcher> dateMatchers;

    /** @param dateMatchers the matchers of the dates a later time may be counted from */
    LaterThanDateMatcher(List<DateMatcher> dateMatchers) {
        this.dateMatchers = List.copyOf(dateMatchers);
    }

    @Override
    public Optional<DateMention> matchAt(Scan scan, int index) {
        Vocabulary words = scan.vocabulary();
        Tokens tokens = scan.tokens();
        Optional<Piece<Period>> amount = OffsetAmount.read(scan, index);
        if (amount.isPresent()) {
            Optional<Piece<Boolean>> later = words.laterThanThat.match(tokens, amount.get().end());
            if (later.isPresent()) {
                return anchor(scan, index).flatMap(from -> counted(scan, index, later.get().end(), from, amount.get().value()));
            }
        }
        Optional<Integer> boundEnd = words.laterVague.match(tokens, index)
                .flatMap(vague -> words.laterThanThat.match(tokens, vague.end())).map(Piece::end)
                .or(() -> words.laterAlone.match(tokens, index).map(Piece::end));
        return boundEnd.flatMap(end -> anchor(scan, index)
                .map(from -> scan.mentions().inexact(index, end, Qualifier.AFTER.bounds(from.date(), scan.today()))));
    }

    private static Optional<DateMention> counted(Scan scan, int from, int to, ResolvedDate anchor, Period amount) {
        try {
            return Optional.of(scan.mentions().resolved(from, to, anchor.date().plus(amount), false, anchor.yearGiven()));
        } catch (DateTimeException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** The last date, read one way and exact, that ends before token {@code index}, within {@value #ANCHOR_REACH} tokens. */
    private Optional<ResolvedDate> anchor(Scan scan, int index) {
        int before = scan.tokens().start(index);
        Optional<DateMention> last = Optional.empty();
        for (int at = Math.max(0, index - ANCHOR_REACH); at < index; at++) {
            int from = at;
            Optional<DateMention> here = dateMatchers.stream().map(m -> m.matchAt(scan, from)).flatMap(Optional::stream)
                    .filter(m -> m.end() <= before).max(Comparator.comparingInt(DateMention::end));
            if (here.isPresent() && (last.isEmpty() || here.get().end() > last.get().end())) {
                last = here;
            }
        }
        return last.filter(ResolvedDate.class::isInstance).map(ResolvedDate.class::cast);
    }

    /**
     * Whether {@code mention} of a message in {@code lang} is a time counted from an earlier date of it ("two weeks
     * later", "daarna"): its last words are one of the words after which such a time is read.
     */
    static boolean countsFromEarlier(DateMention mention, Lang lang) {
        Tokens tokens = Tokenizer.tokenize(mention.text());
        Vocabulary words = Vocabulary.of(lang);
        for (int at = 0; at < tokens.size(); at++) {
            int from = at;
            if (words.laterThanThat.match(tokens, from).filter(p -> p.end() == tokens.size()).isPresent()
                    || words.laterAlone.match(tokens, from).filter(p -> p.end() == tokens.size()).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
