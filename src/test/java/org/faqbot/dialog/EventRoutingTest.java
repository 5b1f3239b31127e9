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

/**
 * Which rule the router takes for the user's own event (activating a code, redeeming "it"), a renewal asked in chat
 * shorthand, advice on when to redeem and what becomes of keys when the membership ends (today is 6 December 2026).
 */
class EventRoutingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "We activated our code on 3 March 2026, how long does it keep working?|EN",
        "We hebben onze code op 3 maart 2026 geactiveerd, hoe lang nog?|NL",
        "If we activate the key next Monday, how long can we use it?|EN",
        "als we de sleutel over tien dagen activeren, tot wanneer werkt hij?|NL"})
    void activatingACodeOrKeyIsRedeemingIt(String text, Lang lang) {
        RuleRouter.Routing routing = route(text, lang);

        assertEquals(Optional.of("key_valid_until"), ruleOf(routing), text);
        assertTrue(routing.factDates().containsKey("key_redeemed_on"), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "May we activate the licence in a customer's tenant?|EN",
        "Mogen we de licentie in de tenant van een klant activeren?|NL"})
    void activatingALicenceForACustomerIsNoRule(String text, Lang lang) {
        assertEquals(Optional.empty(), ruleOf(route(text, lang)), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Suppose we redeem it next Tuesday, how long can we use it?|EN",
        "stel dat we hem over twee weken inwisselen, hoe lang kunnen we hem gebruiken?|NL",
        "if we redeem it, until when does it work?|EN",
        "als we hem inwisselen, tot wanneer werkt hij dan?|NL",
        "should we redeem it on Friday?|EN",
        "stel dat we hem overmorgen activeren, hoe lang werkt hij dan?|NL"})
    void redeemingItCountsTheKeysYearNotTheRedeemDeadline(String text, Lang lang) {
        assertEquals(Optional.of("key_valid_until"), ruleOf(route(text, lang)), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "If we redeem our benefits next week, until when can we use them?|EN",
        "may we still redeem our benefits on 2 October?|EN",
        "mogen we onze voordelen op 2 oktober nog inwisselen?|NL"})
    void redeemingTheBenefitsStaysTheRedeemDeadline(String text, Lang lang) {
        assertEquals(Optional.of("redeem_deadline"), ruleOf(route(text, lang)), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "mn lidmaatschap vervalt op 30 april, wnr kan ik verlengen|NL",
        "ons lidmaatschap verloopt 30 april, wnnr kunnen we verlengen|NL",
        "ons lidmaatschap verloopt 30 april wnnr kunnen we verlengen|NL",
        "mn lidmaatschap vervalt op 30 april hoe snel kan ik hem verlengen|NL",
        "our membership runs out on 30 April when can we renew it|EN",
        "my membership expires 30 April how soon can I renew|EN"})
    void aMembershipToRenewInChatShorthandIsTheRenewalRule(String text, Lang lang) {
        RuleRouter.Routing routing = route(text, lang);

        assertEquals(Optional.of("renewal_open_from"), ruleOf(routing), text);
        assertTrue(routing.personalDateQuestion(), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ons lidmaatschap loopt 12 mei af, vanaf wanneer mogen we verlengen?|NL",
        "onze membership eindigt 12 mei, wanneer mogen we verlengen?|NL",
        "het lidmaatschap zal op 12 mei eindigen, wanneer kunnen we het verlengen?|NL",
        "our membership will end on 12 May, from when may we renew?|EN"})
    void theMembershipsEndBeforeARenewalQuestionIsItsExpiryNotTheRenewalStart(String text, Lang lang) {
        RuleRouter.Routing routing = route(text, lang);

        assertEquals(Optional.of("renewal_open_from"), ruleOf(routing), text);
        assertTrue(routing.factDates().containsKey("benefit_expiry"), () -> routing.factDates().toString());
        assertFalse(routing.factDates().containsKey("renewal_start"), () -> routing.factDates().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Is it better to redeem our product key now, or should we wait until the end of January?|EN",
        "should I redeem it today or wait till after Easter?|EN",
        "moeten we de sleutel nu inwisselen of beter wachten tot na nieuwjaarsdag?|NL"})
    void adviceOnWhenToRedeemIsTheKeyRuleInGeneral(String text, Lang lang) {
        RuleRouter.Routing routing = route(text, lang);

        assertEquals(Optional.of("key_valid_until"), ruleOf(routing), text);
        assertTrue(routing.generalQuestion() && routing.outranksSearch(), text);
        assertFalse(routing.hasDates() || routing.personalDateQuestion(), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "What will happen to our product keys if we do not renew our membership?|EN",
        "what happens to the codes when our benefits run out?|EN",
        "wat gebeurt er met onze sleutels als we het lidmaatschap niet verlengen?|NL"})
    void whatBecomesOfKeysWhenTheMembershipEndsIsTheKeyRuleInGeneral(String text, Lang lang) {
        RuleRouter.Routing routing = route(text, lang);

        assertEquals(Optional.of("key_valid_until"), ruleOf(routing), text);
        assertTrue(routing.generalQuestion() && routing.outranksSearch(), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "what happens to our benefits if we don't renew?|EN",
        "what happens to my keys in the portal?|EN",
        "wat gebeurt er met onze voordelen als we niet verlengen?|NL"})
    void otherQuestionsWhatHappensAreNoQuestionAboutTheKeysFate(String text, Lang lang) {
        RuleRouter.Routing routing = route(text, lang);

        assertNotEquals(Optional.of("key_valid_until"), ruleOf(routing).filter(id -> routing.outranksSearch()), text);
    }
}
