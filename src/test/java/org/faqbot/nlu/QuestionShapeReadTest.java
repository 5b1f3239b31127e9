package org.faqbot.nlu;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The thread's last reading is reused for the same text only: each text still gets its own answers. */
class QuestionShapeReadTest {

    @Test
    void dutchTextsAskedInTurnKeepTheirOwnShape() {
        String question = "Tot wanneer kan ik mijn sleutel gebruiken?";
        String statement = "Ik heb de sleutel gisteren geactiveerd.";

        boolean first = QuestionShape.asksForDate(question);
        boolean other = QuestionShape.asksForDate(statement);
        boolean again = QuestionShape.asksForDate(question);

        assertTrue(first);
        assertFalse(other);
        assertTrue(again);
    }

    @Test
    void englishTextsAskedInTurnKeepTheirOwnShape() {
        String question = "Until when can my team use the key?";
        String statement = "We activated the key last week.";

        boolean first = QuestionShape.isQuestion(question);
        boolean other = QuestionShape.isQuestion(statement);
        boolean again = QuestionShape.isQuestion(question);

        assertTrue(first);
        assertFalse(other);
        assertTrue(again);
    }

    @Test
    void theSameTextReadTwiceIsReadOnce() {
        String text = "Is my licence still valid next month?";

        QuestionShape.Read first = QuestionShape.read(text);

        assertSame(first, QuestionShape.read(new String(text)));
    }
}
