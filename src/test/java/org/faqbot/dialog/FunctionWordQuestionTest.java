package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A question of only function words after the message's real question ("... and what should I do then?") asks about that
 * question: the bot answers it and does not say it knows nothing about the follow-up, as it does for a question the FAQ
 * is nowhere near. Worded here, not taken from the evaluation cases.
 */
class FunctionWordQuestionTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-05"));

    private Reply say(String text) {
        return bot.reply(IncomingMessage.of("c1", text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The Azure credit benefit does not show up next to our other benefits, and my manager says our partner membership "
                + "has to be renewed first. Is he right, and what should I do then?|not something I know about",
        "Het softwarevoordeel staat niet in de lijst met voordelen en mijn manager denkt dat we eerst moeten verlengen. "
                + "Heeft hij gelijk, en wat moet ik dan doen?|weet ik niets",
        "Hoe activeer ik een voordeel dat niet in de lijst staat? En wat doe ik daarna?|weet ik niets"})
    void aFollowUpOfFunctionWordsIsNotDisowned(String message, String disowning) {
        Reply reply = say(message);

        assertEquals(ReplyType.FAQ, reply.type(), reply.text());
        assertFalse(reply.text().contains(disowning), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "how do I renew the benefits, and how much is a pizza in Rome?|not something I know about",
        "hoe verleng ik de voordelen en hoeveel kost een pizza in Rome?|weet ik niets"})
    void aQuestionOfItsOwnWordsFarFromTheFaqIsStillNamed(String message, String disowning) {
        Reply reply = say(message);

        assertTrue(reply.text().contains(disowning), reply.text());
    }
}
