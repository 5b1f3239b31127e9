package org.faqbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.faqbot.dialog.Coverage;
import org.faqbot.dialog.IncomingMessage;
import org.faqbot.dialog.Reply;
import org.faqbot.dialog.ReplyType;
import org.faqbot.kb.Lang;
import org.faqbot.telegram.fake.Call;
import org.faqbot.telegram.fake.FakeBotApi;
import org.faqbot.telegram.fake.FakeChat;
import org.faqbot.telegram.fake.FakeUser;
import org.faqbot.telegram.fake.Fault;
import org.faqbot.telegram.fake.SentMessage;
import org.faqbot.telegram.fake.StrictHtml;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The bot over real HTTP against the fake Bot API, with a scripted core. */
class TelegramBotIT {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final FakeUser SANNE = FakeUser.dutch(42);
    private static final FakeUser ALEX = FakeUser.english(43);
    private static final FakeChat SANNE_CHAT = FakeChat.privateWith(SANNE);
    private static final FakeChat ALEX_CHAT = FakeChat.privateWith(ALEX);
    private static final FakeChat GROUP = FakeChat.group(500, "Partners NL");

    private final ScriptedAssistant core = new ScriptedAssistant();
    private RunningBot running;
    private FakeBotApi fake;

    @BeforeEach
    void start() {
        running = RunningBot.start(core);
        fake = running.fake;
    }

    @AfterEach
    void stop() {
        running.close();
    }

    private SentMessage onlyAnswer(FakeChat chat) {
        List<SentMessage> sent = fake.awaitSent(chat.id(), 1, WAIT);
        return sent.get(sent.size() - 1);
    }

    @Test
    void commandMenuIsSetInDutchAndEnglish() {
        JsonNode dutch = fake.commands("nl");
        JsonNode english = fake.commands("");

        assertEquals("start", dutch.get(0).get("command").asText());
        assertEquals("Start: wat ik kan beantwoorden, met voorbeelden", dutch.get(0).get("description").asText());
        assertEquals("Start: what I can answer, with examples", english.get(0).get("description").asText());
        assertEquals(BotCommands.NAMES.size(), english.size());
        assertEquals(BotCommands.NAMES.size(), dutch.size());
    }

    @Test
    void pollingModeDeletesTheWebhookAtStart() {
        assertEquals(1, fake.calls("deleteWebhook").size());
    }

    @Test
    void messageBecomesAnIncomingMessageOfTheChatAndUser() {
        fake.sendText(SANNE_CHAT, SANNE, "Hoe verleng ik?");

        onlyAnswer(SANNE_CHAT);

        assertEquals(new IncomingMessage("tg:42", "tg:42", "Hoe verleng ik?", Optional.of(Lang.NL), Optional.empty()),
                core.received.peek());
    }

    @Test
    void answersAreSentAsHtml() {
        fake.sendText(ALEX_CHAT, ALEX, "hello");

        SentMessage answer = onlyAnswer(ALEX_CHAT);

        assertEquals("html", answer.parseMode().toLowerCase());
        assertEquals("You wrote: hello", answer.plain());
    }

    @Test
    void startOffersItsChoicesAsButtons() {
        fake.sendText(ALEX_CHAT, ALEX, "/start");

        SentMessage answer = onlyAnswer(ALEX_CHAT);

        assertEquals(List.of("/faq " + ScriptedAssistant.KEY, "/date 2024-03-12"), answer.callbackData());
    }

    @Test
    void pressedButtonIsAcknowledgedAndItsPayloadAnsweredAsIfTyped() {
        fake.sendText(ALEX_CHAT, ALEX, "/start");
        SentMessage menu = onlyAnswer(ALEX_CHAT);

        fake.pressButton(ALEX_CHAT, ALEX, menu, "/faq " + ScriptedAssistant.KEY);
        List<SentMessage> sent = fake.awaitSent(ALEX_CHAT.id(), 2, WAIT);

        assertTrue(fake.calls("answerCallbackQuery").get(0).ok());
        assertTrue(sent.get(1).plain().startsWith("Renew your benefits in Partner Center"), sent.get(1).plain());
    }

    @Test
    void faqAnswerCarriesFeedbackButtons() {
        fake.sendText(ALEX_CHAT, ALEX, "/faq " + ScriptedAssistant.KEY);

        SentMessage answer = onlyAnswer(ALEX_CHAT);

        assertEquals(List.of("/feedback up " + ScriptedAssistant.KEY, "/feedback down " + ScriptedAssistant.KEY),
                answer.callbackData());
    }

    @Test
    void feedbackButtonIsAcknowledgedAndThanked() {
        fake.sendText(SANNE_CHAT, SANNE, "/faq " + ScriptedAssistant.KEY);
        SentMessage answer = onlyAnswer(SANNE_CHAT);

        fake.pressButton(SANNE_CHAT, SANNE, answer, "/feedback up " + ScriptedAssistant.KEY);

        assertEquals("Dank voor je feedback!", fake.awaitSent(SANNE_CHAT.id(), 2, WAIT).get(1).plain());
        assertTrue(fake.awaitCall(c -> c.is("answerCallbackQuery"), WAIT).ok());
    }

    @Test
    void anAnswerIsRatedOnceHoweverOftenItsButtonsArePressed() {
        fake.sendText(SANNE_CHAT, SANNE, "/faq " + ScriptedAssistant.KEY);
        SentMessage answer = onlyAnswer(SANNE_CHAT);

        fake.pressButton(SANNE_CHAT, SANNE, answer, "/feedback down " + ScriptedAssistant.KEY);
        fake.pressButton(SANNE_CHAT, SANNE, answer, "/feedback down " + ScriptedAssistant.KEY);
        fake.pressButton(SANNE_CHAT, SANNE, answer, "/feedback up " + ScriptedAssistant.KEY);
        List<Call> acks = fake.awaitCalls(c -> c.is("answerCallbackQuery"), 3, WAIT);

        assertEquals(1, core.received.stream().filter(m -> m.text().startsWith("/feedback")).count());
        assertEquals("Je hebt dit antwoord al beoordeeld. Dank je!", acks.get(2).text("text"));
        assertEquals(2, fake.sentTo(SANNE_CHAT.id()).size());
    }

    @Test
    void buttonIsAcknowledgedEvenWhenTheCoreFails() {
        fake.sendText(ALEX_CHAT, ALEX, "/start");
        SentMessage menu = onlyAnswer(ALEX_CHAT);

        fake.pressButton(ALEX_CHAT, ALEX, menu, "boom");

        assertTrue(fake.awaitCall(c -> c.is("answerCallbackQuery"), WAIT).ok());
        assertTrue(fake.awaitSent(ALEX_CHAT.id(), 2, WAIT).get(1).plain().startsWith("Sorry, something went wrong"));
    }

    @Test
    void failingCoreGetsAnApologyAndTheBotGoesOn() {
        fake.sendText(SANNE_CHAT, SANNE, "boom");
        fake.sendText(SANNE_CHAT, SANNE, "still there?");

        List<SentMessage> sent = fake.awaitSent(SANNE_CHAT.id(), 2, WAIT);

        assertTrue(sent.get(0).plain().startsWith("Sorry, er ging aan mijn kant iets mis"), sent.get(0).plain());
        assertEquals("You wrote: still there?", sent.get(1).plain());
    }

    @Test
    void tenThousandCharacterMessageIsAnsweredInValidParts() {
        String longMessage = "word ".repeat(2_000);

        fake.sendText(ALEX_CHAT, ALEX, longMessage);
        List<SentMessage> sent = fake.awaitSent(ALEX_CHAT.id(), 3, WAIT);

        assertEquals(3, sent.size());
        assertEquals(("You wrote: " + longMessage.strip()).replace(" ", ""),
                String.join("", sent.stream().map(SentMessage::plain).toList()).replace(" ", ""));
        assertTrue(fake.calls("sendMessage").stream().allMatch(Call::ok));
    }

    @Test
    void htmlSpecialCharactersInUserTextAreShownAsTyped() {
        fake.sendText(ALEX_CHAT, ALEX, "<b>&\" & </i> &amp;");

        SentMessage answer = onlyAnswer(ALEX_CHAT);

        assertEquals("You wrote: <b>&\" & </i> &amp;", answer.plain());
    }

    @Test
    void longAnswerArrivesAsSeveralValidMessages() {
        fake.sendText(ALEX_CHAT, ALEX, "long");

        List<SentMessage> sent = fake.awaitSent(ALEX_CHAT.id(), 3, WAIT);

        for (SentMessage part : sent) {
            assertTrue(part.plain().length() <= 4096);
            assertEquals(part.plain(), StrictHtml.parse(part.html()));
        }
        assertTrue(sent.get(0).plain().startsWith("Paragraph 0"));
        assertTrue(sent.get(2).plain().endsWith("Source: learn.microsoft.com"), sent.get(2).plain());
        assertFalse(sent.get(2).callbackData().isEmpty());
    }

    @Test
    void photoGetsTheTextOnlyNoticeInTheUsersLanguage() {
        fake.sendPhoto(SANNE_CHAT, SANNE);

        SentMessage answer = onlyAnswer(SANNE_CHAT);

        assertEquals("Ik kan alleen tekst lezen. Typ je vraag over partnervoordelen.", answer.plain());
        assertTrue(core.received.isEmpty());
    }

    @Test
    void stickerGetsTheTextOnlyNotice() {
        fake.sendSticker(ALEX_CHAT, ALEX);

        assertEquals("I can only read text. Please type your question about partner benefits.",
                onlyAnswer(ALEX_CHAT).plain());
    }

    @Test
    void withTheDocumentationLoadedTheTextOnlyNoticeAsksAboutTheDocumentation() {
        core.coverage = new Coverage(true, Map.of());

        fake.sendSticker(ALEX_CHAT, ALEX);
        fake.sendPhoto(SANNE_CHAT, SANNE);

        assertEquals("I can only read text. Please type your question about the Partner Center documentation.",
                onlyAnswer(ALEX_CHAT).plain());
        assertEquals("Ik kan alleen tekst lezen. Typ je vraag over de documentatie van Partner Center.", onlyAnswer(SANNE_CHAT).plain());
    }

    @Test
    void photoWithAQuestionInItsCaptionIsAnswered() {
        fake.sendMessage(ALEX_CHAT, ALEX, m -> m.put("caption", "is this benefit expired?").putArray("photo")
                .addObject().put("file_id", "AgAC").put("file_unique_id", "AQAD").put("width", 90).put("height", 67));

        assertEquals("You wrote: is this benefit expired?", onlyAnswer(ALEX_CHAT).plain());
    }

    @Test
    void anonymousGroupAdminWhoMentionsTheBotIsAnswered() {
        FakeUser anonymous = new FakeUser(1087968824L, "Group", "");
        fake.sendMessage(GROUP, anonymous, m -> {
            ((com.fasterxml.jackson.databind.node.ObjectNode) m.get("from")).put("is_bot", true).put("username", "GroupAnonymousBot");
            m.putObject("sender_chat").put("id", GROUP.id()).put("type", "supergroup").put("title", GROUP.title());
            m.put("text", "@FaqTestBot how do I renew?");
        });

        assertEquals("You wrote: how do I renew?", onlyAnswer(GROUP).plain());
    }

    @Test
    void questionInAForumTopicIsAnsweredInThatTopic() {
        fake.sendMessage(GROUP, ALEX, m -> m.put("message_thread_id", 17).put("is_topic_message", true)
                .put("text", "@FaqTestBot how do I renew?"));

        Call answer = fake.awaitCall(c -> c.is("sendMessage") && c.chatId() == GROUP.id() && c.ok(), WAIT);

        assertEquals(17, answer.params().path("message_thread_id").asInt());
    }

    @Test
    void groupMessageWithoutMentionIsNotAnswered() {
        fake.sendText(GROUP, SANNE, "does anyone know about benefits?");
        fake.sendText(GROUP, SANNE, "@FaqTestBot how do I renew?");

        List<SentMessage> sent = fake.awaitSent(GROUP.id(), 1, WAIT);

        assertEquals(1, sent.size());
        assertEquals("You wrote: how do I renew?", sent.get(0).plain());
    }

    @Test
    void groupCommandsForThisBotAreAnsweredAndForOthersNot() {
        fake.sendText(GROUP, ALEX, "/start@OtherBot");
        fake.sendText(GROUP, ALEX, "/help@FaqTestBot");

        SentMessage answer = onlyAnswer(GROUP);

        assertEquals("You wrote: /help", answer.plain());
        assertEquals(1, core.received.size());
    }

    @Test
    void replyToTheBotInAGroupIsAnswered() {
        fake.sendText(GROUP, ALEX, "@FaqTestBot hello");
        SentMessage first = onlyAnswer(GROUP);

        fake.sendReply(GROUP, ALEX, "and for Azure credits?", first);

        assertEquals("You wrote: and for Azure credits?", fake.awaitSent(GROUP.id(), 2, WAIT).get(1).plain());
    }

    @Test
    void editedMessageIsAnsweredAgain() {
        fake.sendText(ALEX_CHAT, ALEX, "how do I renw?");
        SentMessage first = onlyAnswer(ALEX_CHAT);

        fake.editText(ALEX_CHAT, ALEX, first.messageId() - 1, "how do I renew?");

        assertEquals("You wrote: how do I renew?", fake.awaitSent(ALEX_CHAT.id(), 2, WAIT).get(1).plain());
    }

    @Test
    void inlineQueryIsAnsweredWithArticles() {
        fake.inlineQuery(SANNE, "renew");

        Call answer = fake.awaitCall(c -> c.is("answerInlineQuery"), WAIT);

        assertTrue(answer.ok(), answer.response());
        JsonNode article = answer.params().get("results").get(0);
        assertEquals("article", article.get("type").asText());
        assertEquals(ScriptedAssistant.KEY, article.get("id").asText());
        assertEquals("How do I renew my benefits?", article.get("title").asText());
        assertEquals("Renew your benefits in Partner Center & <b>now</b>.", article.get("description").asText());
        assertEquals("html", article.at("/input_message_content/parse_mode").asText().toLowerCase());
        assertTrue(answer.params().get("cache_time").asInt() <= 60);
    }

    @Test
    void emptyInlineQueryGetsNoResults() {
        fake.inlineQuery(SANNE, " ");

        Call answer = fake.awaitCall(c -> c.is("answerInlineQuery"), WAIT);

        assertTrue(answer.ok());
        assertEquals(0, answer.params().get("results").size());
    }

    @Test
    void senderDeliversToTelegramConversationsOnly() {
        fake.sendText(ALEX_CHAT, ALEX, "hi");
        onlyAnswer(ALEX_CHAT);
        Reply reminder = Reply.text(Lang.EN, ReplyType.SMALLTALK, "Reminder: your key expires **tomorrow**.");

        boolean sentToTelegram = running.bot.sender().send("tg:" + ALEX_CHAT.id(), reminder);
        boolean sentElsewhere = running.bot.sender().send("cli:local", reminder);

        assertTrue(sentToTelegram);
        assertFalse(sentElsewhere);
        assertTrue(fake.awaitSent(ALEX_CHAT.id(), 2, WAIT).get(1).plain().startsWith("Reminder: your key expires"));
    }

    @Test
    void senderReportsAChatThatBlockedTheBotAsUnreachableInsteadOfThrowing() {
        fake.addChat(ALEX_CHAT);
        fake.failNext("sendMessage", new Fault(403, "{\"ok\":false,\"error_code\":403,"
                + "\"description\":\"Forbidden: bot was blocked by the user\"}"));
        Reply reminder = Reply.text(Lang.EN, ReplyType.SMALLTALK, "Reminder: your key expires tomorrow.");

        boolean delivered = running.bot.sender().send("tg:" + ALEX_CHAT.id(), reminder);

        assertFalse(delivered);
    }

    @Test
    void messagesOfOneChatAreAnsweredInOrder() {
        for (int i = 0; i < 30; i++) {
            fake.sendText(SANNE_CHAT, SANNE, "message " + i);
        }

        List<SentMessage> sent = fake.awaitSent(SANNE_CHAT.id(), 20, WAIT);

        for (int i = 0; i < 20; i++) {
            assertEquals("You wrote: message " + i, sent.get(i).plain());
        }
    }

    @Test
    void aSlowChatDoesNotHoldUpOthers() {
        fake.sendText(SANNE_CHAT, SANNE, "block");
        fake.sendText(ALEX_CHAT, ALEX, "hello");

        assertEquals("You wrote: hello", onlyAnswer(ALEX_CHAT).plain());
        assertTrue(fake.sentTo(SANNE_CHAT.id()).isEmpty());
        core.release.countDown();
        onlyAnswer(SANNE_CHAT);
    }
}
