package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.faqbot.store.Stores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Where do I find it?" for a date whose place the FAQ does not name (the key's redemption, the VS assignment, the
 * enrollment renewal): the bot says the FAQ does not say, and quotes what it does say, rather than the rule's entry.
 */
class WhereNotNamedTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"), Stores.inMemory());

    private Reply say(String text) {
        return bot.reply(new IncomingMessage("w1", "u-w1", text, Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "until when will my product key keep working?|where would I see that date?|the date you redeemed the product key|cloud portals",
        "how long does my product key stay valid?|where can I find it?|the date you redeemed the product key|cloud portals",
        "hoe lang blijft mijn productcode geldig?|waar staat die datum?|de datum waarop je de productcode hebt ingewisseld|cloudportals",
        "from when may I hand our VS subscription to another user?|where do I look that up?|the date you assigned the Visual Studio subscription|User Management",
        "vanaf wanneer mag ik het VS abonnement aan een andere gebruiker geven?|waar kan ik die datum vinden?|de datum waarop je het Visual Studio-abonnement hebt toegewezen|gebruikersbeheer",
        "how long can we still activate our Visual Studio subscriptions after the renewal?|where can I check that?|your enrollment renewal date|Membership Offers",
        "hoe lang kunnen we onze Visual Studio abonnementen na de verlenging nog activeren?|waar zie ik die datum?|de verlengingsdatum van je inschrijving|Lidmaatschapsaanbiedingen"})
    void saysTheFaqDoesNotSayAndWhatItDoesSay(String question, String where, String label, String quoted) {
        say(question);

        Reply reply = say(where);

        assertEquals(ReplyType.CLARIFY, reply.type(), reply.text());
        assertTrue(reply.text().contains(label), reply.text());
        assertTrue(reply.text().contains("does not say where") || reply.text().contains("zeggen niet waar"), reply.text());
        assertTrue(reply.text().contains(quoted), reply.text());
    }
}
