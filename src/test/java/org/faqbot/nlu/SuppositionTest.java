package org.faqbot.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuppositionTest {

    /** The date is the part between [ and ]; the brackets are removed before the check. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Suppose we activate the code [on Monday]: how long does it last?|true",
        "What if I redeem the key [the day after tomorrow]?|true",
        "Should we redeem it [tomorrow] or wait a week?|true",
        "We plan to redeem the code [on 2 May]. Until when does it work?|true",
        "When I redeem our code [next week] how long will it work?|true",
        "Als we de code [over drie dagen] activeren, hoe lang werkt hij dan?|true",
        "Gesteld dat ik de sleutel [aanstaande maandag] inwissel: tot wanneer?|true",
        "Wanneer ik hem [volgende maand] zou verzilveren, wanneer vervalt hij?|true",
        "Ik ga de code [morgen] activeren. Tot wanneer kan ik hem gebruiken?|true",
        "Is it better to redeem the code [on 2 May], or earlier?|true",
        "Kunnen we beter [na 2 mei] de sleutel inwisselen?|true",
        "I redeemed the code [next month].|false",
        "We activated it [on 2 May], if that matters.|false",
        "If memory serves, I have redeemed it [on 2 May].|false",
        "Ik heb de sleutel [volgende week] ingewisseld.|false",
        "I want to know how long it lasts. I redeemed it [on 2 May].|false",
        "Ik wil weten hoe lang hij werkt, de code is [op 2 mei] geactiveerd.|false",
        "Our key from [last Monday], how long does it work?|false",
        "If I had redeemed the key [on 1 March], would it still work?|true",
        "Als ik de sleutel [op 1 maart] had ingewisseld, zou hij dan nog werken?|true",
        "I had redeemed the key [on 1 March], does it still work?|false",
        "The code will be activated [on 2 May], until when can we use it?|true",
        "Our key is going to be redeemed [next Tuesday]; how long does it work?|true",
        "De code zal [over twee weken] worden geactiveerd, hoe lang werkt hij?|true",
        "The code was activated [on 2 May], until when can we use it?|false",
        "The code has been activated [on 2 May], will it be usable in June?|false"})
    void tellsAPlannedActionFromADoneOne(String marked, boolean expected) {
        int start = marked.indexOf('[');
        int end = marked.indexOf(']') - 1;
        String text = marked.replace("[", "").replace("]", "");

        boolean supposed = Supposition.around(text, start, end);

        assertEquals(expected, supposed);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "If I had redeemed the key [on 1 March], would it still work?|true",
        "Had we activated it [on 2 May], would it work now?|true",
        "Als we hem [op 2 mei] hadden geactiveerd, werkt hij dan nog?|true",
        "If I redeem the key [on 1 March], how long does it work?|false",
        "I had redeemed the key [on 1 March].|false"})
    void tellsASuppositionAboutThePast(String marked, boolean expected) {
        int start = marked.indexOf('[');
        int end = marked.indexOf(']') - 1;
        String text = marked.replace("[", "").replace("]", "");

        boolean counterfactual = Supposition.counterfactual(text, start, end);

        assertEquals(expected, counterfactual);
    }
}
