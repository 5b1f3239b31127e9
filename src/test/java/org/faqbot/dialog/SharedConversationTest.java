package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.store.Database;
import org.faqbot.store.StoreSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of the bot over one (H2) database, as behind a load balancer: a message may reach the other instance
 * than the one before it, which then knows what the conversation's last replies left (the announced thing, the buttons
 * last shown, the last answer, the language last written in) as the first would have.
 */
class SharedConversationTest {

    @TempDir
    static Path dataDir;
    private static final TestClock CLOCK = TestClock.at("2026-12-06");
    private static Database database;
    private static FaqAssistant first;
    private static FaqAssistant second;

    @BeforeAll
    static void start() {
        database = Database.open(StoreSettings.fromEnv(Map.of(StoreSettings.DATA_DIR, dataDir.toString())), CLOCK);
        first = TestAssistants.standard(CLOCK, database.stores());
        second = TestAssistants.standard(CLOCK, database.stores());
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    private static Reply say(FaqAssistant bot, String conversation, String text, Lang lang) {
        return bot.reply(new IncomingMessage(conversation, "u-" + conversation, text, Optional.of(lang), Optional.empty()));
    }

    /** A message without a language hint (the HTTP API without "lang"): only the conversation tells its language. */
    private static Reply sayUnhinted(FaqAssistant bot, String conversation, String text) {
        return bot.reply(new IncomingMessage(conversation, "u-" + conversation, text, Optional.empty(), Optional.empty()));
    }

    private static List<String> payloads(Reply reply) {
        return reply.choices().stream().map(Choice::payload).toList();
    }

    @Test
    void theOtherInstanceKnowsWhatTheAnnouncementWasAbout() {
        say(first, "tg:41", "I have a question about my product key", Lang.EN);

        Reply asked = say(second, "tg:41", "does it still work?", Lang.EN);

        assertEquals(Optional.of("key_valid_until"), asked.intent(), asked.text());
    }

    @Test
    void theOtherInstancePressesTheButtonTypedByItsPlace() {
        Reply topics = say(first, "tg:42", "/topics", Lang.NL);

        Reply typed = say(second, "tg:42", "de tweede", Lang.NL);

        Reply pressed = say(first, "tg:43", topics.choices().get(1).payload(), Lang.NL);
        assertEquals(pressed.text(), typed.text());
        assertEquals(payloads(pressed), payloads(typed));
    }

    @Test
    void theOtherInstanceSaysTheLastFaqAnswerInTheOtherLanguage() {
        Reply dutch = say(first, "tg:44", "hoe verleng ik mijn voordelen?", Lang.NL);

        Reply english = say(second, "tg:44", "kun je dat in het Engels zeggen?", Lang.NL);

        assertEquals(ReplyType.FAQ, english.type(), english.text());
        assertEquals(Lang.EN, english.lang());
        assertEquals(dutch.faqId(), english.faqId());
    }

    @Test
    void theOtherInstanceSaysTheLastRuleAnswerInTheOtherLanguage() {
        Reply english = say(first, "tg:45", "I redeemed my product key on 2 March 2026, until when can I use it?", Lang.EN);

        Reply dutch = say(second, "tg:45", "in het Nederlands graag", Lang.EN);

        assertEquals(ReplyType.RULE, english.type(), english.text());
        assertEquals(ReplyType.RULE, dutch.type(), dutch.text());
        assertEquals(Lang.NL, dutch.lang());
        assertEquals(english.date(), dutch.date());
        assertEquals(Optional.of(LocalDate.of(2027, 3, 2)), dutch.date());
    }

    @Test
    void theOtherInstanceAnswersAShortMessageInTheLanguageWrittenOnTheFirst() {
        sayUnhinted(first, "tg:48", "hoe verleng ik mijn voordelen?");

        Reply ok = sayUnhinted(second, "tg:48", "ok");

        assertEquals(Lang.NL, ok.lang(), ok.text());
    }

    @Test
    void theOtherInstanceAnswersACommandInTheLanguageWrittenOnTheFirst() {
        sayUnhinted(second, "tg:49", "wanneer verlopen mijn voordelen?");

        Reply help = sayUnhinted(first, "tg:49", "/help");

        assertEquals(Lang.NL, help.lang(), help.text());
    }

    @Test
    void forgetKeepsOnlyTheLanguageOfTheDeletingMessageOnEveryInstance() {
        // The conversation goes on in the language "wis alles" was written in (eighth round M4); the question before is gone.
        sayUnhinted(first, "tg:50", "how do I renew my benefits?");
        sayUnhinted(first, "tg:50", "/forget");
        sayUnhinted(second, "tg:50", "wis alles");

        Reply help = sayUnhinted(first, "tg:50", "/help");
        Reply data = sayUnhinted(second, "tg:50", "/mydata");

        assertEquals(Lang.NL, help.lang(), help.text());
        assertEquals(2, data.text().split("\n- ").length, data.text());
        assertTrue(data.text().contains("Nederlands"), data.text());
    }

    @Test
    void forgetDropsTheLastAnswerOnEveryInstance() {
        say(first, "tg:46", "hoe verleng ik mijn voordelen?", Lang.NL);
        say(first, "tg:46", "/forget", Lang.NL);
        say(second, "tg:46", "wis alles", Lang.NL);

        Reply reply = say(first, "tg:46", "kun je dat in het Engels zeggen?", Lang.NL);

        assertEquals(ReplyType.SMALLTALK, reply.type(), reply.text());
        assertTrue(reply.faqId().isEmpty(), reply.text());
    }

    @Test
    void forgetDropsTheAnnouncedThing() {
        say(first, "tg:47", "I have a question about my product key", Lang.EN);
        say(second, "tg:47", "/forget", Lang.EN);
        say(first, "tg:47", "delete everything", Lang.EN);

        Reply asked = say(first, "tg:47", "does it still work?", Lang.EN);

        assertEquals(Optional.empty(), asked.intent(), asked.text());
    }
}
