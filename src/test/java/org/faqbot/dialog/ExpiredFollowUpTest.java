package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.faqbot.kb.Lang;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** "Has it expired?" right after a key's answer, also after a word that opens the question ("so", "and", "dus"). */
class ExpiredFollowUpTest {

    private Reply converse(String first, String then, Lang lang) {
        FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"));
        bot.reply(new IncomingMessage("tg:9", "tg:u9", first, Optional.of(lang), Optional.empty()));
        return bot.reply(new IncomingMessage("tg:9", "tg:u9", then, Optional.of(lang), Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"so has it expired?", "and has it expired?", "so is it expired now?", "but has it already expired?"})
    void englishExpiredFollowUpAfterAnOpeningWordSaysItHasExpired(String question) {
        Reply reply = converse("I redeemed my key on 20 March 2025, until when can I use it?", question, Lang.EN);

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertTrue(reply.text().contains("Yes, by 6 December 2026 it has expired"), reply.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dus is hij verlopen?", "en is hij al verlopen?", "maar is hij al verlopen?"})
    void dutchExpiredFollowUpAfterAnOpeningWordSaysItHasExpired(String question) {
        Reply reply = converse("Ik heb mijn sleutel op 20 maart 2025 ingewisseld.", question, Lang.NL);

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertTrue(reply.text().contains("Ja, op 6 december 2026 is hij verlopen"), reply.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"so it's expired already?", "it has expired then?", "has it expird?", "has that one exipred?",
            "is that expired now?"})
    void englishExpiredFollowUpInOtherWordsSaysItHasExpired(String question) {
        Reply reply = converse("I redeemed my key on 20 March 2025, until when can I use it?", question, Lang.EN);

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertTrue(reply.text().contains("Yes, by 6 December 2026 it has expired"), reply.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"is die al verlopen?", "dus hij is verlopen?", "is hij al verlopn?", "dus die is al verlopen?",
            "is deze al vervallen?"})
    void dutchExpiredFollowUpInOtherWordsSaysItHasExpired(String question) {
        Reply reply = converse("Ik heb mijn sleutel op 20 maart 2025 ingewisseld.", question, Lang.NL);

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertTrue(reply.text().contains("Ja, op 6 december 2026 is hij verlopen"), reply.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"is deze ondertussen vervallen?", "is deze intussen al verlopen?", "is deze alweer verlopen?"})
    void dutchExpiredFollowUpWithAnAdverbAfterThePronounSaysItHasExpired(String question) {
        Reply reply = converse("Ik heb mijn sleutel op 20 maart 2025 ingewisseld.", question, Lang.NL);

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertTrue(reply.text().contains("Ja, op 6 december 2026 is hij verlopen"), reply.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"has this meanwhile expired?", "is this one suddenly expired?"})
    void englishExpiredFollowUpWithAnAdverbAfterThePronounSaysItHasExpired(String question) {
        Reply reply = converse("I redeemed my key on 20 March 2025, until when can I use it?", question, Lang.EN);

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertTrue(reply.text().contains("Yes, by 6 December 2026 it has expired"), reply.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"is die al verlopen?", "dus hij is verlopen?"})
    void dutchExpiredFollowUpOfAKeyStillRunningSaysNotYet(String question) {
        Reply reply = converse("Ik heb mijn sleutel op 20 maart 2026 ingewisseld.", question, Lang.NL);

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertTrue(reply.text().contains("Nee, op 6 december 2026 is hij nog niet verlopen"), reply.text());
    }
}
