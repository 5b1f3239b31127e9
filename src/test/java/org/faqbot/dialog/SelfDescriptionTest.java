package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.faqbot.kb.EntryKind;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.DateExtractor;
import org.faqbot.nlu.LanguageDetector;
import org.faqbot.nlu.SmallTalk;
import org.faqbot.rules.RuleBook;
import org.faqbot.search.FaqIndex;
import org.faqbot.search.SearchSettings;
import org.faqbot.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** What the bot says about itself on the home pages alone and with other pages, for small knowledge bases of our own. */
class SelfDescriptionTest {

    private static final List<String> HOME = List.of("home");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final Texts TEXTS = new Texts(new Messages());
    /** How the Benefits FAQ's texts say what the bot answers; none of them fits the whole documentation. */
    private static final List<String> ABOUT_MPN = List.of("about your MPN benefits", "about Microsoft partner-programme (MPN) benefits",
            "about your Microsoft partner-programme (MPN) benefits", "over je MPN-voordelen",
            "over de voordelen van het Microsoft-partnerprogramma", "over je voordelen in het Microsoft-partnerprogramma");

    private static SelfDescription homePagesAlone() {
        List<FaqEntry> entries = new ArrayList<>();
        for (int n = 1; n <= 4; n++) {
            entries.add(KnownTopicsTest.entry("home", EntryKind.QA, n));
        }
        return new SelfDescription(new KnownTopics(KnowledgeBase.of(entries), HOME), TEXTS);
    }

    private static SelfDescription documentation() {
        return new SelfDescription(new KnownTopics(KnownTopicsTest.documentation(), HOME), TEXTS);
    }

    private static List<String> labels(Reply reply) {
        return reply.choices().stream().map(Choice::label).toList();
    }

    private static boolean saysMpnBenefits(Reply reply) {
        return ABOUT_MPN.stream().anyMatch(reply.text()::contains);
    }

    @Test
    void theAssistantOverOtherPagesDescribesItselfAsTheDocumentationsBot() {
        // The rules need the Benefits FAQ's entries; a page of our own before it makes it documentation.
        List<FaqEntry> entries = new ArrayList<>(List.of(KnownTopicsTest.entry("other", EntryKind.QA, 1)));
        entries.addAll(TestAssistants.benefitsFaq().entries());
        KnowledgeBase kb = KnowledgeBase.of(entries);
        // The words-only index: what the bot says about itself does not depend on the search.
        FaqAssistant bot = FaqAssistant.of(new AssistantParts(kb, FaqIndex.build(kb, SearchSettings.defaults()), LanguageDetector.create(),
                new DateExtractor(), RuleBook.standard(), new Messages(), Stores.inMemory(), TestClock.at("2026-12-06"),
                DialogSettings.standard()));

        List<Reply> replies = Stream.of("/start", "/help", "wie ben jij?", "hallo")
                .map(text -> bot.reply(IncomingMessage.of("c1", text))).toList();

        replies.forEach(reply -> assertTrue(reply.text().contains("Microsoft Partner Center"), reply.text()));
        assertEquals("Vraag 1 van other?", labels(replies.get(3)).get(2));
    }

    @Test
    void onTheHomePagesStartSaysItAnswersAboutMpnBenefits() {
        Reply reply = homePagesAlone().start(Lang.EN);

        assertEquals(TEXTS.get(Lang.EN, "start.text"), reply.text());
        assertEquals(List.of("Question 1 of home?", "Question 2 of home?", TEXTS.get(Lang.EN, "start.example.date")), labels(reply));
    }

    @Test
    void withOtherPagesStartSaysItAnswersFromTheDocumentationWithItsExamples() {
        Reply reply = documentation().start(Lang.EN);

        assertTrue(reply.text().contains("I answer questions from the Microsoft Partner Center documentation"), reply.text());
        assertEquals(List.of("Question 1 of home?", "Question 2 of home?", TEXTS.get(Lang.EN, "start.example.date")), labels(reply));
    }

    @Test
    void onTheHomePagesHelpIsTheBenefitsFaqsWithEveryCommand() {
        Reply reply = homePagesAlone().help(Lang.NL);

        assertTrue(reply.text().startsWith("Stel je vraag over je MPN-voordelen in je eigen woorden"), reply.text());
        assertTrue(reply.text().contains("- /reminders:"), reply.text());
    }

    @Test
    void withOtherPagesHelpSaysTheDocumentationWithEveryCommand() {
        for (Lang lang : Lang.values()) {
            Reply reply = documentation().help(lang);

            assertTrue(reply.text().contains("Microsoft Partner Center"), reply.text());
            assertFalse(saysMpnBenefits(reply), reply.text());
            assertTrue(reply.text().contains("- /start:") && reply.text().contains("- /reminders:"), reply.text());
        }
    }

    @Test
    void onTheHomePagesTheGreetingNamesItsOwnExampleWithoutButtons() {
        Reply reply = homePagesAlone().smallTalk(Lang.EN, SmallTalk.Kind.GREETING, TODAY);

        assertEquals("Hello! Ask me anything about your MPN benefits, for example: How do I renew my benefits?", reply.text());
        assertEquals(List.of(), reply.choices());
    }

    @Test
    void withOtherPagesTheGreetingOffersTheDocumentationsExamples() {
        Reply reply = documentation().smallTalk(Lang.NL, SmallTalk.Kind.GREETING, TODAY);

        assertTrue(reply.text().contains("over de documentatie van Microsoft Partner Center"), reply.text());
        assertEquals(List.of("Vraag 1 van home?", "Vraag 2 van home?", "Vraag 1 van three?"), labels(reply));
    }

    @Test
    void withOtherPagesAskingWhetherAnyoneIsThereOffersTheDocumentationsExamples() {
        Reply reply = documentation().smallTalk(Lang.EN, SmallTalk.Kind.ANYONE_THERE, TODAY);

        assertTrue(reply.text().startsWith("Yes, I'm here!"), reply.text());
        assertEquals(List.of("Question 1 of home?", "Question 2 of home?", "Question 1 of three?"), labels(reply));
    }

    @Test
    void withOtherPagesThanksStayThanks() {
        Reply reply = documentation().smallTalk(Lang.EN, SmallTalk.Kind.THANKS, TODAY);

        assertEquals(TEXTS.get(Lang.EN, "smalltalk.thanks"), reply.text());
        assertEquals(List.of(), reply.choices());
    }

    @Test
    void withOtherPagesTodayIsStillAnsweredWithTheDay() {
        Reply reply = documentation().smallTalk(Lang.EN, SmallTalk.Kind.TODAY, TODAY);

        assertTrue(reply.text().startsWith("Today is Sunday 6 December 2026."), reply.text());
    }

    static Stream<SmallTalk.Kind> smallTalkButHelp() {
        return EnumSet.complementOf(EnumSet.of(SmallTalk.Kind.HELP)).stream();
    }

    @ParameterizedTest
    @MethodSource("smallTalkButHelp")
    void withOtherPagesNoSmallTalkSaysItAnswersAboutMpnBenefits(SmallTalk.Kind kind) {
        for (Lang lang : Lang.values()) {
            Reply reply = documentation().smallTalk(lang, kind, TODAY);

            assertFalse(saysMpnBenefits(reply), kind + " " + lang + ": " + reply.text());
        }
    }

    @ParameterizedTest
    @EnumSource(value = SmallTalk.Kind.class, names = {"GREETING", "HOW_ARE_YOU", "ACKNOWLEDGEMENT", "BOT_OR_HUMAN", "OTHER_ASSISTANT",
            "ANYONE_THERE", "HUMAN_HELP"})
    void onTheHomePagesTheSmallTalkThatSaysWhatTheBotAnswersNamesMpnBenefits(SmallTalk.Kind kind) {
        for (Lang lang : Lang.values()) {
            Reply reply = homePagesAlone().smallTalk(lang, kind, TODAY);

            assertTrue(saysMpnBenefits(reply), kind + " " + lang + ": " + reply.text());
        }
    }
}
