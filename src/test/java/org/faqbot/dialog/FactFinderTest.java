package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.DateExtractor;
import org.faqbot.nlu.DateMention;
import org.faqbot.nlu.YearlessPolicy;
import org.faqbot.rules.Fact;
import org.faqbot.rules.RuleBook;
import org.faqbot.rules.Tense;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FactFinderTest {

    private static final LocalDate TODAY = LocalDate.of(2021, 6, 15);
    private static final RuleBook BOOK = RuleBook.standard();
    private final FactFinder finder = new FactFinder(BOOK.facts(),
            Map.of(Lang.EN, BOOK.otherEvents(Lang.EN), Lang.NL, BOOK.otherEvents(Lang.NL)));

    private List<FactFinder.Located> locate(String text, Lang lang) {
        List<DateMention> mentions = new DateExtractor().extract(text, lang, TODAY, YearlessPolicy.MOST_RECENT_PAST);
        return finder.locate(text, lang, mentions);
    }

    @Test
    void aDateOfAnotherEventIsNoFactAtAll() {
        List<FactFinder.Located> located = locate("Our key was issued on 2 February 2021 and expires later", Lang.EN);

        assertEquals(List.of(), located);
    }

    @Test
    void aDutchReceivedDateIsNoFactEither() {
        List<FactFinder.Located> located = locate("We hebben de productcode op 2 februari 2021 ontvangen", Lang.NL);

        assertEquals(List.of(), located);
    }

    @Test
    void anotherEventInTheNextClauseLeavesTheDateToItsOwnVerb() {
        List<FactFinder.Located> located = locate("I gave the VS subscription to Ann on 2 February 2021, and she got a new laptop", Lang.EN);

        assertEquals(Optional.of("vs_assigned_on"), located.get(0).fact().map(Fact::id));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EN|when does a key redeemed on 2 February 2021 expire?|key_redeemed_on",
        "EN|when would the code I activated the key on 2 February expire|key_redeemed_on",
        "NL|welke voordelen verlopen op 2 februari inwisselen?|benefit_expiry"})
    void theVerbWhoseOwnDateItIsWinsOverANearerOneAfterIt(Lang lang, String text, String fact) {
        List<FactFinder.Located> located = locate(text, lang);

        assertEquals(Optional.of(fact), located.get(0).fact().map(Fact::id));
    }

    @Test
    void thePastVerbOfAFutureFactIsReported() {
        List<FactFinder.Located> located = locate("Our benefits expired on 2 April", Lang.EN);

        assertEquals(Optional.of("benefit_expiry"), located.get(0).fact().map(Fact::id));
        assertEquals(Optional.of(Tense.PAST), located.get(0).verbTense());
    }

    @Test
    void eachDateTakesTheCueOfItsOwnClauseAcrossAnd() {
        List<FactFinder.Located> located = locate("On 3 April I redeemed the key and on 9 July the benefits of our whole team expire", Lang.EN);

        assertEquals(Optional.of("key_redeemed_on"), located.get(0).fact().map(Fact::id));
        assertEquals(Optional.of("benefit_expiry"), located.get(1).fact().map(Fact::id));
    }

    @Test
    void eachDutchDateTakesTheCueOfItsOwnClauseAcrossEn() {
        List<FactFinder.Located> located = locate("Ik heb de sleutel op 3 april ingewisseld en op 9 juli zijn onze voordelen verlopen", Lang.NL);

        assertEquals(Optional.of("key_redeemed_on"), located.get(0).fact().map(Fact::id));
        assertEquals(Optional.of("benefit_expiry"), located.get(1).fact().map(Fact::id));
    }

    @Test
    void aDateWithoutACueOfItsOwnStillTakesTheOneAcrossAnd() {
        List<FactFinder.Located> located = locate("I redeemed the key and the Azure credit on 3 April", Lang.EN);

        assertEquals(Optional.of("key_redeemed_on"), located.get(0).fact().map(Fact::id));
    }

    @Test
    void aQuestionAfterACommaDoesNotTakeTheDateBeforeIt() {
        List<FactFinder.Located> located = locate("I redeemed my key on 3 April, has it expired?", Lang.EN);

        assertEquals(Optional.of("key_redeemed_on"), located.get(0).fact().map(Fact::id));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "NL|Ons lidmaatschap loopt op 12 mei af",
        "NL|onze voordelen lopen 12 mei af",
        "NL|Het partnerlidmaatschap liep op 12 mei af",
        "NL|onze membership eindigt per 12 mei",
        "NL|De voordelen eindigden op 12 mei",
        "EN|Our membership will end on 12 May",
        "EN|our benefits are ending on 12 May",
        "EN|the membership runs out 12 May"})
    void theEndOfTheMembershipInAnyVerbFormIsTheBenefitExpiry(Lang lang, String text) {
        List<FactFinder.Located> located = locate(text, lang);

        assertEquals(Optional.of("benefit_expiry"), located.get(0).fact().map(Fact::id));
    }
}
