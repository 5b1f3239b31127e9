package org.faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.faqbot.dialog.TestAssistants;
import org.faqbot.dialog.TestClock;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.KnowledgeBaseJson;
import org.faqbot.store.StoreSettings;
import org.faqbot.telegram.TelegramSettings;
import org.faqbot.telegram.fake.FakeBotApi;
import org.faqbot.telegram.fake.FakeChat;
import org.faqbot.telegram.fake.FakeUser;
import org.faqbot.telegram.fake.SentMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A running {@code serve} with {@code FAQBOT_KB} set: while a user keeps asking, the file is replaced
 * (the atomic move the README describes) and the new index takes over; every message is answered.
 */
class KbReloadIT {

    private static final String RENEW = "benefits-faq#q-how-do-i-renew-my-benefits";
    private static final String QUESTION = "How do I renew my benefits?";
    /** The renewal entry's answer opens with its question, without the question mark. */
    private static final String HEADING = "How do I renew my benefits";
    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    Path dir;

    private Path write(KnowledgeBase kb, String name) throws IOException {
        Path file = dir.resolve(name);
        KnowledgeBaseJson.write(kb, file);
        return file;
    }

    @Test
    void replacedFileIsSwappedInWhileMessagesKeepBeingAnswered() throws Exception {
        KnowledgeBase full = TestAssistants.benefitsFaq();
        List<FaqEntry> withoutRenew = full.entries().stream().filter(e -> !e.id().equals(RENEW)).toList();
        Path kbFile = write(KnowledgeBase.of(withoutRenew), "kb.json");
        FakeUser user = FakeUser.english(4242);
        FakeChat chat = FakeChat.privateWith(user);
        try (FakeBotApi fake = FakeBotApi.start()) {
            Map<String, String> env = fake.env(Map.of("FAQBOT_KB", kbFile.toString(),
                    "FAQBOT_DATA_DIR", dir.resolve("data").toString(), TelegramSettings.HTTP_PORT, "0",
                    "TELEGRAM_FLOOD_LIMIT_PER_MINUTE", "1000"));
            Server server = Server.start(new Server.Settings(env, TelegramSettings.fromEnv(env), StoreSettings.fromEnv(env),
                    JobSettings.fromEnv(env), TestClock.at("2021-06-01")));
            try {
                fake.sendText(chat, user, QUESTION);
                SentMessage before = fake.awaitSent(chat.id(), 1, WAIT).get(0);
                assertFalse(before.plain().startsWith(HEADING), before.plain());

                Path next = write(full, "kb.json.new");
                Files.move(next, kbFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                Files.setLastModifiedTime(kbFile, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 1000));

                int asked = 1;
                boolean swapped = false;
                long deadline = System.nanoTime() + WAIT.toNanos();
                while (!swapped && System.nanoTime() < deadline) {
                    fake.sendText(chat, user, QUESTION);
                    asked++;
                    SentMessage answer = fake.awaitSent(chat.id(), asked, WAIT).get(asked - 1);
                    swapped = answer.plain().startsWith(HEADING);
                    Thread.sleep(300);
                }

                assertTrue(swapped, "the new knowledge base answers within " + WAIT);
                assertEquals(asked, fake.sentTo(chat.id()).size(), "one answer per message, none dropped during the swap");
            } finally {
                server.close();
            }
        }
    }
}
