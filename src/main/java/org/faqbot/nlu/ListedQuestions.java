package org.faqbot.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Questions typed as a list without question marks ("Vragen:\n1) waar vind ik mijn verloopdatum\n2) hoe verleng ik",
 * "1) renew benefits 2) activate VS"): the list markers part them as question marks would, where otherwise only the
 * last line was asked and the rest silently taken for context. Only a list that ends the message counts: "1. key A on
 * 1 January\n2. key B on 1 July\nwhen do they expire" is statements and one question after them, and stays so.
 */
final class ListedQuestions {

    /** A list item's marker at a line's start: "1)", "2.", "-", "*", "•". */
    private static final Pattern LINE_MARKER = Pattern.compile("^\\s*(?:\\d{1,2}[.)]|[-*\\u2022])\\s+");
    /** Numbered items run together on one line: "1) renew benefits 2) activate VS". */
    private static final Pattern INLINE_NUMBER = Pattern.compile("(?:^|\\s)(\\d{1,2})\\)\\s+");
    /** A number and full stop alone, as the sentence split leaves "1. how ..." */
    private static final Pattern BARE_NUMBER = Pattern.compile("\\s*\\d{1,2}\\.\\s*");
    /** Items of two words are questions here ("renew benefits"): the marker, not the wording, says so. */
    private static final int FEWEST_WORDS = 2;

    private ListedQuestions() {
    }

    /** The message's listed questions with the sentences before them as context; empty when it ends in no list of two or more. */
    static Optional<QuestionParts.Parts> of(List<String> split) {
        List<String> sentences = markersJoined(split);
        if (sentences.isEmpty()) {
            return Optional.empty();
        }
        if (sentences.size() == 1) {
            return inline(sentences.get(0));
        }
        int first = sentences.size();
        while (first > 0 && LINE_MARKER.matcher(sentences.get(first - 1)).find()) {
            first--;
        }
        List<String> items = new ArrayList<>();
        for (String sentence : sentences.subList(first, sentences.size())) {
            items.add(LINE_MARKER.matcher(sentence).replaceFirst("").strip());
        }
        return parts(String.join(" ", sentences.subList(0, first).stream().map(String::strip).toList()), items);
    }

    /** A sentence that is only "1." was cut from its item at the full stop; it is put back before the item. */
    private static List<String> markersJoined(List<String> sentences) {
        List<String> joined = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            String sentence = sentences.get(i);
            if (BARE_NUMBER.matcher(sentence).matches() && i + 1 < sentences.size()) {
                sentence = sentence.strip() + " " + sentences.get(++i).strip();
            }
            joined.add(sentence);
        }
        return joined;
    }

    /** "1) ... 2) ... 3) ...": numbered from 1 up, each number one more than the one before. */
    private static Optional<QuestionParts.Parts> inline(String sentence) {
        Matcher m = INLINE_NUMBER.matcher(sentence);
        List<int[]> marks = new ArrayList<>();
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) != marks.size() + 1) {
                return Optional.empty();
            }
            marks.add(new int[] {m.start(1), m.end()});
        }
        List<String> items = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            int end = i + 1 < marks.size() ? marks.get(i + 1)[0] : sentence.length();
            items.add(sentence.substring(marks.get(i)[1], end).strip());
        }
        String context = marks.isEmpty() ? "" : sentence.substring(0, marks.get(0)[0]).strip();
        return parts(context, items);
    }

    private static Optional<QuestionParts.Parts> parts(String context, List<String> items) {
        if (items.size() < 2 || items.stream().anyMatch(item -> MessageClauses.tokens(item).size() < FEWEST_WORDS)) {
            return Optional.empty();
        }
        return Optional.of(new QuestionParts.Parts(context, items));
    }
}
