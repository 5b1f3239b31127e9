package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Short follow-ups right after a date answer: its question again in short, and doubt about the date worked out. */
class ShortDateFollowUpTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"));

    private Reply say(String text) {
        return bot.reply(new IncomingMessage("tg:11", "tg:u11", text, Optional.empty(), Optional.empty()));
    }

    @Test
    void bareUntilWhenAfterADateAnswersFromTheKeptDate() {
        say("I activated my product key on 14 April 2026");

        Reply reply = say("ok, until when?");

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertEquals(Optional.of(LocalDate.of(2027, 4, 14)), reply.date());
    }

    @Test
    void dutchBareTotWanneerAfterADateAnswersFromTheKeptDate() {
        say("ik heb mijn sleutel op 14 april 2026 geactiveerd");

        Reply reply = say("en tot wanneer nog?");

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertEquals(Optional.of(LocalDate.of(2027, 4, 14)), reply.date());
    }

    @Test
    void dutchHowLongStillValidWithoutQuestionMarkAnswersFromTheKeptDate() {
        say("ik heb mijn sleutel op 14 april 2026 geactiveerd");

        Reply reply = say("hoe lang nog geldig");

        assertEquals(Optional.of(LocalDate.of(2027, 4, 14)), reply.date(), reply.text());
    }

    @Test
    void doubtAboutTheDateIsAnsweredWithTheDateAndItsRule() {
        say("I activated my product key on 14 April 2026");

        Reply reply = say("hmm are you sure? that seems rather short");

        assertTrue(reply.text().startsWith("Yes, that is right"), reply.text());
        assertTrue(reply.text().contains("14 April 2027") && reply.text().contains("one year"), reply.text());
    }

    @Test
    void dutchDoubtAboutTheDateIsAnsweredWithTheDateAndItsRule() {
        say("ik heb mijn sleutel op 14 april 2026 geactiveerd");

        Reply reply = say("klopt dat wel? het lijkt me erg kort");

        assertTrue(reply.text().startsWith("Ja, dat klopt"), reply.text());
        assertTrue(reply.text().contains("14 april 2027") && reply.text().contains("één jaar"), reply.text());
    }
}
