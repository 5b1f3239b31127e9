package org.faqbot.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A date question the bot asked back and is waiting on, e.g. "On what date did you redeem the key?".
 *
 * @param intent      the rule the user asked about, e.g. {@code key_valid_until}
 * @param awaitedFact the fact the bot asked for, e.g. {@code redeemed_on}
 * @param facts       facts already known for this question, by fact name
 * @param readings    when the bot asked which of two readings of a date was meant: the readings, else empty
 * @param yesNo       whether the user's question was a yes/no question ("can I still ...?")
 * @param askedAt     when the bot asked; a pending question expires 15 minutes later
 */
public record PendingQuestion(
        String intent,
        String awaitedFact,
        Map<String, LocalDate> facts,
        List<LocalDate> readings,
        boolean yesNo,
        Instant askedAt) {

    public PendingQuestion {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(awaitedFact, "awaitedFact");
        facts = Map.copyOf(new TreeMap<>(facts));
        readings = List.copyOf(readings);
        Objects.requireNonNull(askedAt, "askedAt");
    }
}
