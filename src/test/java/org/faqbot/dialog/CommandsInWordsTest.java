package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Commands asked in plain words, small talk, language names and a number typed under no buttons (sixth test round). */
class CommandsInWordsTest {

    private final TestClock clock = TestClock.at("2021-06-15");
    private final Stores stores = Stores.inMemory();
    private final FaqAssistant bot = TestAssistants.standard(clock, stores);

    private Reply say(String text, Lang hint) {
        return bot.reply(new IncomingMessage("tg:1", "tg:u1", text, Optional.of(hint), Optional.empty()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"please erase all my personal data|EN|Shall I delete", "wis al mijn gegevens aub|EN|Zal ik alles wissen"})
    void deletingInWordsOnlyAsksWithTheButton(String text, Lang hint, String expected) {
        say("remember that our benefits expire on 31 January 2022", Lang.EN);

        Reply reply = say(text, hint);

        assertTrue(reply.text().startsWith(expected), reply.text());
        assertEquals("/forget confirm", reply.choices().get(0).payload());
        assertEquals(1, stores.profiles().facts("tg:u1").size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"which data do you have on me?|NL|This is what I keep about you", "wat heb je allemaal van mij opgeslagen?|EN|Dit bewaar ik over je"})
    void myDataInWordsShowsItInTheWordsLanguage(String text, Lang hint, String expected) {
        say("remember that our benefits expire on 31 January 2022", Lang.EN);

        Reply reply = say(text, hint);

        assertTrue(reply.text().startsWith(expected), reply.text());
        assertTrue(reply.text().contains("2022"), reply.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"could you remind me a week before it expires?|EN|1|7", "kun je me eraan herinneren?|NL|3|30"})
    void remindInWordsAfterAnAnswerRemindsOfItsDate(String text, Lang lang, int count, int earliestDaysBefore) {
        say("I redeemed my product key on 1 May 2021, until when can I use it?", Lang.EN);

        Reply reply = say(text, lang);

        assertEquals(lang, reply.lang());
        // The one date just answered is the one meant (chat17; chat16 offered it as a button), with the lead asked for.
        assertEquals(count, stores.reminders().pending("tg:u1").size(), reply.text());
        assertEquals(earliestDaysBefore, stores.reminders().pending("tg:u1").get(0).daysBefore(), reply.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"turn off my reminders|NL|Your reminders:", "geen herinneringen meer graag|EN|Je herinneringen:"})
    void stoppingRemindersInWordsListsThemWithCancelButtons(String text, Lang hint, String expected) {
        say("remember that our benefits expire on 31 January 2022", Lang.EN);
        say("/remind benefit_expiry", Lang.EN);

        Reply reply = say(text, hint);

        assertTrue(reply.text().startsWith(expected), reply.text());
        assertTrue(reply.choices().get(0).payload().startsWith(ReminderList.CANCEL_PAYLOAD), reply.text());
        assertEquals(3, stores.reminders().pending("tg:u1").size());
    }

    @Test
    void aQuestionOnItsOwnHasNoDataToShow() {
        Reply reply = bot.reply(IncomingMessage.standalone("ask:1", "show me my data", Optional.of(Lang.EN), Optional.empty()));

        assertEquals(ReplyType.CLARIFY, reply.type(), reply.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"/lang nederlands|NL", "/lang Dutch|NL", "/taal engels|EN", "/lang english|EN"})
    void langTakesTheLanguagesName(String command, Lang expected) {
        Reply reply = say(command, expected == Lang.NL ? Lang.EN : Lang.NL);

        assertEquals(expected, reply.lang(), reply.text());
        assertTrue(reply.choices().isEmpty(), reply.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"and in Dutch?|NL", "en in het Engels?|EN"})
    void theOtherLanguageAfterAnAndSaysTheAnswerAgain(String text, Lang expected) {
        say(expected == Lang.NL ? "How do I renew my benefits?" : "Hoe verleng ik mijn voordelen?", expected == Lang.NL ? Lang.EN : Lang.NL);

        Reply reply = say(text, expected == Lang.NL ? Lang.EN : Lang.NL);

        assertEquals(expected, reply.lang(), reply.text());
        assertEquals(ReplyType.FAQ, reply.type(), reply.text());
    }

    @Test
    void aLanguageNotSpokenIsSaidToBeNotSpoken() {
        say("How do I renew my benefits?", Lang.EN);

        Reply reply = say("and in French?", Lang.EN);

        assertTrue(reply.text().startsWith("I can't answer in \"french\""), reply.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"3|EN|There is nothing to pick", "optie 3|NL|Er is nu niets om uit te kiezen"})
    void aNumberUnderNoButtonsSaysThereIsNothingToPick(String text, Lang lang, String expected) {
        say(lang == Lang.EN ? "How do I renew my benefits?" : "Hoe verleng ik mijn voordelen?", lang);

        Reply reply = say(text, lang);

        assertTrue(reply.text().startsWith(expected), reply.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"no, that's not right|Sorry if I got that wrong", "nee hoor, dat is onjuist|Sorry als ik dat verkeerd had",
        "could I talk to somebody from Microsoft?|I'm a bot and can't put you through", "nog een fijne dag!|Tot ziens",
        "my apologies|No problem", "hiii 🙂|Hello!"})
    void smallTalkOfTheSixthRoundIsAnswered(String text, String expected) {
        say("I redeemed my product key on 1 May 2021, until when can I use it?", Lang.EN);

        Reply reply = say(text, Lang.EN);

        assertEquals(ReplyType.SMALLTALK, reply.type(), reply.text());
        assertTrue(reply.text().startsWith(expected), reply.text());
    }
}
