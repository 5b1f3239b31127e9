package org.faqbot.telegram;

import org.telegram.telegrambots.meta.api.objects.message.Message;

/** What a Telegram message without text holds: something a user sent, or a note of Telegram's own. */
final class MessageContent {

    private MessageContent() {
    }

    /**
     * Whether a person sent {@code m} as content: a photo, file, sticker, voice note, location, poll, ...
     * Service messages (a pinned message, "allowed to write", an auto-delete timer, a member who joined)
     * are not: the "I only read text" notice would answer something nobody said.
     */
    static boolean isUserContent(Message m) {
        return m.hasPhoto() || m.hasDocument() || m.hasSticker() || m.hasVoice() || m.hasAudio() || m.hasVideo()
                || m.hasVideoNote() || m.hasAnimation() || m.hasLocation() || m.hasContact() || m.hasPoll()
                || m.hasDice() || m.hasGame() || m.hasStory() || m.hasPaidMedia() || m.hasChecklist();
    }
}
