package org.faqbot.http;

/** The bound on a question's length that the public endpoints enforce ({@code FAQBOT_MAX_QUESTION_CHARS}). */
final class QuestionLength {

    private QuestionLength() {
    }

    /** Throws {@link IllegalArgumentException} (a 400 answer) when {@code question} is over {@code max} characters. */
    static void check(String question, int max) {
        int length = question.codePointCount(0, question.length());
        if (length > max) {
            throw new IllegalArgumentException("\"q\" is " + length + " characters long; at most " + max + " are accepted");
        }
    }
}
