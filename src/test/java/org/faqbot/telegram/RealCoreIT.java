package org.faqbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.faqbot.dialog.TestAssistants;
import org.faqbot.telegram.fake.Call;
import org.faqbot.telegram.fake.FakeBotApi;
import org.faqbot.telegram.fake.FakeChat;
import org.faqbot.telegram.fake.FakeUser;
import org.faqbot.telegram.fake.SentMessage;
import org.faqbot.telegram.fake.StrictHtml;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bot with the real conversation core over the shipped Benefits FAQ, end to end. */
class RealCoreIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static RunningBot running;
    private static FakeBotApi fake;

    @BeforeAll
    static void start() {
        running = RunningBot.start(TestAssistants.standard(Clock.systemDefaultZone()));
        fake = running.fake;
    }

    @AfterAll
    static void stop() {
        running.close();
    }

    private static SentMessage ask(FakeUser user, String text) {
        FakeChat chat = FakeChat.privateWith(user);
        int before = fake.sentTo(chat.id()).size();
        fake.sendText(chat, user, text);
        List<SentMessage> sent = fake.awaitSent(chat.id(), before + 1, WAIT);
        return sent.get(sent.size() - 1);
    }

    @Test
    void dutchQuestionGetsADutchAnswerWithItsSourceAndFeedbackButtons() {
        SentMessage answer = ask(FakeUser.dutch(801), "Hoe kan ik mijn voordelen verlengen?");

        assertTrue(answer.plain().startsWith("Hoe kan ik voordelen verlengen"), answer.plain());
        assertTrue(answer.html().startsWith("<b>Hoe kan ik voordelen verlengen"), answer.html());
        assertTrue(answer.html().contains("Bron: <a href=\"https://docs.microsoft.com/nl-nl/partner-center/benefits-faq"),
                answer.html());
        assertEquals(2, answer.callbackData().size());
        assertTrue(answer.callbackData().get(0).startsWith("/feedback up "));
    }

    @Test
    void englishQuestionGetsAnEnglishAnswer() {
        SentMessage answer = ask(FakeUser.english(802), "How do I renew my benefits?");

        assertTrue(answer.plain().startsWith("How do I renew my benefits"), answer.plain());
        assertTrue(answer.html().contains("Source: <a href=\"https://docs.microsoft.com/en-us/partner-center/benefits-faq"),
                answer.html());
    }

    @Test
    void startOffersExampleQuestionsAndPressingOneAnswersIt() {
        FakeUser user = FakeUser.english(803);
        SentMessage start = ask(user, "/start");
        List<String> choices = start.callbackData();

        fake.pressButton(FakeChat.privateWith(user), user, start, choices.get(0));
        SentMessage answer = fake.awaitSent(user.id(), 2, WAIT).get(1);

        assertTrue(choices.size() >= 2 && choices.size() <= 3, choices.toString());
        choices.forEach(c -> assertTrue(c.getBytes(StandardCharsets.UTF_8).length <= 64, c));
        assertTrue(answer.callbackData().get(0).startsWith("/feedback up "), answer.callbackData().toString());
    }

    @Test
    void thumbsUpIsAcknowledgedAndThanked() {
        FakeUser user = FakeUser.english(804);
        SentMessage answer = ask(user, "How do I renew my benefits?");

        fake.pressButton(FakeChat.privateWith(user), user, answer, answer.callbackData().get(0));

        assertEquals("Thanks for your feedback! Glad it helped.", fake.awaitSent(user.id(), 2, WAIT).get(1).plain());
        assertTrue(fake.calls("answerCallbackQuery").stream().allMatch(Call::ok));
    }

    @Test
    void topicsAreOfferedAsButtons() {
        SentMessage topics = ask(FakeUser.dutch(805), "/topics");

        assertFalse(topics.callbackData().isEmpty());
    }

    @Test
    void inlineQueryFindsEntriesTitledByTheirQuestion() {
        fake.inlineQuery(FakeUser.english(806), "renew benefits");

        Call answer = fake.awaitCall(c -> c.is("answerInlineQuery"), WAIT);

        assertTrue(answer.ok(), answer.response());
        JsonNode first = answer.params().get("results").get(0);
        assertEquals("How do I renew my benefits", first.get("title").asText());
        assertFalse(first.get("description").asText().isBlank());
        StrictHtml.parse(first.at("/input_message_content/message_text").asText());
    }

    @Test
    void everyMessageSentIsAcceptedByTelegram() {
        ask(FakeUser.dutch(807), "Wat betekent de vervaldatum van een voordeel?");
        ask(FakeUser.english(807), "<b>weird & \"question\"</b>");

        assertTrue(fake.calls("sendMessage").stream().allMatch(Call::ok));
    }
}
