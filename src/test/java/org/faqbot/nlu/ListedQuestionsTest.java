package org.faqbot.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Questions typed as a list without question marks are parted by their markers, as question marks would part them. */
class ListedQuestionsTest {

    @Test
    void numberedLinesAreQuestionsOfTheirOwn() {
        QuestionParts.Parts parts = QuestionParts.of("Twee dingen:\n1. hoe lang werkt een ingewisselde sleutel\n2. waar staat onze verlengingsdatum");

        assertEquals(List.of("hoe lang werkt een ingewisselde sleutel", "waar staat onze verlengingsdatum"), parts.questions());
        assertEquals("Twee dingen:", parts.context());
    }

    @Test
    void bulletedLinesAreQuestionsOfTheirOwn() {
        QuestionParts.Parts parts = QuestionParts.of("quick ones\n- assigning Visual Studio seats\n- when the benefits lapse");

        assertEquals(List.of("assigning Visual Studio seats", "when the benefits lapse"), parts.questions());
    }

    @Test
    void numbersRunTogetherOnOneLineArePartedToo() {
        QuestionParts.Parts parts = QuestionParts.of("1) membership renewal 2) product key lifetime");

        assertEquals(List.of("membership renewal", "product key lifetime"), parts.questions());
    }

    @Test
    void aListOfStatementsBeforeAQuestionStaysItsContext() {
        QuestionParts.Parts parts = QuestionParts.of("1. sleutel een op 3 maart ingewisseld\n2. sleutel twee op 9 mei\ntot wanneer werken ze");

        assertEquals(List.of("tot wanneer werken ze"), parts.questions());
    }

    @Test
    void numbersOutOfOrderOrOneItemAreNoList() {
        assertEquals(1, QuestionParts.of("we have 3) seats and 7) keys left").questions().size());
        assertEquals(1, QuestionParts.of("vraag:\n1) hoe verleng ik ons lidmaatschap").questions().size());
    }
}
