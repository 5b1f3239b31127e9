package org.faqbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.OptionalInt;
import org.faqbot.telegram.fake.FakeBotApi;
import org.faqbot.telegram.fake.FakeChat;
import org.faqbot.telegram.fake.FakeUser;
import org.faqbot.telegram.fake.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;

/** Calls made for their effect read only whether the answer is ok; every failure still reads as a failure. */
class TelegramApiIT {

    private final FakeBotApi fake = FakeBotApi.start();
    private final TelegramApi api = TelegramApi.forSending(TelegramSettings.fromEnv(
            fake.env(Map.of(TelegramSettings.RETRY_BASE, "10", TelegramSettings.RETRY_CAP, "20"))));

    TelegramApiIT() {
        fake.addChat(FakeChat.privateWith(new FakeUser(42L, "Ada", "en")));
    }

    @AfterEach
    void stop() {
        api.close();
        fake.close();
    }

    private static SendMessage hello() {
        return SendMessage.builder().chatId(42L).text("hello").build();
    }

    @Test
    void aSentMessageArrives() {
        api.send(hello());
        assertEquals("hello", fake.calls("sendMessage").get(0).text("text"));
    }

    @Test
    void okIsFoundWhereverItStandsInTheAnswer() {
        fake.failNext("sendMessage", new Fault(200, "{\"result\":{\"message_id\":1,\"nested\":{\"ok\":false}},\"ok\":true}"));
        api.send(hello());
    }

    @Test
    void anAnswerThatIsNotOkFailsWithItsCodeEvenWithStatus200() {
        fake.failNext("sendMessage", new Fault(200, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: odd\"}"));
        TelegramCallException failure = assertThrows(TelegramCallException.class, () -> api.send(hello()));
        assertEquals(OptionalInt.of(400), failure.errorCode());
    }

    @Test
    void anUnreadableAnswerFails() {
        fake.failNext("sendMessage", new Fault(200, "<html><body>proxy</body></html>"));
        TelegramCallException failure = assertThrows(TelegramCallException.class, () -> api.send(hello()));
        assertTrue(failure.errorCode().isEmpty(), failure.getMessage());
    }

    @Test
    void aRejectedMessageFailsWithoutRetries() {
        fake.failNext("sendMessage", Fault.badRequest("can't parse entities: unsupported start tag \"x\""));
        TelegramCallException failure = assertThrows(TelegramCallException.class, () -> api.sendWithRetry(hello()));
        assertTrue(failure.htmlRejected(), failure.getMessage());
        assertEquals(1, fake.calls("sendMessage").size());
    }

    @Test
    void sendWithRetryGetsPastAProxyPageAndAServerError() {
        fake.failNext("sendMessage", Fault.badGatewayPage(), Fault.serverError(500));
        api.sendWithRetry(hello());
        assertEquals(3, fake.calls("sendMessage").size());
        assertEquals(200, fake.calls("sendMessage").get(2).status());
    }
}
