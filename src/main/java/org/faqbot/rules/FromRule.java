package org.faqbot.rules;

import java.time.LocalDate;
import java.util.Objects;

/** A rule whose result is the first day something is allowed: allowed once today is on or after it. */
public record FromRule(RuleSpec spec) implements DateRule {

    public FromRule {
        Objects.requireNonNull(spec, "spec");
    }

    @Override
    public boolean allows(LocalDate today, LocalDate result) {
        return !today.isBefore(result);
    }
}
