package org.faqbot.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.faqbot.kb.Lang;

/**
 * The questions of a message that asks several which its reply does not answer, named in a note at its end so that none
 * is dropped without a word ({@link SeveralQuestions}): those without a sure answer of their own, or leaning on the first
 * ("... and what does it cost?"), and those past the most answers one reply gives ({@code leftOut}).
 */
record UnansweredNote(List<String> unsure, List<String> leftOut) {

    static final UnansweredNote NONE = new UnansweredNote(List.of(), List.of());

    /** Between the two lists in the text the conversation keeps; a question is one line. */
    private static final String LISTS_APART = "\n\n";

    UnansweredNote {
        unsure = List.copyOf(unsure);
        leftOut = List.copyOf(leftOut);
    }

    boolean isEmpty() {
        return unsure.isEmpty() && leftOut.isEmpty();
    }

    /** The note's sentences, in {@code lang}; "" when it names nothing. */
    String text(Texts texts, Lang lang) {
        List<String> sentences = new ArrayList<>();
        if (unsure.size() == 1) {
            sentences.add(texts.get(lang, "several.unanswered", unsure.get(0)));
        } else if (unsure.size() > 1) {
            sentences.add(texts.get(lang, "several.unanswered_more", quoted(unsure)));
        }
        if (!leftOut.isEmpty()) {
            sentences.add(texts.get(lang, leftOut.size() == 1 ? "several.left_out" : "several.left_out_more", quoted(leftOut)));
        }
        return String.join("\n\n", sentences);
    }

    /** The note as the conversation keeps it, one text (null when it names nothing), for "in English?" to say again. */
    String kept() {
        return isEmpty() ? null : lines(unsure) + LISTS_APART + lines(leftOut);
    }

    /** The note {@link #kept} gave. */
    static UnansweredNote fromKept(Optional<String> kept) {
        if (kept.isEmpty()) {
            return NONE;
        }
        String[] lists = kept.get().split(LISTS_APART, -1);
        return new UnansweredNote(questions(lists[0]), lists.length > 1 ? questions(lists[1]) : List.of());
    }

    private static String lines(List<String> questions) {
        return questions.stream().map(q -> q.replace('\n', ' ')).collect(Collectors.joining("\n"));
    }

    private static List<String> questions(String lines) {
        return lines.isEmpty() ? List.of() : List.of(lines.split("\n"));
    }

    private static String quoted(List<String> questions) {
        return questions.stream().map(q -> "\"" + q + "\"").collect(Collectors.joining(", "));
    }
}
