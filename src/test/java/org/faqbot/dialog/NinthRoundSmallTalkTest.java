package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Messages of the ninth test round that asked nothing the search could find: a link alone, a year or a spaced date alone,
 * and a number with a question mark when no buttons were shown.
 */
class NinthRoundSmallTalkTest {

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-06"));

    private Reply say(String conversation, String text, Lang hint) {
        return bot.reply(IncomingMessage.of(conversation, text).withLangHint(Optional.of(hint)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"https://partner.microsoft.com/en-gb/dashboard/home/v2/settings|EN|can't open links",
        "<https://www.example.org/some/page>|EN|can't open links", "www.bing.com/search|NL|kan ik niet openen"})
    void aLinkAloneSaysItCannotBeOpenedAndAsksTheQuestion(String link, Lang lang, String expected) {
        Reply reply = say("link-" + lang, link, lang);

        assertEquals(ReplyType.CLARIFY, reply.type(), reply.text());
        assertEquals(lang, reply.lang());
        assertTrue(reply.text().contains(expected), reply.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"https://learn.microsoft.com/en-us/partner-center/renew-benefits|EN|renew my benefits",
        "https://partner.microsoft.com/nl-nl/benefits/renew-your-benefits?tab=1|NL|lidmaatschap"})
    void aMicrosoftLinkWhosePathNamesATopicOffersItsEntries(String link, Lang lang, String expected) {
        Reply reply = say("topic-" + lang, link, lang);

        assertFalse(reply.choices().isEmpty(), reply.text());
        assertTrue(reply.text().contains(expected), reply.text());
        assertTrue(reply.choices().stream().allMatch(c -> c.payload().startsWith("/faq ")), reply.choices().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"2027|EN|1 March 2027", "in 2025?|EN|1 March 2025", "2026.|NL|1 maart 2026",
        "in het jaar 2028|NL|1 maart 2028"})
    void aYearAloneAsksWhichDateInItAndWhatFor(String text, Lang lang, String example) {
        Reply reply = say("year-" + text, text, lang);

        assertEquals(ReplyType.CLARIFY, reply.type(), reply.text());
        assertTrue(reply.text().contains(example), reply.text());
        assertTrue(reply.text().contains(lang == Lang.NL ? "vervaldatum" : "benefit expiry date"), reply.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"5 4 2026|EN|What is", "12 6 26|NL|Waar is"})
    void aDateWrittenWithSpacesAloneAsksWhatItIsFor(String text, Lang lang, String expected) {
        Reply reply = say("spaced-" + text, text, lang);

        assertEquals(ReplyType.CLARIFY, reply.type(), reply.text());
        assertTrue(reply.text().startsWith(expected), reply.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"17?|EN|What do you mean", "nummer 3?|NL|Wat bedoel je"})
    void aNumberWithAQuestionMarkIsNoPickWhenNothingWasOffered(String text, Lang lang, String expected) {
        Reply reply = say("number-" + text, text, lang);

        assertTrue(reply.text().startsWith(expected), reply.text());
        assertNotEquals(say("plain-" + text, text.replace("?", ""), lang).text(), reply.text());
    }

    @Test
    void aNumberWithAQuestionMarkStillPicksAShownButton() {
        Reply topics = say("picks", "/topics", Lang.EN);
        Reply picked = say("picks", "2?", Lang.EN);

        assertTrue(topics.choices().size() >= 2, topics.text());
        assertEquals(say("pressed", topics.choices().get(1).payload(), Lang.EN).text(), picked.text());
    }

    @Test
    void aLinksPathWordsAreTheTopic() {
        assertEquals(Optional.of("mpn offers"), LoneLink.topic("/dashboard/mpn/offers"));
        assertEquals(Optional.of("mfa for partners"), LoneLink.topic("/en-us/partner-center/mfa-for-partners"));
        assertEquals(Optional.empty(), LoneLink.topic("/en-us/dashboard/v3/12345"));
    }
}
