package org.faqbot.telegram;

import java.util.Optional;
import java.util.OptionalInt;
import org.faqbot.store.UpdateJournal;

/**
 * Where the bot's updates come from: the long poller, the bot's own webhook server, or the webhook mounted on
 * a shared HTTP server. Opened in two steps because they sit on either side of answering what the last run
 * left unanswered: webhook calls may be taken (and journaled) at once, but a long poll starts only after that
 * replay. Not thread-safe: the bot opens and stops it.
 */
final class UpdateSource {

    private final TelegramSettings settings;
    private final Optional<Integration.WebhookMount> mount;
    private final TelegramApi sendApi;
    private final TelegramApi pollApi;
    private final UpdateIntake intake;
    private final UpdateJournal journal;
    private final WebhookHandler webhookHandler;
    private LongPoller poller;
    private WebhookServer webhookServer;

    UpdateSource(TelegramSettings settings, Optional<Integration.WebhookMount> mount, TelegramApi sendApi,
                 TelegramApi pollApi, UpdateIntake intake, UpdateJournal journal, WebhookHandler webhookHandler) {
        this.settings = settings;
        this.mount = mount;
        this.sendApi = sendApi;
        this.pollApi = pollApi;
        this.intake = intake;
        this.journal = journal;
        this.webhookHandler = webhookHandler;
    }

    /** Takes webhook calls and registers the webhook, or, when polling, removes a webhook Telegram still has. */
    void connect() {
        if (settings.webhookMode()) {
            listen();
        } else {
            BotSetup.usePolling(sendApi);
        }
    }

    /** Starts the long poll; nothing to do in webhook mode. */
    void startPolling() {
        if (!settings.webhookMode()) {
            poller = new LongPoller(pollApi, intake, journal, settings.pollLimit(), settings.pollTimeout());
            poller.start();
        }
    }

    private void listen() {
        String path = settings.webhookUrl().orElseThrow().getPath();
        String mountPath = path == null || path.isEmpty() ? "/" : path;
        if (mount.isPresent()) {
            mount.get().mount(mountPath, webhookHandler);
        } else {
            webhookServer = WebhookServer.start(settings.httpPort(), mountPath, webhookHandler);
        }
        BotSetup.useWebhook(sendApi, settings);
    }

    /** Stops taking updates; a webhook mounted on a shared server is left to that server. */
    void stop() throws InterruptedException {
        if (poller != null) {
            poller.stop();
        }
        if (webhookServer != null) {
            webhookServer.close();
        }
    }

    /** The port the bot's own webhook server listens on; empty when polling or mounted. */
    OptionalInt webhookPort() {
        return webhookServer == null ? OptionalInt.empty() : OptionalInt.of(webhookServer.port());
    }

    /** How updates come in, for the start-up log line. */
    String describe() {
        return !settings.webhookMode() ? "long polling"
                : webhookServer == null ? "webhook on the shared HTTP server" : "webhook on port " + webhookServer.port();
    }
}
