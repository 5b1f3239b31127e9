package org.faqbot.dialog;

import static org.faqbot.dialog.TestRouters.route;
import static org.faqbot.dialog.TestRouters.ruleOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.faqbot.kb.Lang;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which rule the router takes for statements, misspelt cues and near-alike rules (today is 6 December 2026). */
class RuleCuesRoutingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // A season is read as a date that is not exact (EighthRoundLeftDatesTest): these events name no time at all.
        "We redeemed our product key some time ago|EN|key_valid_until",
        "ik heb onze productcode ergens vorig voorjaar ingewisseld|NL|key_valid_until",
        "I assigned our Visual Studio subscription to Ann a while back|EN|vs_reassign_from",
        "wij hebben het VS-abonnement een tijdje terug toegewezen|NL|vs_reassign_from"})
    void aStatedEventOfTheUsersOwnWithoutAReadableDayAsksForTheDay(String text, Lang lang, String rule) {
        RuleRouter.Routing routing = route(text, lang);

        assertEquals(Optional.of(rule), ruleOf(routing), text);
        assertTrue(routing.personalDateQuestion(), text);
        assertFalse(routing.hasDates(), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "I redeemed a gift card sometime in spring|EN",
        "mijn rijbewijs verloopt ergens in de zomer|NL",
        "We redeemed our product key in spring but the portal rejects it|EN",
        "ik heb de productcode ingewisseld, maar hij doet het niet|NL",
        "I want to redeem our product key in spring|EN",
        "My colleague says a product key is redeemed in the portal|EN"})
    void otherStatementsAreNoQuestionForTheUsersDay(String text, Lang lang) {
        RuleRouter.Routing routing = route(text, lang);

        assertFalse(routing.personalDateQuestion() && routing.rule().isPresent(), text + " -> " + ruleOf(routing));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "our benifits expire on 31 January 2027, may we still redeem them?|EN|redeem_deadline",
        "de vervaldatum van onze vordelen is 31 januari 2027, mogen we ze nog inwisselen?|NL|redeem_deadline",
        "our benefits end on 31 January 2027, may we still redem the keys?|EN|redeem_deadline"})
    void misspeltThingsAndVerbsStillNameTheRule(String text, Lang lang, String rule) {
        RuleRouter.Routing routing = route(text, lang);

        assertEquals(Optional.of(rule), ruleOf(routing), text);
        assertTrue(routing.hasDates(), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "How soon may we reassign the VS subscription of our tester?|EN",
        "Hoe snel mogen we het VS-abonnement van onze tester opnieuw toewijzen?|NL",
        "Hoe gauw kan ik ons visual studio abonnement opnieuw aan een ander teamlid toewijzen?|NL"})
    void howSoonToReassignAsksTheReassignmentRule(String text, Lang lang) {
        RuleRouter.Routing routing = route(text, lang);

        assertEquals(Optional.of("vs_reassign_from"), ruleOf(routing), text);
        assertTrue(routing.personalDateQuestion(), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Mag ik ons VS-abonnement opnieuw activeren?|NL",
        "Kunnen we het Visual Studio abonnement heractiveren?|NL",
        "May we reactivate our Visual Studio subscription?|EN"})
    void reactivatingIsNoReassignment(String text, Lang lang) {
        assertNotEquals(Optional.of("vs_reassign_from"), ruleOf(route(text, lang)), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Can I re-activate my VS subscription?|EN",
        "could we activate our Visual Studio subscriptions again?|EN",
        "Kunnen we het Visual Studio abonnement heractiveren?|NL",
        "mogen wij onze vs-abonnementen weer activeren?|NL"})
    void aYesNoWhetherToReactivateAsksTheGracePeriodAboutTheUsersOwnDate(String text, Lang lang) {
        RuleRouter.Routing routing = route(text, lang);

        assertEquals(Optional.of("user_assignment_grace_until"), ruleOf(routing), text);
        assertTrue(routing.personalDateQuestion(), text);
        assertFalse(routing.hasDates(), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Can we use the key for a demo at a customer?|EN",
        "mogen we onze productcode voor een demo gebruiken?|NL",
        "Can we redeem our benefits for a new tenant?|EN",
        "kunnen we de voordelen in een andere tenant inwisselen?|NL"})
    void aYesNoThatOnlyNamesAnUntilRulesThingAsksNothingOfTheUsersDate(String text, Lang lang) {
        assertFalse(route(text, lang).personalDateQuestion(), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Our enrollment renewed on 20 November 2026, may we reactivate our Visual Studio subscription?|EN",
        "Onze inschrijving is op 20 november 2026 verlengd, mag ik ons VS-abonnement opnieuw activeren?|NL"})
    void reactivatingWithARenewalDateIsTheGracePeriod(String text, Lang lang) {
        assertEquals(Optional.of("user_assignment_grace_until"), ruleOf(route(text, lang)), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Tot wanneer mogen we onze product keys inwisselen?|NL",
        "By when must product keys be redeemed?|EN",
        "Tot wanneer kunnen productcodes worden ingewisseld?|NL",
        "Tot wanneer kunnen productcodes ingewisseld worden?|NL"})
    void untilWhenToRedeemKeysIsTheRedeemDeadline(String text, Lang lang) {
        assertEquals(Optional.of("redeem_deadline"), ruleOf(route(text, lang)), text);
    }
}
