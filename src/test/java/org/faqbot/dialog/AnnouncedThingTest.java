package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.store.Stores;
import org.junit.jupiter.api.Test;

/** The thing a question is announced about is what "it" stands for in the question that follows. */
class AnnouncedThingTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"), Stores.inMemory());

    private Reply say(String text, Lang lang) {
        return bot.reply(new IncomingMessage("tg:9", "tg:u9", text, Optional.of(lang), Optional.empty()));
    }

    @Test
    void itAfterAnAnnouncementAboutAKeyIsTheKey() {
        say("hi there, a quick question about our product key", Lang.EN);

        Reply asked = say("until when does it work?", Lang.EN);
        Reply answered = say("5 May 2026", Lang.EN);

        assertEquals(Optional.of("key_valid_until"), asked.intent(), asked.text());
        assertEquals(ReplyType.RULE, answered.type(), answered.text());
        assertEquals(Optional.of(LocalDate.of(2027, 5, 5)), answered.date());
    }

    @Test
    void dutchHijAfterAnAnnouncementAboutTheKeyIsTheKey() {
        say("goedemorgen, ik heb een vraag over mijn sleutel", Lang.NL);

        Reply asked = say("wanneer verloopt hij eigenlijk?", Lang.NL);
        Reply answered = say("op 30 april 2026", Lang.NL);

        assertEquals(Optional.of("key_valid_until"), asked.intent(), asked.text());
        assertEquals(Optional.of(LocalDate.of(2027, 4, 30)), answered.date(), answered.text());
    }

    @Test
    void itAfterAContractedAnnouncementIsTheKey() {
        say("I've got a question about my product key", Lang.EN);

        Reply asked = say("is it still valid?", Lang.EN);

        assertEquals(Optional.of("key_valid_until"), asked.intent(), asked.text());
    }

    @Test
    void dutchHijAfterAnAnnouncementOfOursIsOurKey() {
        say("we hebben een vraagje over onze productcode", Lang.NL);

        Reply asked = say("werkt hij nog?", Lang.NL);

        assertEquals(Optional.of("key_valid_until"), asked.intent(), asked.text());
    }

    @Test
    void aMessageNotUnderstoodInBetweenKeepsTheAnnouncedThing() {
        say("I have a question about my key", Lang.EN);
        say("blorp zing", Lang.EN);

        Reply asked = say("is it still valid?", Lang.EN);

        assertEquals(Optional.of("key_valid_until"), asked.intent(), asked.text());
    }

    @Test
    void anAnnouncementAboutSomethingElseLeavesItAlone() {
        say("I have a question about the weather", Lang.EN);

        Reply reply = say("until when does it work?", Lang.EN);

        assertEquals(Optional.empty(), reply.intent(), reply.text());
    }
}
