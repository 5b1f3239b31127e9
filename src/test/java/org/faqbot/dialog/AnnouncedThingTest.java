package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.faqbot.kb.Bilingual;
import org.faqbot.kb.EntryKind;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.KnowledgeBase;
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
    void aDutchMessageNotUnderstoodInBetweenKeepsTheAnnouncedKey() {
        // The message in between is searched with the key, never with the title of whichever entry about keys comes first:
        // with those words it was answered from that entry, and the key was used up.
        say("ik heb een vraag over mijn sleutel", Lang.NL);
        Reply between = say("flurp wobbel", Lang.NL);

        Reply asked = say("werkt hij nog?", Lang.NL);

        assertEquals(ReplyType.FALLBACK, between.type(), between.text());
        assertEquals(Optional.of("key_valid_until"), asked.intent(), asked.text());
    }

    @Test
    void anAnnouncementAboutSomethingElseLeavesItAlone() {
        say("I have a question about the weather", Lang.EN);

        Reply reply = say("until when does it work?", Lang.EN);

        assertEquals(Optional.empty(), reply.intent(), reply.text());
    }

    @Test
    void aTopicsPassageWithAGenericHeadingIsListedUnderWhatItBelongsTo() {
        List<FaqEntry> entries = new ArrayList<>(TestAssistants.benefitsFaq().entries());
        FaqEntry one = entries.get(1);
        Bilingual details = Bilingual.of("Wijzigingen in de verwerking van creditnota's voor wederverkopers",
                "Changes to how credit notes for resellers are processed");
        entries.add(new FaqEntry("credit-notes#details", EntryKind.PASSAGE, "credit-notes", details, List.of(), Bilingual.of("Details", "Details"),
                Bilingual.of("Creditnota's voor wederverkopers worden nu per maand verwerkt.", "Credit notes for resellers are now processed monthly."),
                one.sourceUrl()));
        FaqAssistant withNotes = FaqAssistant.create(KnowledgeBase.of(entries), Stores.inMemory(), TestClock.at("2026-12-06"));

        Reply reply = withNotes.reply(new IncomingMessage("tg:8", "tg:u8", "hi, I have a question about credit notes", Optional.of(Lang.EN),
                Optional.empty()));

        List<String> labels = reply.choices().stream().map(Choice::label).toList();
        assertTrue(labels.contains("Changes to how credit notes for resellers are processed — Details"), reply.text() + labels);
        assertTrue(reply.text().contains("- Changes to how credit notes for resellers are processed — Details"), reply.text());
    }
}
