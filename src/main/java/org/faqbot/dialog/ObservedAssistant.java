package org.faqbot.dialog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An assistant that logs one line per handled message and counts it in {@link Metrics}. The line
 * holds a hash of the conversation id, the language, the reply type, the entry id, the confidence
 * and the milliseconds, never the message text (that only at DEBUG), so logs can be kept and shared.
 */
public final class ObservedAssistant implements Assistant {

    private static final Logger LOG = LoggerFactory.getLogger("faqbot.messages");

    private final Assistant inner;
    private final Metrics metrics;

    public ObservedAssistant(Assistant inner, Metrics metrics) {
        this.inner = inner;
        this.metrics = metrics;
    }

    @Override
    public Reply reply(IncomingMessage message) {
        long started = System.nanoTime();
        Reply reply = inner.reply(message);
        long nanos = System.nanoTime() - started;
        metrics.increment("faqbot_messages_total");
        metrics.increment("faqbot_replies_total", "type=\"" + reply.type().code() + "\",lang=\"" + reply.lang().code() + "\"");
        if (reply.type() == ReplyType.FALLBACK) {
            metrics.increment("faqbot_fallbacks_total");
        }
        metrics.observeLatency(nanos);
        LOG.info("chat={} lang={} type={} entry={} intent={} confidence={} ms={}", hash(message.conversationId()),
                reply.lang().code(), reply.type().code(), reply.faqId().orElse("-"), reply.intent().orElse("-"),
                String.format(Locale.ROOT, "%.2f", reply.confidence()), String.format(Locale.ROOT, "%.2f", nanos / 1e6));
        LOG.debug("text of {}: {}", hash(message.conversationId()), message.text());
        return reply;
    }

    @Override
    public List<Reply> lookup(String query, Optional<Lang> langHint, int max) {
        return inner.lookup(query, langHint, max);
    }

    @Override
    public Coverage coverage() {
        return inner.coverage();
    }

    /** The first 12 hex digits of the id's SHA-256: enough to follow one conversation, not to find the person. */
    static String hash(String conversationId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(conversationId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
