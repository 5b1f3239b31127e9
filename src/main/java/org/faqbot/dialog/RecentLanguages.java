package org.faqbot.dialog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.faqbot.kb.Lang;

/**
 * The language each recent conversation last wrote in, so that a command ("/topics") or a very short
 * message ("ok") is answered in the language of the conversation so far. Kept in memory only and
 * bounded: it is a courtesy, not a record of anyone.
 */
final class RecentLanguages {

    private static final int MAX_CONVERSATIONS = 10_000;

    private final Map<String, Lang> byConversation = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Lang> eldest) {
            return size() > MAX_CONVERSATIONS;
        }
    };

    synchronized Optional<Lang> of(String conversationId) {
        return Optional.ofNullable(byConversation.get(conversationId));
    }

    synchronized void remember(String conversationId, Lang lang) {
        byConversation.put(conversationId, lang);
    }
}
