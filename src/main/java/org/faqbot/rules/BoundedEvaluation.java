package org.faqbot.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A rule applied to a fact known only within bounds, on a given today: "I redeemed it more than a year ago"
 * puts the redeem date on or before the day a year ago, and the key's last day on or before yesterday, so the
 * key is certainly no longer usable; "more than 6 months ago" leaves both answers open.
 *
 * <p>The two ends decide for every day between them, for any rule and period: the result never moves back
 * when the fact moves forward (a period added to a later day gives the same day or a later one), and whether a
 * rule allows something changes at most once as the result moves (an until rule allows the later results, a
 * from rule the earlier ones). So when the earliest and the latest result give the same answer, every fact
 * within the bounds gives it too. An open end stands for a result as far as dates go.
 *
 * @param earliestResult the first day the rule's result may be (inclusive); empty when it is open
 * @param latestResult   the last day the rule's result may be (inclusive); empty when it is open
 * @param allowed        whether the rule allows the thing today for every fact within the bounds; empty when
 *                       that depends on the exact day
 */
public record BoundedEvaluation(DateRule rule, Optional<LocalDate> earliestResult, Optional<LocalDate> latestResult, LocalDate today,
        Optional<Boolean> allowed) {

    public BoundedEvaluation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(earliestResult, "earliestResult");
        Objects.requireNonNull(latestResult, "latestResult");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(allowed, "allowed");
    }

    /**
     * The rule applied to a fact that lies from {@code earliestFact} to {@code latestFact}, both inclusive
     * and either open (empty).
     *
     * @throws IllegalArgumentException when the earliest fact lies after the latest
     */
    public static BoundedEvaluation of(DateRule rule, Optional<LocalDate> earliestFact, Optional<LocalDate> latestFact, LocalDate today) {
        if (earliestFact.isPresent() && latestFact.isPresent() && earliestFact.get().isAfter(latestFact.get())) {
            throw new IllegalArgumentException("rule '" + rule.id() + "': the earliest fact " + earliestFact.get()
                    + " lies after the latest " + latestFact.get());
        }
        Optional<LocalDate> earliest = earliestFact.map(rule::apply);
        Optional<LocalDate> latest = latestFact.map(rule::apply);
        boolean atEarliest = rule.allows(today, earliest.orElse(LocalDate.MIN));
        boolean atLatest = rule.allows(today, latest.orElse(LocalDate.MAX));
        Optional<Boolean> allowed = atEarliest == atLatest ? Optional.of(atEarliest) : Optional.empty();
        return new BoundedEvaluation(rule, earliest, latest, today, allowed);
    }
}
