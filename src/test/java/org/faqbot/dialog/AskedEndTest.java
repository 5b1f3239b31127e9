package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.store.Stores;
import org.junit.jupiter.api.Test;

/**
 * Questions whether the key ends on a day ("does my key expire on 1 March?"), which ask the key rule about that day
 * the other way round from "is it still valid then?" (today is 15 June 2021).
 */
class AskedEndTest {

    private static final LocalDate DECEMBER_1_2021 = LocalDate.of(2021, 12, 1);

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2021-06-15"), Stores.inMemory());

    private Reply say(String text) {
        return bot.reply(new IncomingMessage("c1", "u-c1", text, Optional.empty(), Optional.empty()));
    }

    @Test
    void aKeyAskedToExpireAfterItsYearHasExpiredByThen() {
        Reply reply = say("I redeemed our product key on 1 December 2020. Does it expire on 1 March 2022?");

        assertEquals(Optional.of("key_valid_until"), reply.intent());
        assertEquals(Optional.of(DECEMBER_1_2021), reply.date());
        assertEquals(Optional.of(true), reply.ok());
        assertTrue(reply.text().startsWith("**Yes, by 1 March 2022 it has expired: you can use it until 1 December 2021.**"), reply.text());
    }

    @Test
    void aKeyAskedToExpireWithinItsYearHasNotExpiredYet() {
        Reply reply = say("I redeemed our product key on 1 December 2020. Does it expire on 1 September 2021?");

        assertEquals(Optional.of(false), reply.ok());
        assertTrue(reply.text().startsWith("**No, on 1 September 2021 it has not expired yet: you can use it until 1 December 2021.**"),
                reply.text());
    }

    @Test
    void expiringOnItsLastDayIsAYes() {
        Reply reply = say("I redeemed our product key on 1 December 2020. Does it expire on 1 December 2021?");

        assertEquals(Optional.of(true), reply.ok());
        assertTrue(reply.text().contains("1 December 2021 is the last day you can use it: from 2 December 2021 it has expired"), reply.text());
    }

    @Test
    void expiredByItsLastDayIsANo() {
        Reply reply = say("I redeemed our product key on 1 December 2020. Has it expired by 1 December 2021?");

        assertEquals(Optional.of(false), reply.ok());
        assertTrue(reply.text().contains("No, 1 December 2021 is still the last day you can use it"), reply.text());
    }

    @Test
    void expiringBeforeADayAfterItsYearIsAYes() {
        Reply reply = say("I redeemed our product key on 1 December 2020. Will it expire before 1 January 2022?");

        assertEquals(Optional.of(true), reply.ok());
        assertTrue(reply.text().startsWith("**Yes, by 1 January 2022 it has expired: you can use it until 1 December 2021.**"), reply.text());
    }

    @Test
    void expiringAfterADayWithinItsYearIsAYes() {
        Reply reply = say("I redeemed our product key on 1 December 2020. Will it expire after 1 November 2021?");

        assertEquals(Optional.of(true), reply.ok());
        assertTrue(reply.text().contains("Yes, after 1 November 2021 you can still use it: until 1 December 2021"), reply.text());
    }

    @Test
    void stillValidOnADayKeepsTheAllowedPolarity() {
        Reply reply = say("I redeemed our product key on 1 December 2020. Is it still valid on 1 March 2022?");

        assertEquals(Optional.of(false), reply.ok());
        assertTrue(reply.text().startsWith("**No, on 1 March 2022 that is no longer possible.**"), reply.text());
    }

    @Test
    void dutchQuestionWithTheVerbFirstIsAnsweredInItsTerms() {
        Reply reply = say("Ik heb de productcode op 1 december 2020 ingewisseld. Verloopt hij op 1 maart 2022?");

        assertEquals(Optional.of("key_valid_until"), reply.intent());
        assertEquals(Optional.of(true), reply.ok());
        assertTrue(reply.text().startsWith("**Ja, op 1 maart 2022 is hij verlopen: je kunt hem gebruiken tot en met 1 december 2021.**"),
                reply.text());
    }

    @Test
    void dutchPerfectAsksWhetherItHasExpiredByThen() {
        Reply reply = say("Ik heb de productcode op 1 december 2020 ingewisseld. Is hij op 1 december 2021 verlopen?");

        assertEquals(Optional.of(false), reply.ok());
        assertTrue(reply.text().contains("Nee, 1 december 2021 is nog de laatste dag dat je hem kunt gebruiken"), reply.text());
    }

    @Test
    void afterTheRedeemDateWasGivenItIsTheKey() {
        say("I redeemed my key on 1 December 2020, until when can I use it?");

        Reply reply = say("Does it expire on 1 March?");

        assertEquals(Optional.of("key_valid_until"), reply.intent());
        assertEquals(Optional.of(DECEMBER_1_2021), reply.date());
        assertEquals(Optional.of(true), reply.ok());
        assertTrue(reply.text().contains("Yes, by 1 March 2022 it has expired"), reply.text());
    }

    @Test
    void dutchAfterTheRedeemDateWasGivenHijIsTheKey() {
        say("Ik heb mijn sleutel op 1 december 2020 ingewisseld, tot wanneer kan ik hem gebruiken?");

        Reply reply = say("Verloopt hij op 1 oktober?");

        assertEquals(Optional.of("key_valid_until"), reply.intent());
        assertEquals(Optional.of(false), reply.ok());
        assertTrue(reply.text().contains("Nee, op 1 oktober 2021 is hij nog niet verlopen"), reply.text());
    }

    @Test
    void withoutARedeemDateTheBotAsksForItAndSaysWhatTheDayWouldMean() {
        Reply reply = say("Does my key expire on 1 March?");

        assertEquals(ReplyType.CLARIFY, reply.type());
        assertEquals(Optional.of("key_valid_until"), reply.intent());
        assertTrue(reply.text().contains("it ends on 1 March 2022 when that date is 1 March 2021"), reply.text());
        assertTrue(reply.text().contains("On what date did you redeem the product key?"), reply.text());
    }

    @Test
    void theRedeemDateGivenAfterwardsIsAnswered() {
        say("Verloopt mijn key op 1 maart?");

        Reply reply = say("op 1 december 2020");

        assertEquals(Optional.of("key_valid_until"), reply.intent());
        assertEquals(Optional.of(DECEMBER_1_2021), reply.date());
    }

    @Test
    void stillValidOnADayRightAfterTheAnswerAsksAboutThatDay() {
        say("I redeemed my key on 1 December 2020, until when can I use it?");

        Reply reply = say("Is it still valid on 1 March?");

        assertEquals(Optional.of(DECEMBER_1_2021), reply.date());
        assertEquals(Optional.of(false), reply.ok());
        assertTrue(reply.text().contains("No, on 1 March 2022 that is no longer possible."), reply.text());
    }

    @Test
    void hasItExpiredIsAnsweredTheOtherWayRoundFromStillUsable() {
        Reply reply = say("I redeemed my key on 1 June 2020, has it expired?");

        assertEquals(Optional.of("key_valid_until"), reply.intent());
        assertEquals(Optional.of(true), reply.ok());
        assertTrue(reply.text().startsWith("**Yes, by 15 June 2021 it has expired: you can use it until 1 June 2021.**"), reply.text());
    }

    @Test
    void dutchIsHijAlVerlopenOfAKeyWithinItsYearIsANo() {
        Reply reply = say("Ik heb mijn sleutel op 1 maart 2021 ingewisseld, is hij al verlopen?");

        assertEquals(Optional.of(false), reply.ok());
        assertTrue(reply.text().startsWith("**Nee, op 15 juni 2021 is hij nog niet verlopen: je kunt hem gebruiken tot en met 1 maart 2022.**"),
                reply.text());
    }

    @Test
    void hasItExpiredAlreadyRightAfterTheAnswerUsesItsDate() {
        say("I redeemed my key on 1 June 2020, until when can I use it?");

        Reply reply = say("Has it expired already?");

        assertEquals(Optional.of(true), reply.ok());
        assertTrue(reply.text().contains("Yes, by 15 June 2021 it has expired"), reply.text());
    }

    @Test
    void willItExpireAsksNothingAboutToday() {
        Reply reply = say("I redeemed my key on 1 March 2021, will it expire?");

        assertEquals(Optional.of(LocalDate.of(2022, 3, 1)), reply.date());
        assertTrue(!reply.text().contains("has not expired yet"), reply.text());
    }

    @Test
    void anEmbeddedQuestionWithoutARedeemDateAsksForIt() {
        Reply english = say("I want to know whether our product key runs out on 1 March 2022");
        Reply dutch = bot.reply(new IncomingMessage("c2", "u-c2", "we willen weten of onze productcode op 1 maart 2022 afloopt",
                Optional.empty(), Optional.empty()));

        assertEquals(ReplyType.CLARIFY, english.type());
        assertTrue(english.text().contains("it ends on 1 March 2022 when that date is 1 March 2021"), english.text());
        assertTrue(english.text().contains("On what date did you redeem the product key?"), english.text());
        assertEquals(ReplyType.CLARIFY, dutch.type());
        assertTrue(dutch.text().contains("loopt hij af op 1 maart 2022 als die datum 1 maart 2021 is"), dutch.text());
    }

    @Test
    void anEmbeddedHasItExpiredIsAnsweredWhenTheRedeemDateFollows() {
        say("ik vraag me af of mijn sleutel inmiddels verlopen is");

        Reply reply = say("op 1 juni 2020");

        assertEquals(Optional.of(true), reply.ok());
        assertTrue(reply.text().startsWith("**Ja, "), reply.text());
    }
}
