package org.faqbot.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A Telegram update as received, kept until it is answered so that none is lost on a crash.
 *
 * @param updateId   Telegram's update_id
 * @param payload    the update as Telegram sent it (JSON)
 * @param receivedAt when it arrived
 */
public record JournaledUpdate(long updateId, String payload, Instant receivedAt) {

    public JournaledUpdate {
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
