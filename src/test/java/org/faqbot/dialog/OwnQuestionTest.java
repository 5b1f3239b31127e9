package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.faqbot.kb.KnowledgeBaseJson;
import org.faqbot.kb.Lang;
import org.faqbot.search.GlossWords;
import org.faqbot.store.Stores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A whole question of its own after a rule's answer, strung on with "and", is answered as if asked alone. */
class OwnQuestionTest {

    private static final AtomicInteger CONVERSATIONS = new AtomicInteger();
    private static FaqAssistant benefits;

    @BeforeAll
    static void build() throws IOException {
        benefits = FaqAssistant.create(KnowledgeBaseJson.read(Path.of("faq-data/kb.json")), Stores.inMemory(),
                TestClock.at("2026-12-06"));
    }

    private static List<Reply> talk(Lang lang, String... texts) {
        String id = "tg:o" + CONVERSATIONS.incrementAndGet();
        return java.util.Arrays.stream(texts)
                .map(text -> benefits.reply(new IncomingMessage(id, id, text, Optional.of(lang), Optional.empty()))).toList();
    }

    /** The reply to {@code question} after a key's answer is the one it gets alone, not the key rule's entry. */
    private static void answeredAlone(Lang lang, String keyQuestion, String question) {
        List<Reply> after = talk(lang, keyQuestion, question);
        Reply alone = talk(lang, question).get(0);

        assertEquals(Optional.of("key_valid_until"), after.get(0).intent(), after.get(0).text());
        assertEquals(alone.type(), after.get(1).type(), after.get(1).text());
        assertEquals(alone.faqId(), after.get(1).faqId(), after.get(1).text());
        assertFalse(after.get(1).faqId().filter(id -> id.contains("expiry")).isPresent(), after.get(1).text());
    }

    @Test
    void aQuestionOnAnotherTopicAfterAKeysAnswerIsSearchedAlone() {
        answeredAlone(Lang.EN, "my product key was redeemed on 12 April 2026, until when does it work?",
                "and how can I cancel a subscription?");
        answeredAlone(Lang.NL, "onze productcode is op 12 april 2026 ingewisseld, tot wanneer werkt hij?",
                "en hoe voeg ik een nieuwe gebruiker toe?");
    }

    @Test
    void followUpsThatAreNoWholeQuestionOrPointBackStay() {
        Set<String> en = GlossWords.stopWords(Lang.EN);
        Set<String> nl = GlossWords.stopWords(Lang.NL);
        String topic = "How do I renew my benefits";

        assertTrue(OwnQuestion.standsApart("and how do I change my email address?", topic, en, FollowUpContext.POINTS_BACK));
        assertTrue(OwnQuestion.standsApart("en hoe wijzig ik mijn e-mailadres?", topic, nl, FollowUpContext.POINTS_BACK));
        assertFalse(OwnQuestion.standsApart("and what about contractors accounts?", topic, en, FollowUpContext.POINTS_BACK));
        assertFalse(OwnQuestion.standsApart("and how do I change it in the portal?", topic, en, FollowUpContext.POINTS_BACK));
        assertFalse(OwnQuestion.standsApart("en wat als de datum verschoven is?", topic, nl, FollowUpContext.POINTS_BACK));
        assertFalse(OwnQuestion.standsApart("and how do I renew the benefits?", topic, en, FollowUpContext.POINTS_BACK));
        assertFalse(OwnQuestion.standsApart("how do I change my email address?", topic, en, FollowUpContext.POINTS_BACK));
    }
}
