package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.faqbot.kb.Lang;
import org.faqbot.store.Stores;
import org.junit.jupiter.api.Test;

/** A follow-up in a benefits conversation that names no thing is answered from the entry the conversation is about. */
class FollowUpOfBenefitsTest {

    private static final String EXPIRY = "benefits-faq#q-what-does-benefit-expiry-date-mean";
    private static final String VS = "benefits-faq#q-how-does-visual-studio-activation-work-in-partner-center";
    private static final AtomicInteger CONVERSATIONS = new AtomicInteger();

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"), Stores.inMemory());

    private List<Reply> talk(Lang lang, String... texts) {
        String id = "tg:b" + CONVERSATIONS.incrementAndGet();
        return Arrays.stream(texts).map(text -> bot.reply(new IncomingMessage(id, id, text, Optional.of(lang), Optional.empty()))).toList();
    }

    @Test
    void howToFindOutAfterNotKnowingTheDateIsTheEntryThatSaysWhere() {
        Reply nl = talk(Lang.NL, "tot wanneer mogen we onze voordelen nog inwisselen?", "geen idee", "hoe kan ik daar achter komen?").get(2);
        Reply en = talk(Lang.EN, "until when can we still redeem our benefits?", "no idea", "and how do I figure that out?").get(2);

        assertEquals(Optional.of(EXPIRY), nl.faqId(), nl.text());
        assertEquals(Optional.of(EXPIRY), en.faqId(), en.text());
    }

    @Test
    void whoMayGetAReassignedSubscriptionIsTheVisualStudioEntry() {
        Reply nl = talk(Lang.NL, "wanneer mag ik een VS abonnement opnieuw toewijzen?", "en wie mag het dan krijgen?").get(1);
        Reply en = talk(Lang.EN, "when can I reassign a Visual Studio subscription?", "and who can I give it to?").get(1);

        assertEquals(Optional.of(VS), nl.faqId(), nl.text());
        assertEquals(Optional.of(VS), en.faqId(), en.text());
    }
}
