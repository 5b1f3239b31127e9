package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.faqbot.kb.KnowledgeBaseJson;
import org.faqbot.kb.Lang;
import org.faqbot.store.Stores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A short follow-up that names no topic of its own is read about the topic of the answer before, or of the topic the
 * question was announced about: against the whole corpus, whose many pages share the follow-up's few words.
 */
class FollowUpContextTest {

    private static final AtomicInteger CONVERSATIONS = new AtomicInteger();
    private static FaqAssistant corpus;

    @BeforeAll
    static void build() throws IOException {
        corpus = FaqAssistant.create(KnowledgeBaseJson.read(Path.of("faq-data/kb-all.json")), Stores.inMemory(),
                TestClock.at("2026-12-06"));
    }

    /** The replies to {@code texts}, said one after the other in a new conversation. */
    private static List<Reply> talk(FaqAssistant bot, Lang lang, String... texts) {
        String id = "tg:f" + CONVERSATIONS.incrementAndGet();
        return java.util.Arrays.stream(texts)
                .map(text -> bot.reply(new IncomingMessage(id, id, text, Optional.of(lang), Optional.empty()))).toList();
    }

    private static boolean aboutMfa(Reply reply) {
        return reply.faqId().filter(id -> id.contains("mfa")).isPresent()
                || !reply.suggestions().isEmpty() && reply.suggestions().get(0).entryId().contains("mfa");
    }

    @Test
    void aQuestionAnnouncedAboutMfaIsReadAboutMfa() {
        List<Reply> en = talk(corpus, Lang.EN, "hello, I've got a question about MFA", "do all of our users need it?");
        List<Reply> nl = talk(corpus, Lang.NL, "hoi, ik heb een vraagje over MFA", "wat kost dat ons?");

        assertTrue(aboutMfa(en.get(1)), en.get(1).text());
        assertEquals(Optional.of("partner-security-requirements-faq#what-is-the-cost-of-enabling-mfa"), nl.get(1).faqId(), nl.get(1).text());
    }

    @Test
    void theAnnouncementsReplyNamesEntriesOfItsTopicNotBenefitsAndKeys() {
        Reply en = talk(corpus, Lang.EN, "I have a question about MFA").get(0);
        Reply nl = talk(corpus, Lang.NL, "ik heb een vraag over MFA").get(0);

        for (Reply reply : List.of(en, nl)) {
            assertFalse(reply.text().contains("benefits") || reply.text().contains("voordelen"), reply.text());
            assertTrue(reply.choices().stream().allMatch(c -> c.label().contains("MFA")), reply.text());
            assertFalse(reply.choices().isEmpty(), reply.text());
        }
    }

    @Test
    void aFollowUpOfAnMfaAnswerStaysWithMfa() {
        List<Reply> en = talk(corpus, Lang.EN, "what is multi-factor authentication?", "and if someone has no mobile phone?");
        List<Reply> nl = talk(corpus, Lang.NL, "wat is meervoudige verificatie?", "en moet iedere gebruiker het hebben?");

        assertTrue(aboutMfa(en.get(0)) && aboutMfa(en.get(1)), en.get(1).text());
        assertTrue(aboutMfa(nl.get(0)) && aboutMfa(nl.get(1)), nl.get(1).text());
    }

    @Test
    void aFollowUpAnnouncedAboutPayoutsSuggestsPayoutPages() {
        Reply nl = talk(corpus, Lang.NL, "ik heb een vraag over payouts", "wanneer word ik betaald?").get(1);
        Reply en = talk(corpus, Lang.EN, "quick question about payouts", "when will we get paid then?").get(1);

        for (Reply reply : List.of(nl, en)) {
            String first = reply.faqId().orElseGet(() -> reply.suggestions().isEmpty() ? "" : reply.suggestions().get(0).entryId());
            assertTrue(first.contains("payout") || first.contains("get-paid") || first.contains("payment"), reply.text());
        }
    }

    @Test
    void aQuestionWithItsOwnTopicStandsAlone() {
        String own = "how do I add a new customer?";
        Reply alone = talk(corpus, Lang.EN, own).get(0);
        Reply after = talk(corpus, Lang.EN, "what is multi-factor authentication?", own).get(1);

        assertEquals(alone.faqId(), after.faqId(), after.text());
        assertEquals(alone.text(), after.text());
    }


    private static String first(Reply reply) {
        return reply.faqId().orElseGet(() -> reply.suggestions().isEmpty() ? "" : reply.suggestions().get(0).entryId());
    }

    /** A Dutch topic word alone is near no page by the search's measures; the announcement reads it by its English gloss. */
    @Test
    void aDutchTopicWordIsAnnouncedAsATopic() {
        List<Reply> users = talk(corpus, Lang.NL, "hallo, ik heb een vraagje over gebruikers", "hoe kan ik er eentje toevoegen?");
        List<Reply> customers = talk(corpus, Lang.NL, "we hebben een vraag over klanten", "hoe voeg ik er een toe?");
        List<Reply> en = talk(corpus, Lang.EN, "hello, quick question regarding users", "how can I add another one?");

        for (Reply announced : List.of(users.get(0), customers.get(0), en.get(0))) {
            assertFalse(announced.text().contains("voordelen") || announced.text().contains("benefits"), announced.text());
            assertFalse(announced.choices().isEmpty(), announced.text());
        }
        assertEquals("create-user-accounts-and-set-permissions#add-a-new-user", first(users.get(1)), users.get(1).text());
        assertTrue(first(customers.get(1)).startsWith("add-a-new-customer"), customers.get(1).text());
        assertEquals("create-user-accounts-and-set-permissions#add-a-new-user", first(en.get(1)), en.get(1).text());
    }

    /** "Did you mean ...?" names the topic too: a follow-up of it is read about its likeliest suggestion's title. */
    @Test
    void aFollowUpOfSuggestionsStaysWithTheirTopic() {
        Reply en = talk(corpus, Lang.EN, "can you help me with payouts", "how long until they reach my bank?").get(1);
        Reply nl = talk(corpus, Lang.NL, "help met uitbetalingen", "en hoe lang duurt het voor ze binnen zijn?").get(1);

        assertTrue(first(en).contains("number-of-days-for-payments"), en.text());
        assertTrue(first(nl).contains("payout"), nl.text());
    }

    @Test
    void onlyShortQuestionsThatPointBackOrGoOnAreFollowUps() {
        assertTrue(FollowUpContext.followsUp("and what about guests?"));
        assertTrue(FollowUpContext.followsUp("is het verplicht?"));
        assertTrue(FollowUpContext.followsUp("hoe kom ik daar achter?"));
        assertFalse(FollowUpContext.followsUp("how do I add a new customer to my account?"));
        assertFalse(FollowUpContext.followsUp("wat zijn de kosten van een nieuwe klant toevoegen in partner center voor ons bedrijf?"));
    }
}
