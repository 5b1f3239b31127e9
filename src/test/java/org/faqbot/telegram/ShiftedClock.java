package org.faqbot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The system clock, moved ahead by hand: the bot's waits still pass in real time, its dates jump. */
final class ShiftedClock extends Clock {

    private volatile Duration shift = Duration.ZERO;

    void shift(Duration more) {
        shift = shift.plus(more);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(shift);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a shifted clock stays in UTC");
    }
}
