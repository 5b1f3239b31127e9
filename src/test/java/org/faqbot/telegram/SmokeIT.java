package org.faqbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.faqbot.dialog.Messages;
import org.faqbot.store.InMemoryUpdateJournal;
import org.faqbot.telegram.fake.FakeBotApi;
import org.faqbot.telegram.fake.FakeChat;
import org.faqbot.telegram.fake.FakeUser;
import org.faqbot.telegram.fake.SentMessage;
import org.junit.jupiter.api.Test;

class SmokeIT {
    @Test
    void answers() throws Exception {
        try (FakeBotApi fake = FakeBotApi.start()) {
            TelegramBot bot = TelegramBot.start(TelegramSettings.fromEnv(fake.env()), new ScriptedAssistant(),
                    new InMemoryUpdateJournal(), new Messages(), java.time.Clock.systemUTC());
            FakeUser user = FakeUser.english(42);
            fake.sendText(FakeChat.privateWith(user), user, "/start");
            List<SentMessage> sent = fake.awaitSent(42, 1, Duration.ofSeconds(5));
            System.out.println(sent);
            bot.stop();
            System.out.println(fake.calls());
        }
    }
}
