package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The thirteenth round's dates (dates18), in both languages, worded here (today is Monday 7 December 2026): a key's own
 * date after a cue that names the key before its verb, a month or a part of one as the date a key is from, and the keys
 * of a colleague told beside the user's own or alone.
 */
class ThirteenthRoundDatesTest {

    private static final String KEY = "key_valid_until";

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2026-12-07"));

    private Reply say(String conversation, String text) {
        return bot.reply(IncomingMessage.of(conversation, text));
    }

    /**
     * "key … dates from" names the key first: the word after "key" ("we") is no subject of a present verb, so the date is
     * the key's past one; "de sleutel activeren we op ..." has its verb in the cue's last part, a plan with "we" after it.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "p1|the product key we received dates from 11 May|2027-05-11|You redeemed the product key on 11 May 2026",
        "p2|de sleutel activeren we op 11 mei, tot wanneer is hij geldig?|2028-05-11|Als je de productcode op 11 mei 2027 inwisselt"})
    void theVerbOfACueThatNamesTheKeyFirstIsItsLastPart(String conversation, String message, LocalDate until, String said) {
        Reply reply = say(conversation, message);

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertEquals(Optional.of(KEY), reply.intent(), reply.text());
        assertEquals(Optional.of(until), reply.date(), reply.text());
        assertTrue(reply.text().contains(said), reply.text());
    }

    /** A month with no day after "is from" / "dateert van" is all its days, as "redeemed in June" is. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "m1|my product key is from June|between 1 June 2026 and 30 June 2026|If you tell me the day in June",
        "m2|onze productcode dateert van juni|tussen 1 juni 2026 en 30 juni 2026|Als je me de dag in juni geeft",
        "m3|mijn sleutel is van juni, werkt hij nog?|tussen 1 juni 2026 en 30 juni 2026|Als je me de dag in juni geeft"})
    void aMonthAKeyIsFromIsTheSpanOfItsRedemption(String conversation, String message, String between, String asks) {
        Reply reply = say(conversation, message);

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertEquals(Optional.of(KEY), reply.intent(), reply.text());
        assertEquals(Optional.of(true), reply.ok(), reply.text());
        assertTrue(reply.text().contains(between), reply.text());
        assertTrue(reply.text().contains(asks), reply.text());
    }

    /**
     * "from" before "late June" is no edge ("valid from the end of June") when a key "dates from" it: the last ten days of
     * June, as the Dutch "is van eind juni" always were.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "e1|this key dates from late June, still usable?|between 21 June 2026 and 30 June 2026",
        "e2|our key is from the end of June, can we still use it?|between 21 June 2026 and 30 June 2026",
        "e3|onze sleutel is van eind juni, nog bruikbaar?|tussen 21 juni 2026 en 30 juni 2026"})
    void aPartOfAMonthAKeyDatesFromIsItsDays(String conversation, String message, String between) {
        Reply reply = say(conversation, message);

        assertEquals(Optional.of(KEY), reply.intent(), reply.text());
        assertEquals(Optional.empty(), reply.date(), reply.text());
        assertTrue(reply.text().contains(between), reply.text());
    }

    /**
     * The user's key and a colleague's, told with a possessive pronoun: "my coworker" / "my teammate" named no thing of
     * the FAQ's and were taken for the question's own thing (no answer at all), and "mijn stagiaire" was no person.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "c1|I redeemed mine on 2 April and my teammate redeemed his on 9 July; until when do they work?|Your teammate's:",
        "c2|I redeemed mine on 2 April and my coworker did hers on 9 July. Until when can we use them?|Your coworker's:",
        "c3|ik heb de mijne op 2 april ingewisseld en mijn stagiaire de hare op 9 juli; tot wanneer werken ze?|Die van je stagiaire:"})
    void eachPersonsKeyIsAnswered(String conversation, String message, String label) {
        Reply reply = say(conversation, message);

        assertEquals(Optional.of(KEY), reply.intent(), reply.text());
        assertTrue(reply.text().contains(label), reply.text());
        assertTrue(reply.text().contains("2 april 2027") || reply.text().contains("2 April 2027"), reply.text());
        assertTrue(reply.text().contains("9 juli 2027") || reply.text().contains("9 July 2027"), reply.text());
    }

    /** "my colleague" before "hers" / "de zijne" names a person, not the thing the pronoun stands for. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "o1|my coworker redeemed hers on 9 July, until when can she use it?|Your coworker's:",
        "o2|mijn collega heeft de zijne op 9 juli ingewisseld; tot wanneer kan hij hem gebruiken?|Die van je collega:"})
    void aColleaguesKeyToldWithAPossessivePronounIsAnswered(String conversation, String message, String label) {
        Reply reply = say(conversation, message);

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertEquals(Optional.of(KEY), reply.intent(), reply.text());
        assertEquals(Optional.of(LocalDate.of(2027, 7, 9)), reply.date(), reply.text());
        assertTrue(reply.text().contains(label), reply.text());
    }

    /**
     * A statement of the benefits' expiry before the question in one sentence: the expiry's words counted twice as the
     * question's and, with the expiry's own bonus, outweighed the renewal the question asks. "Verlengperiode" weighs as
     * "renewal window" does.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "r1|our benefits run out on 20/01/2027, from when can I renew?|2027-01-20",
        "r2|onze voordelen verlopen op 20 januari 2027, vanaf wanneer kan ik verlengen?|2027-01-20",
        "r3|mijn voordelen verlopen 20-01-2027 - vanaf wanneer mag ik verlengen?|2027-01-20"})
    void aRenewalAskedAfterTheExpiryInOneSentenceIsTheRenewalsRule(String conversation, String message, LocalDate from) {
        Reply reply = say(conversation, message);

        assertEquals(ReplyType.RULE, reply.type(), reply.text());
        assertEquals(Optional.of("renewal_open_from"), reply.intent(), reply.text());
        assertEquals(Optional.of(from), reply.date(), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "w1|wanneer gaat mijn verlengperiode open als de voordelen eind januari aflopen?",
        "w2|when does my renewal window open if the benefits run out late January?"})
    void theRenewalWindowAskedBeforeTheExpiryIsTheRenewalsRule(String conversation, String message) {
        Reply reply = say(conversation, message);

        assertEquals(Optional.of("renewal_open_from"), reply.intent(), reply.text());
    }

    /** "the 3rd" / "de 3e" without "on" / "op" that ends its clause is the day as "on the 3rd" is. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "l1|until when does my product key work?|the 3rd|2027-12-03",
        "l2|tot wanneer werkt mijn productcode?|de 3e.|2027-12-03"})
    void aDayAloneAnsweringTheQuestionBackIsThatDay(String conversation, String asked, String day, LocalDate until) {
        say(conversation, asked);
        Reply reply = say(conversation, day);

        assertEquals(Optional.of(KEY), reply.intent(), reply.text());
        assertEquals(Optional.of(until), reply.date(), reply.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "d1|our membership ends the 20th, may I renew already?|No, not yet.",
        "d2|ons lidmaatschap loopt de 20e af, mag ik al verlengen?|Nee, nog niet."})
    void aDayWithoutOnThatEndsItsClauseIsADate(String conversation, String message, String answer) {
        Reply reply = say(conversation, message);

        assertEquals(Optional.of("renewal_open_from"), reply.intent(), reply.text());
        assertEquals(Optional.of(LocalDate.of(2026, 12, 20)), reply.date(), reply.text());
        assertTrue(reply.text().contains(answer), reply.text());
    }

    /**
     * A weekday that does not fit a redemption's date (1 December 2026 was a Tuesday) is said to be one, as a day the month
     * lacks is; the next year's 1 December, a Wednesday, read a year ahead and then called impossible for a past event.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "x1|I redeemed my key on Wednesday 1 December, until when?|the weekday doesn't match that date",
        "x2|ik heb mijn sleutel op woensdag 1 december ingewisseld, tot wanneer?|de weekdag past niet bij die datum"})
    void aWeekdayThatDoesNotFitAPastDayIsSaidToBeWrong(String conversation, String message, String said) {
        Reply reply = say(conversation, message);

        assertEquals(ReplyType.CLARIFY, reply.type(), reply.text());
        assertTrue(reply.text().contains(said), reply.text());
    }

    /**
     * "If we wait until 1 March" after a reassignment's answer supposes that day, as "and on 1 March?" does: "wait until" /
     * "wachten tot" weighed no choice between now and later there, so the day was no date at all.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "v1|our VS subscription went to Tom on 1 November, can it move to someone else yet?|what if we wait till 1 March?|"
            + "Yes, on 1 March 2027",
        "v2|VS-abonnement op 1 november aan Tom toegewezen, mag het al naar een ander?|en als we wachten tot 1 maart?|"
            + "Ja, op 1 maart 2027"})
    void waitingUntilADayAfterAnAnswerAsksThatDay(String conversation, String first, String then, String answer) {
        say(conversation, first);
        Reply reply = say(conversation, then);

        assertEquals(Optional.of("vs_reassign_from"), reply.intent(), reply.text());
        assertEquals(Optional.of(true), reply.ok(), reply.text());
        assertTrue(reply.text().contains(answer), reply.text());
    }

    /** "The week before last" / "voorvorige week" is fourteen days back, as "last week" is seven; with a weekday, its day. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "b1|we redeemed the key the week before last, until when does it work?|2027-11-23",
        "b2|we hebben de sleutel voorvorige week ingewisseld, tot wanneer werkt hij?|2027-11-23",
        "b3|de code is voorvorige week dinsdag geactiveerd, tot wanneer is hij bruikbaar?|2027-11-24",
        "b4|the code was activated Tuesday the week before last, until when is it usable?|2027-11-24"})
    void theWeekBeforeLastIsTwoWeeksBack(String conversation, String message, LocalDate until) {
        Reply reply = say(conversation, message);

        assertEquals(Optional.of(KEY), reply.intent(), reply.text());
        assertEquals(Optional.of(until), reply.date(), reply.text());
    }

    /**
     * A colleague's key told with "his" (a standing possessive, no determiner of a thing), then the user's own with "mine" /
     * "de mijne": "de mijne" was taken for an unknown thing with a date of its own, and "his" for a determiner.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "h1|my teammate redeemed his on 9 July|and mine on 2 April?|Yours:|Your teammate's:",
        "h2|mijn teamgenoot heeft de zijne op 9 juli ingewisseld|en de mijne op 2 april?|De jouwe:|Die van je teamgenoot:"})
    void theUsersOwnKeyAfterAColleaguesIsAnsweredBesideIt(String conversation, String first, String then, String own, String theirs) {
        Reply colleague = say(conversation, first);
        Reply reply = say(conversation, then);

        assertEquals(Optional.of(KEY), colleague.intent(), colleague.text());
        assertEquals(Optional.of(KEY), reply.intent(), reply.text());
        assertTrue(reply.text().contains(own), reply.text());
        assertTrue(reply.text().contains(theirs), reply.text());
    }

    /** "mijn stagiaire" / "my supervisor" with "her key": the person's date, as "my colleague ... her key" was already. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "s1|mijn stagiaire heeft haar sleutel op 9 juli ingewisseld, tot wanneer?|Die van je stagiaire:",
        "s2|my supervisor redeemed her key on 9 July, until when?|Your supervisor's:"})
    void aPersonOfEveryListsKeyIsThatPersons(String conversation, String message, String label) {
        Reply reply = say(conversation, message);

        assertEquals(Optional.of(LocalDate.of(2027, 7, 9)), reply.date(), reply.text());
        assertTrue(reply.text().contains(label), reply.text());
    }
}
