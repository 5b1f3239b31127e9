package org.faqbot.http;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;
import org.faqbot.dialog.RecentErrors;
import org.faqbot.store.QuestionLog;

/**
 * What the maintainers' dashboard reads: the question log (through the same query as
 * {@code faqbot report}), the knowledge base in use and the last errors.
 *
 * @param log    the question log of the configured database
 * @param clock  today and the time zone of the report's weeks
 * @param kb     the knowledge base answering now, asked per page view (a reload changes it)
 * @param errors the running bot's last errors
 */
public record Dashboard(QuestionLog log, Clock clock, Supplier<KbStatus> kb, RecentErrors errors) {

    public Dashboard {
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(kb, "kb");
        Objects.requireNonNull(errors, "errors");
    }

    /**
     * The knowledge base in use.
     *
     * @param source   where it was read from (a file, or the one shipped in the jar)
     * @param entries  how many entries it has
     * @param loadedAt when it was loaded (at start, or at the last reload)
     */
    public record KbStatus(String source, int entries, Instant loadedAt) {
        public KbStatus {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(loadedAt, "loadedAt");
        }
    }
}
