package org.faqbot.telegram;

import org.faqbot.dialog.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.User;

/**
 * What the bot tells Telegram when it starts: who it is (getMe), its command menu, and how updates
 * reach it (a webhook with its secret, or none so that polling works). Rejections that mean a bad
 * setting become {@link SettingsException}s naming it.
 */
final class BotSetup {

    private static final Logger LOG = LoggerFactory.getLogger(BotSetup.class);

    private BotSetup() {
    }

    /**
     * The bot's id and username.
     *
     * @throws SettingsException when Telegram rejects the token (401, or 404 for a malformed one)
     */
    static BotIdentity identify(TelegramApi api, TelegramSettings settings) {
        try {
            User me = api.callWithRetry(new GetMe());
            return new BotIdentity(me.getId(), me.getUserName() == null ? "" : me.getUserName());
        } catch (TelegramCallException e) {
            int code = e.errorCode().orElse(0);
            if (code == 401 || code == 404) {
                throw new SettingsException(TelegramSettings.TOKEN + " was rejected by the Bot API at "
                        + settings.apiUrl() + " (" + code + "): check the token @BotFather gave you");
            }
            throw e;
        }
    }

    /** Sets the Dutch and English command menus; a failure is logged, as the bot works without them. */
    static void setCommandMenu(TelegramApi api, Messages messages) {
        for (SetMyCommands commands : BotCommands.requests(messages)) {
            try {
                api.sendWithRetry(commands);
            } catch (TelegramCallException e) {
                LOG.warn("command menu not set: {}", e.getMessage());
            }
        }
    }

    /** Deletes any webhook (keeping pending updates): Telegram refuses getUpdates while one is set. */
    static void usePolling(TelegramApi api) {
        api.sendWithRetry(DeleteWebhook.builder().dropPendingUpdates(false).build());
    }

    /**
     * Points Telegram at the webhook URL with the secret it must send along.
     *
     * @throws SettingsException when Telegram refuses the URL
     */
    static void useWebhook(TelegramApi api, TelegramSettings settings) {
        try {
            api.setWebhook(SetWebhook.builder()
                    .url(settings.webhookUrl().orElseThrow().toString())
                    .secretToken(settings.webhookSecret())
                    .allowedUpdates(LongPoller.ALLOWED_UPDATES)
                    .build());
        } catch (TelegramCallException e) {
            if (e.errorCode().orElse(0) == 400) {
                throw new SettingsException(TelegramSettings.WEBHOOK_URL + ": Telegram refused '"
                        + settings.webhookUrl().get() + "': " + e.getMessage());
            }
            throw e;
        }
    }
}
