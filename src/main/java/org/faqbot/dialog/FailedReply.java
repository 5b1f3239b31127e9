package org.faqbot.dialog;

import org.faqbot.kb.Lang;
import org.faqbot.store.StoreFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What a message gets when handling it failed: one log line for the operator and an apology for the user, never silence. */
final class FailedReply {

    private static final Logger LOG = LoggerFactory.getLogger(FailedReply.class);

    private FailedReply() {
    }

    static Reply apology(IncomingMessage message, RuntimeException e, Texts texts) {
        if (StoreFailures.isStoreFailure(e)) {
            // Not the throwable: its "Caused by:" line would print the database's message, which quotes values.
            LOG.error("failed to handle a message of conversation {}: {}", message.conversationId(), StoreFailures.describe(e));
        } else {
            LOG.error("failed to handle a message of conversation {}", message.conversationId(), e);
        }
        Lang lang = message.langHint().orElse(Lang.EN);
        return Reply.text(lang, ReplyType.SMALLTALK, texts.get(lang, "error.apology"));
    }
}
