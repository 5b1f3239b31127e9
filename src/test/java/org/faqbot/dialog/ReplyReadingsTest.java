package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.DateExtractor;
import org.faqbot.nlu.DateMention;
import org.faqbot.nlu.YearlessPolicy;
import org.faqbot.rules.RuleBook;
import org.faqbot.rules.Tense;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A reply reads each text's dates, and routes each question, once (perf19): the readers of one reply share the reading
 * between {@code begin} and {@code end}, and nothing is kept after the reply, so a message sent again is read again.
 */
class ReplyReadingsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EN|I traded in the demo key on 14 March, how long does it keep working?",
        "NL|Ik heb de demo-key op 14 maart verzilverd, hoe lang blijft hij werken?"})
    void aReplyReadsEachTextOnce(Lang lang, String text) {
        DateReader reader = new DateReader(new DateExtractor());
        reader.begin();
        List<DateMention> first = reader.read(text, lang, TestRouters.TODAY, Tense.PAST);
        assertSame(first, reader.read(text, lang, TestRouters.TODAY, Tense.PAST));
        // Another policy is another reading.
        assertNotSame(first, reader.read(text, lang, TestRouters.TODAY, YearlessPolicy.NEXT_UPCOMING));
        reader.end();
        List<DateMention> again = reader.read(text, lang, TestRouters.TODAY, Tense.PAST);
        assertNotSame(first, again);
        assertEquals(first, again);
        assertEquals(1, again.size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EN|We cashed in the product key on 2 February, until when is it good?",
        "NL|We hebben de productkey op 2 februari ingewisseld, tot wanneer is hij goed?"})
    void aReplyRoutesEachQuestionOnce(Lang lang, String text) {
        RuleRouter router = new RuleRouter(RuleBook.standard(), new DateReader(new DateExtractor()),
                DialogSettings.standard().intentThreshold());
        router.begin();
        RuleRouter.Routing first = router.route(text, lang, TestRouters.TODAY, Optional.empty());
        assertSame(first, router.route(text, lang, TestRouters.TODAY, Optional.empty()));
        router.end();
        RuleRouter.Routing again = router.route(text, lang, TestRouters.TODAY, Optional.empty());
        assertNotSame(first, again);
        assertEquals(first, again);
        assertEquals(true, again.hasDates());
    }
}
