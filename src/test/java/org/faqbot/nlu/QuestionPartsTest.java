package org.faqbot.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Where a message of several questions is cut, and where a question with its context stays whole. */
class QuestionPartsTest {

    static Stream<Arguments> several() {
        return Stream.of(
                Arguments.of("How can I renew our benefits? Also, where do I activate Visual Studio?",
                        List.of("How can I renew our benefits?", "where do I activate Visual Studio?")),
                Arguments.of("hoe verleng ik de voordelen en wat kost de verlenging?",
                        List.of("hoe verleng ik de voordelen?", "wat kost de verlenging?")),
                Arguments.of("vanaf wanneer mag ik het abonnement aan een ander geven en tot wanneer werkt de sleutel?",
                        List.of("vanaf wanneer mag ik het abonnement aan een ander geven?", "tot wanneer werkt de sleutel?")),
                Arguments.of("what is an action pack, and can I buy one for a customer?",
                        List.of("what is an action pack?", "can I buy one for a customer?")));
    }

    @ParameterizedTest
    @MethodSource
    void several(String message, List<String> questions) {
        QuestionParts.Parts parts = QuestionParts.of(message);

        assertEquals(questions, parts.questions());
    }

    static Stream<String> oneQuestion() {
        return Stream.of(
                "How can I renew our benefits?",
                // A question word followed by its subject tells a condition, not a second question.
                "What happens to the keys when we do not renew?",
                "wat gebeurt er met de sleutels als ik niet verleng en wanneer ik te laat ben?",
                // The clause before "and" tells a story; the question after it is the only one.
                "We redeemed the key in March and can we still use it?",
                // "or" joins alternatives of one question.
                "Can I renew now or do I have to wait?",
                // Too short to be asked on its own.
                "Does it expire? Why?");
    }

    @ParameterizedTest
    @MethodSource
    void oneQuestion(String message) {
        QuestionParts.Parts parts = QuestionParts.of(message);

        assertEquals(1, parts.questions().size(), parts.toString());
    }

    @Test
    void statementsAreTheQuestionsContext() {
        QuestionParts.Parts parts = QuestionParts.of("I assigned it on 3 May. When may I reassign it? And how do I renew?");

        assertEquals("I assigned it on 3 May.", parts.context());
        assertEquals(List.of("When may I reassign it?", "how do I renew?"), parts.questions());
    }

    @Test
    void dutchTextReadAgainGetsItsPartsWithoutCuttingItAgain() {
        String message = "Mijn sleutel is van vorig jaar. Werkt die nog? En hoe verleng ik hem?";
        QuestionParts.Parts first = QuestionParts.of(message);

        assertSame(first, QuestionParts.of(message));
        QuestionParts.Parts other = QuestionParts.of("Hoe verleng ik mijn abonnement? En wanneer verloopt het?");
        assertEquals(List.of("Hoe verleng ik mijn abonnement?", "wanneer verloopt het?"), other.questions());
        assertEquals(first, QuestionParts.of(message));
    }

    @Test
    void englishTextReadAgainGetsItsPartsWithoutCuttingItAgain() {
        String message = "My key came last spring. Does it still work? And how do I renew it?";
        QuestionParts.Parts first = QuestionParts.of(message);

        assertSame(first, QuestionParts.of(message));
        assertEquals(List.of("how do I extend a plan?"), QuestionParts.of("how do I extend a plan?").questions());
        assertEquals(first, QuestionParts.of(message));
    }
}
