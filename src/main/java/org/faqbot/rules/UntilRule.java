package org.faqbot.rules;

import java.time.LocalDate;
import java.util.Objects;

/** A rule whose result is the last day something is allowed: allowed while today is on or before it. */
public record UntilRule(RuleSpec spec) implements DateRule {

    public UntilRule {
        Objects.requireNonNull(spec, "spec");
    }

    @Override
    public boolean allows(LocalDate today, LocalDate result) {
        return !today.isAfter(result);
    }
}
