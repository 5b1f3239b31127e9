package org.faqbot.dialog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.faqbot.kb.Lang;

/**
 * What the bot answers to one message, in one language.
 *
 * @param lang        the language of every part of the reply
 * @param type        what kind of reply this is
 * @param text        the reply as light Markdown (paragraphs, lists, {@code **bold**}, links, callouts);
 *                    channels render it ({@link LightMarkdown})
 * @param faqId       the entry answered from, for {@link ReplyType#FAQ} and the source of a rule
 * @param confidence  the search confidence in [0,1] of the answered or best entry; 0 when none
 * @param suggestions "did you mean" candidates, best first, at most three
 * @param intent      the rule applied or asked about ({@code key_valid_until}, ...)
 * @param date        the date a rule computed
 * @param ok          the answer to a yes/no question, when the user asked one
 * @param sourceUrl   the docs page the answer comes from, in the reply's language
 * @param choices     buttons to offer with the reply
 * @param others      the answers to the message's other questions, when it asked several ({@link SeveralQuestions}):
 *                    their text is part of {@code text}; the fields above are the first answer's
 */
public record Reply(
        Lang lang,
        ReplyType type,
        String text,
        Optional<String> faqId,
        double confidence,
        List<Suggestion> suggestions,
        Optional<String> intent,
        Optional<LocalDate> date,
        Optional<Boolean> ok,
        Optional<String> sourceUrl,
        List<Choice> choices,
        List<Reply> others) {

    public Reply {
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(faqId, "faqId");
        suggestions = List.copyOf(suggestions);
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(ok, "ok");
        Objects.requireNonNull(sourceUrl, "sourceUrl");
        choices = List.copyOf(choices);
        others = List.copyOf(others);
    }

    public static Builder builder(Lang lang, ReplyType type, String text) {
        return new Builder(lang, type, text);
    }

    /** This reply with {@code note} as a paragraph of its own after its text; everything else as it is. */
    public Reply withNote(String note) {
        return new Reply(lang, type, text + "\n\n" + note, faqId, confidence, suggestions, intent, date, ok, sourceUrl, choices,
                others);
    }

    /** This reply with {@code preface} as a paragraph of its own before its text; everything else as it is. */
    public Reply withPreface(String preface) {
        return new Reply(lang, type, preface + "\n\n" + text, faqId, confidence, suggestions, intent, date, ok, sourceUrl, choices,
                others);
    }

    /** A reply of {@code type} that is only text. */
    public static Reply text(Lang lang, ReplyType type, String text) {
        return builder(lang, type, text).build();
    }

    /** Builds a reply; everything but language, type and text is optional. */
    public static final class Builder {
        private final Lang lang;
        private final ReplyType type;
        private final String text;
        private Optional<String> faqId = Optional.empty();
        private double confidence;
        private final List<Suggestion> suggestions = new ArrayList<>();
        private Optional<String> intent = Optional.empty();
        private Optional<LocalDate> date = Optional.empty();
        private Optional<Boolean> ok = Optional.empty();
        private Optional<String> sourceUrl = Optional.empty();
        private final List<Choice> choices = new ArrayList<>();
        private final List<Reply> others = new ArrayList<>();

        private Builder(Lang lang, ReplyType type, String text) {
            this.lang = lang;
            this.type = type;
            this.text = text;
        }

        public Builder faqId(String id) {
            this.faqId = Optional.ofNullable(id);
            return this;
        }

        public Builder confidence(double value) {
            this.confidence = value;
            return this;
        }

        public Builder suggestions(List<Suggestion> values) {
            this.suggestions.addAll(values);
            return this;
        }

        public Builder intent(String id) {
            this.intent = Optional.ofNullable(id);
            return this;
        }

        public Builder date(LocalDate value) {
            this.date = Optional.ofNullable(value);
            return this;
        }

        public Builder ok(Boolean value) {
            this.ok = Optional.ofNullable(value);
            return this;
        }

        public Builder sourceUrl(String url) {
            this.sourceUrl = Optional.ofNullable(url);
            return this;
        }

        public Builder choices(List<Choice> values) {
            this.choices.addAll(values);
            return this;
        }

        public Builder others(List<Reply> values) {
            this.others.addAll(values);
            return this;
        }

        public Reply build() {
            return new Reply(lang, type, text, faqId, confidence, suggestions, intent, date, ok, sourceUrl, choices, others);
        }
    }
}
