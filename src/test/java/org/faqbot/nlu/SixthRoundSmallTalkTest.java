package org.faqbot.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Small talk the sixth test round found falling back: stretched greetings, complaints, "that's wrong", goodbyes. */
class SixthRoundSmallTalkTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "hiii 🙂|GREETING", "hallooo!|GREETING", "goedemorgennn|GREETING", "hey, quick q|QUESTION_COMING",
        "hoi, snel vraagje|QUESTION_COMING", "wat een stomme bot is dit zeg|UNHAPPY", "wtf voor een ding is dit|UNHAPPY",
        "stomme bot. je begrijpt er niets van|UNHAPPY", "you don't get it|UNHAPPY", "no, that's not right|WRONG",
        "Dat is onjuist.|WRONG", "nee hoor, fout|WRONG", "thanks, but that is incorrect|WRONG", "dank je, maar dit klopt niet|WRONG",
        "could I talk to somebody from Microsoft?|HUMAN_HELP", "kan ik iemand van Microsoft bellen?|HUMAN_HELP",
        "nog een fijne dag!|GOODBYE", "have a good one|GOODBYE", "oeps, sorry|APOLOGY", "my apologies|APOLOGY",
        "who built you?|MAKER", "door wie ben je gemaakt?|MAKER"})
    void recognises(String text, SmallTalk.Kind expected) {
        assertEquals(Optional.of(expected), SmallTalk.classify(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "klopt niet, ik heb hem in 2024 ingewisseld", "that's wrong, my key was redeemed on 2 May", "is it wrong to renew early?",
        "wat is fout aan mijn aanvraag?", "can I speak to someone at Microsoft about my benefits renewal?",
        "sorry, how do I renew my benefits?", "hiii how long is my key valid?", "too", "see", "wrong invoice amount"})
    void leavesQuestionsAndCorrections(String text) {
        assertEquals(Optional.empty(), SmallTalk.classify(text));
    }
}
