package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.faqbot.kb.Lang;
import org.faqbot.rules.RuleBook;
import org.faqbot.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The eighteenth round's dialog defects (dialog21), in both languages, worded here (today is Monday 7 December 2026):
 * two things in one question, and the question back for "it" read from the rule book.
 */
class EighteenthRoundDialogTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-07"), Stores.inMemory());

    private Reply say(String conversation, String text) {
        return bot.reply(new IncomingMessage(conversation, "u-" + conversation, text, Optional.empty(), Optional.empty()));
    }

    /** The rules the reply answers from: its own and its other answers'. */
    private static List<String> intents(Reply reply) {
        return Stream.concat(Stream.of(reply), reply.others().stream()).map(Reply::intent).flatMap(Optional::stream).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl1|tot wanneer kunnen we de productcode en het lidmaatschap nog gebruiken?|key_valid_until|renewal_open_from",
        "nl2|hoe lang blijven mijn sleutel en mijn Visual Studio-abonnement bruikbaar na de verlenging?|key_valid_until|user_assignment_grace_until",
        "en1|until when can we still use the product key and the membership?|key_valid_until|renewal_open_from",
        "en2|how long do my key and my Visual Studio subscription stay usable after the renewal?|key_valid_until|user_assignment_grace_until"})
    // Two things joined by "and" in one question: each gets its own rule's answer, not only the one whose cues win.
    void twoThingsInOneQuestionAnswerEach(String conversation, String question, String one, String other) {
        Reply reply = say(conversation, question);

        assertTrue(intents(reply).containsAll(List.of(one, other)), intents(reply) + "\n" + reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl3|kunnen we onze licenties en onze VS-abonnementen opnieuw toewijzen aan een nieuwe collega?|vs_reassign_from|licenties",
        "en3|could we reassign our licences and our VS subscriptions to a new hire?|vs_reassign_from|licences"})
    // The thing no entry answers is named in the note, not dropped: the user asked about it.
    void theJoinedThingWithoutAnAnswerIsNamed(String conversation, String question, String intent, String thing) {
        Reply reply = say(conversation, question);

        assertEquals(Optional.of(intent), reply.intent(), reply.text());
        assertTrue(reply.text().contains(thing), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl|een productcode: een jaar bruikbaar vanaf de dag dat je hem inwisselt|Lidmaatschap",
        "en|a product key: usable for one year from the day you redeem it|Membership"})
    // The things asked about "it" come from the rule book, with the same lines and buttons as before.
    void unnamedThingReadsTheRuleBook(String lang, String keyLine, String lastButton) {
        Reply asked = new UnnamedThing(new Texts(new Messages()), RuleBook.standard()).question(Lang.fromCode(lang).orElseThrow());

        assertTrue(asked.text().contains("• " + keyLine + "\n"), asked.text());
        assertEquals(4, asked.choices().size(), asked.text());
        assertEquals(lastButton, asked.choices().get(3).label());
    }

    @Test
    // A rule added to rules.json is offered without a change in the code, named by the date it counts from.
    void aNewRuleInTheRuleBookIsOffered(@TempDir Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode book;
        try (var in = RuleBook.class.getResourceAsStream(RuleBook.DEFAULT_RESOURCE)) {
            book = (ObjectNode) json.readTree(in);
        }
        ArrayNode rules = (ArrayNode) book.get("rules");
        ObjectNode added = rules.get(0).deepCopy();
        added.put("id", "key_second_look");
        rules.add(added);
        Path file = dir.resolve("rules.json");
        json.writeValue(file.toFile(), book);

        UnnamedThing unnamed = new UnnamedThing(new Texts(new Messages()), RuleBook.read(file));
        Reply en = unnamed.question(Lang.EN);
        Reply nl = unnamed.question(Lang.NL);

        assertTrue(en.text().contains("• the one counted from the date you redeemed the product key"), en.text());
        assertTrue(nl.text().contains("• wat telt vanaf de datum waarop je de productcode hebt ingewisseld"), nl.text());
        assertEquals(4, en.choices().size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl4|hoe lang mogen onze VS-gebruikers na de verlenging nog door?|28 februari 2027|en als we die dag missen?|Verleng je lidmaatschap",
        "nl5|tot wanneer kan ik mijn voordelen nog activeren?||wat als ik te laat ben?|Verleng eerst je lidmaatschap",
        "en4|how long may our VS users carry on after the renewal?|28 February 2027|and what if we miss that day?|Renew your membership",
        "en5|until when can I still activate my benefits?||what if I'm too late?|Renew your membership first"})
    // "What if I miss it?" after a rule's answer or its question for the date: what the rule says after its last day, not
    // the entry the words find again; a question for the date stays open.
    void missingTheDayGetsTheRulesAfterward(String conversation, String question, String date, String missed, String expected) {
        say(conversation, question);
        if (date != null) {
            say(conversation, date);
        }

        Reply reply = say(conversation, missed);

        assertTrue(reply.text().contains(expected), reply.text());
        assertEquals(ReplyType.RULE, reply.type(), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl6|wanneer mag ik ons VS-abonnement aan iemand anders geven?|welke datum bedoel je dan?|de datum waarop je het Visual Studio-abonnement hebt toegewezen",
        "nl7|wanneer mag ik ons VS-abonnement aan iemand anders geven?|waarom heb je die datum nodig?|90 dagen",
        "en6|from which day may I reassign our VS subscription to somebody else?|what date do you mean?|the date you assigned the Visual Studio subscription",
        "en7|from which day may I reassign our VS subscription to somebody else?|why would you need that?|90 days"})
    // A question back about the date asked for names the date, or the FAQ's rule that counts from it, and asks again.
    void aQuestionAboutTheAskedDateIsAnswered(String conversation, String question, String back, String expected) {
        say(conversation, question);

        Reply reply = say(conversation, back);

        assertEquals(ReplyType.CLARIFY, reply.type(), reply.text());
        assertEquals(Optional.of("vs_reassign_from"), reply.intent(), reply.text());
        assertTrue(reply.text().contains(expected), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl8|tot wanneer kan ik onze voordelen nog activeren?|ach laat maar, doei|Tot ziens",
        "nl9|tot wanneer kan ik onze voordelen nog activeren?|maakt niet uit, doei|Tot ziens",
        "en8|until when can we still activate our benefits?|ah forget it, bye|Goodbye",
        "en9|until when can we still activate our benefits?|does not matter, bye|Goodbye"})
    // Dropping the question and leaving in one message: the goodbye, and the question is no longer open.
    void aCancelWithAClosingSaysGoodbye(String conversation, String question, String leaving, String expected) {
        say(conversation, question);

        Reply reply = say(conversation, leaving);
        Reply date = say(conversation, "31-01-2027");

        assertEquals(ReplyType.SMALLTALK, reply.type(), reply.text());
        assertTrue(reply.text().contains(expected), reply.text());
        assertTrue(date.intent().isEmpty(), date.text());
    }
}
