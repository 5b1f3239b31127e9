package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.store.Stores;
import org.junit.jupiter.api.Test;

/** What the last replies leave in the conversation's state: listed by /mydata, and gone after a quiet quarter of an hour. */
class RecentTurnsTest {

    private final TestClock clock = TestClock.at("2026-12-06");
    private final FaqAssistant bot = TestAssistants.standard(clock, Stores.inMemory());

    private Reply say(String text, Lang lang) {
        return bot.reply(new IncomingMessage("tg:51", "tg:u51", text, Optional.of(lang), Optional.empty()));
    }

    @Test
    void myDataListsTheAnnouncedThing() {
        say("ik heb een vraag over mijn sleutel", Lang.NL);

        Reply reply = say("/mydata", Lang.NL);

        assertTrue(reply.text().contains("- waar je volgende vraag over gaat, zoals je aankondigde: mijn sleutel (vergeten na 15 minuten)"),
                reply.text());
    }

    @Test
    void myDataListsTheLastAnswer() {
        Reply answer = say("how do I renew my benefits?", Lang.EN);

        Reply reply = say("/mydata", Lang.EN);

        String question = answer.text().lines().findFirst().orElseThrow().replace("**", "");
        assertTrue(reply.text().contains("- my last answer, to say it again in the other language: " + question), reply.text());
    }

    @Test
    void theLastAnswerIsSaidAgainWithinAQuarterOfAnHour() {
        Reply dutch = say("hoe verleng ik mijn voordelen?", Lang.NL);
        clock.advance(Duration.ofMinutes(14));

        Reply english = say("in English please", Lang.NL);

        assertEquals(dutch.faqId(), english.faqId(), english.text());
    }

    @Test
    void theLastAnswerIsForgottenAfterAQuietQuarterOfAnHour() {
        say("hoe verleng ik mijn voordelen?", Lang.NL);
        clock.advance(Duration.ofMinutes(16));

        Reply english = say("in English please", Lang.NL);

        assertEquals(ReplyType.SMALLTALK, english.type(), english.text());
        assertTrue(english.faqId().isEmpty(), english.text());
    }
}
