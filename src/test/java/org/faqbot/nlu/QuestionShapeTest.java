package org.faqbot.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionShapeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Is my key still valid?|true",
        "Kunnen we de abonnementen vandaag nog gebruiken?|true",
        "Sleutel op 2 maart verzilverd, werkt hij nog?|true",
        "Until when is my key valid?|false",
        "Tot welke datum mag ik nog activeren?|false",
        "I redeemed the key last week.|false",
        "How do I renew?|false",
        "Mag ik het abonnement nu aan een ander geven?|true",
        "Until when is the code good for, and is it still good today?|true",
        "Tot wanneer werkt onze code en kan ik hem vandaag nog gebruiken?|true",
        "When the portal shows a warning, should I act?|true",
        "our benefits end this week 😬 can we still claim the keys|true",
        "Onze voordelen lopen af 😅 tot wanneer kan ik nog activeren|false",
        "Is de code tot 1 mei bruikbaar?|true",
        "Kan ik vanaf volgende week verlengen?|true",
        "Werkt hij per 1 juli nog?|true"})
    void recognisesYesNoQuestions(String text, boolean expected) {
        assertEquals(expected, QuestionShape.isYesNo(text));
    }

    /** An "until" or "tot" with nothing after it leaves the date open: the question asks for it, not for a yes. */
    @ParameterizedTest(name = "{0} -> yes/no {1}, date {2}")
    @CsvSource(delimiter = '|', value = {
        "Licence activated 2025-04-07 - good until?|false|true",
        "Code van de partnerportal, bruikbaar tot?|false|true",
        "works till?|false|true",
        "Licence from June, valid until 1 July?|true|false",
        "Is de code tot 1 mei bruikbaar?|true|false"})
    void anOpenUntilAsksForTheDate(String text, boolean yesNo, boolean date) {
        assertEquals(yesNo, QuestionShape.isYesNo(text));
        assertEquals(date, QuestionShape.asksForDate(text));
    }

    /**
     * A Dutch clause opening with "heb" or "ben" and no subject after it is a statement whose "ik" the writer dropped;
     * with its subject after the verb it asks.
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "heb de licentie vorige week geclaimd, tot wanneer loopt hij?|false",
        "ben de datum kwijt, wanneer was het ook alweer?|false",
        "heb je de licentie al geclaimd?|true",
        "ben ik te laat met verlengen?|true",
        "heb de licentie vorige week geclaimd, nog bruikbaar?|true"})
    void aDroppedFirstPersonSubjectIsAStatement(String text, boolean expected) {
        assertEquals(expected, QuestionShape.isYesNo(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Activated the code back in May, still good?|true",
        "Code in mei geactiveerd, nog bruikbaar?|true",
        "Onze sleutel van april, al verlopen?|true",
        "We got the licence in June, and still usable|true",
        "Sleutel uit juni, nog steeds geldig|true",
        "Licence from June, valid until 1 July?|true",
        "Sleutel uit juni, op 1 juli nog bruikbaar?|true",
        "Got the key in May, already redeemed it?|true",
        "The key was redeemed in May, valid for one year.|false",
        "Our key is still valid.|false",
        "Code uit mei, hoe lang nog bruikbaar?|false",
        "Activated in May, good until when?|false",
        "Sleutel uit april, tot wanneer nog geldig?|false",
        "Got the key in May, how long still usable?|false"})
    void recognisesAYesNoQuestionTaggedOnToAStatement(String text, boolean expected) {
        assertEquals(expected, QuestionShape.isYesNo(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Ik wil graag weten of onze code nog werkt|true",
        "I'd like to know whether the benefits still apply, we renewed in May|true",
        "Weet jij misschien of de licentie nog loopt?|true",
        "I wonder if the subscription renews by itself|true",
        "Ik vraag me af of de sleutel na een jaar stopt|true",
        "Do you know when the subscription ends?|false",
        "Kun je me vertellen tot wanneer de code werkt?|false",
        "Weet je wanneer ik moet verlengen?|false",
        "Ik heb vragen of opmerkingen over de licentie|false"})
    void recognisesAnEmbeddedYesNoQuestion(String text, boolean expected) {
        assertEquals(expected, QuestionShape.isYesNo(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "By when do I have to activate everything?|true",
        "hoeveel dagen heb ik nog?|true",
        "Vanaf welke datum mag dat?|true",
        "What is the first day on which we can renew?|true",
        "Wat is de eerste datum waarop ik mag verlengen?|true",
        "How soon may we hand the subscription to Bob?|true",
        "Hoe snel mag ons team de licentie doorgeven?|true",
        "What does benefit expiry mean?|false",
        "Waar vind ik de knop?|false",
        "ons abo loopt af, wnnr mag ik verlengen|true",
        "wnr kunnen we de sleutels inwisselen|true"})
    void recognisesQuestionsThatAskForADate(String text, boolean expected) {
        assertEquals(expected, QuestionShape.asksForDate(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Does our subscription renew?|true",
        "Wanneer verloopt m'n sleutel?|true",
        "What does the benefit expiry date mean?|false",
        "Hoe werkt toewijzen in Partner Center?|false",
        "Can you tell me when the code runs out?|false",
        "Could you let us know whether the licence still works?|false",
        "Kun je me even vertellen wanneer de code afloopt?|false",
        "Kunt u mij zeggen tot wanneer de licentie loopt?|false",
        "Laat me weten of de licentie nog loopt|false",
        "Could you tell us when our licence ends?|true",
        "Kun je me vertellen wanneer ik moet verlengen?|true"})
    void recognisesPersonalQuestions(String text, boolean expected) {
        assertEquals(expected, QuestionShape.isPersonal(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "hoe verleng ik dat|true",
        "Kan dat ook later|true",
        "Let me check the portal first...|false",
        "Het staat in het dashboard.|false",
        "Visual Studio subscriptions?|true",
        "onze code is ingewisseld, wnnr werkt hij niet meer|true",
        "Ik wil weten of de code nog werkt|true",
        "Code uit mei, nog steeds geldig|true"})
    void recognisesQuestions(String text, boolean expected) {
        assertEquals(expected, QuestionShape.isQuestion(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "How many days are left?|true",
        "and how much time do we still have left?|true",
        "Hoeveel dagen hebben we dan nog?|true",
        "Hoeveel tijd heb ik nog over?|true",
        "How many days of holiday do I have left?|false",
        "Hoeveel dagen vakantie heb ik nog?|false",
        "How long is the grace period?|false"})
    void recognisesABareDaysLeftQuestion(String text, boolean expected) {
        assertEquals(expected, QuestionShape.asksOnlyForDaysLeft(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "When does it expire?|true",
        "Wanneer verloopt hij?|true",
        "Wanneer verloopt het?|true",
        "Tot wanneer is die geldig?|true",
        "Wanneer verloopt het lidmaatschap?|false",
        "When does my membership expire?|false"})
    void recognisesPronounsThatPointBack(String text, boolean expected) {
        assertEquals(expected, QuestionShape.refersBack(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Can I still use my key?|true",
        "Kan ik nu al verlengen?|true",
        "Werkt de key vandaag nog?|true",
        "Heb ik nog een paar dagen?|true",
        "Can I redeem a key again?|false",
        "We already redeemed the key. Does it expire with our membership?|false",
        "De key is al ingewisseld. Loopt hij af met ons lidmaatschap?|false",
        "Moet ik daarna nog iets doen?|false",
        "Kan ik nog meer licenties krijgen?|false"})
    void recognisesQuestionsAboutNow(String text, boolean expected) {
        assertEquals(expected, QuestionShape.isAboutNow(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Can a customer still cancel the subscription we sold them?|true",
        "Kan een klant zijn licenties nog teruggeven?|true",
        "Can we still activate our benefits?|false",
        "Is my key still valid?|false",
        "Werkt hij nog?|false",
        "How long can a customer keep it?|true",
        "Wanneer moet Microsoft uiterlijk beslissen?|true",
        "Can a customer still cancel? Where would they do that?|true",
        "When can we renew?|false",
        "How long can I keep it?|false"})
    void recognisesQuestionsAboutAnotherParty(String text, boolean expected) {
        assertEquals(expected, QuestionShape.asksAboutOthers(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "do you happen to know when the licence ends|true",
        "could you tell me until when the code works|true",
        "kun je me zeggen tot wanneer de licentie loopt|true",
        "weet jij wanneer de code afloopt|true",
        "can you say when the licence runs out|true",
        "could you check when the code stops working|true",
        "do you have any idea when the licence ends|true",
        "kun je even nakijken wanneer de code afloopt|true",
        "heb je enig idee tot wanneer de licentie loopt|true",
        "it ends when|true",
        "does the licence end when the year is over|false",
        "is de code tot 1 mei bruikbaar|false",
        "loopt de licentie per 1 juli af|false"})
    void readsAClauseThatAsksForSomethingElseThanYesOrNo(String clause, boolean expected) {
        assertEquals(expected, QuestionShape.asksForOther(clause));
    }
}
