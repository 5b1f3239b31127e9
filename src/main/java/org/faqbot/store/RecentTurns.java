package org.faqbot.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.faqbot.kb.Lang;

/**
 * What the last replies of a conversation leave for the next message to refer to: the thing a question was announced
 * about ("a quick question about my key"), the buttons last shown (a typed "the second" presses one), the answer
 * given last ("can you say that in English?"), with the others of a message of several questions, and the language
 * the conversation last wrote in (a command or an "ok" is answered in it). Kept with the rest of the conversation's
 * state, so that the next message may reach another instance of the bot, or a restarted one, and expires with it; its
 * shape belongs to the dialog, as {@link PendingQuestion}'s does. Each part is null when there is none, as in rows stored before this record.
 *
 * @param announced  the thing the next question was announced about, or null
 * @param shown      the buttons of the last reply, or null when it had none
 * @param lastAnswer the conversation's last answer, or null
 * @param lang       the language of the conversation's last message that was not a command, or null
 * @param others     the answers that followed the last answer when its message asked several questions, or null
 * @param fragments  the last short messages that got no answer alone, to be read with the next one, or null
 * @param persons    the dates other people's questions gave ("my colleague Sanne redeemed hers on 10 June"), under their
 *                   names, or null: they are the conversation's, never the user's own (older rows have none)
 * @param replaced   the date a correction ("actually it was 3 April") replaced, for a "no wait, March was right" to go
 *                   back to, or null (older rows have none)
 */
public record RecentTurns(Announced announced, Shown shown, LastAnswer lastAnswer, Lang lang, Others others, Fragments fragments,
        Persons persons, Replaced replaced) {

    /** Nothing recent. */
    public static final RecentTurns NONE = new RecentTurns(null, null, null, null, null, null, null, null);

    /** Recent turns holding no replaced date (as in rows stored before it). */
    public RecentTurns(Announced announced, Shown shown, LastAnswer lastAnswer, Lang lang, Others others, Fragments fragments,
            Persons persons) {
        this(announced, shown, lastAnswer, lang, others, fragments, persons, null);
    }

    /** Recent turns holding no other person's date (as in rows stored before them). */
    public RecentTurns(Announced announced, Shown shown, LastAnswer lastAnswer, Lang lang, Others others, Fragments fragments) {
        this(announced, shown, lastAnswer, lang, others, fragments, null);
    }

    /** Recent turns without unanswered fragments (as in rows stored before them). */
    public RecentTurns(Announced announced, Shown shown, LastAnswer lastAnswer, Lang lang, Others others) {
        this(announced, shown, lastAnswer, lang, others, null);
    }

    /** Recent turns whose last answer answered one question. */
    public RecentTurns(Announced announced, Shown shown, LastAnswer lastAnswer, Lang lang) {
        this(announced, shown, lastAnswer, lang, null);
    }

    /**
     * A thing a question was announced about, e.g. "my key", and when; {@code topic} when it is no thing of the date
     * rules but a topic of the knowledge base ("MFA"), which the next question is searched about (false in older rows).
     */
    public record Announced(String thing, Instant at, boolean topic) {

        public Announced {
            Objects.requireNonNull(thing, "thing");
            Objects.requireNonNull(at, "at");
        }

        /** A thing of the date rules. */
        public Announced(String thing, Instant at) {
            this(thing, at, false);
        }
    }

    /** A button as shown: its label and what pressing it sends. */
    public record Button(String label, String payload) {

        public Button {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(payload, "payload");
        }
    }

    /** The buttons of the last reply, in their order, and when they were shown. */
    public record Shown(List<Button> buttons, Instant at) {

        public Shown {
            buttons = List.copyOf(buttons);
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * The last answer: the entry it came from ({@code faqId}, also the source of a rule's answer), whether it was that
     * entry's FAQ answer ({@code fromFaq}), and the rule it applied or asked about ({@code intent}); either id is null
     * when the answer had none. {@code fellBack}: a message after it got the fallback ("I don't know"), which "in
     * English?" says again; the answer stays for the follow-ups that lean on it (false in older rows).
     */
    public record LastAnswer(String faqId, boolean fromFaq, String intent, PendingQuestion worked, boolean fellBack) {

        /** An answer no fallback followed. */
        public LastAnswer(String faqId, boolean fromFaq, String intent, PendingQuestion worked) {
            this(faqId, fromFaq, intent, worked, false);
        }

        /** An answer whose rule question, if any, is the conversation's pending question. */
        public LastAnswer(String faqId, boolean fromFaq, String intent) {
            this(faqId, fromFaq, intent, null);
        }

        /** This answer with a fallback after it. */
        public LastAnswer thenFallback() {
            return new LastAnswer(faqId, fromFaq, intent, worked, true);
        }

        /**
         * The rule question as this answer left it, kept with an answer whose state the conversation did not keep (an
         * answer after the first to a message of several questions); empty for the first, whose question is pending.
         */
        public Optional<PendingQuestion> workedOut() {
            return Optional.ofNullable(worked);
        }
    }

    /**
     * The answers that followed the first when a message asked several questions, in their order, and the question
     * named in the note as not answered for sure ({@code unanswered}, null when none).
     */
    public record Others(List<LastAnswer> answers, String unanswered) {

        public Others {
            // Null when a row holds only the note.
            answers = answers == null ? List.of() : List.copyOf(answers);
        }

        public Optional<String> unansweredQuestion() {
            return Optional.ofNullable(unanswered);
        }
    }

    /**
     * Short messages that got no answer alone ("my key", "redeemed on 3 March"), oldest first, and when the last came: a
     * question typed over several messages is read with them ({@code org.faqbot.dialog.JoinedFragments}).
     */
    public record Fragments(List<String> texts, Instant at) {

        public Fragments {
            texts = List.copyOf(texts);
            Objects.requireNonNull(at, "at");
        }
    }

    /** Another person's date of a rule: whose ({@code name} as written, "Sanne" or "collega"), the rule and the date. */
    public record PersonDate(String name, String intent, LocalDate date) {

        public PersonDate {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(intent, "intent");
            Objects.requireNonNull(date, "date");
        }
    }

    /** Other people's dates, the latest given last. */
    public record Persons(List<PersonDate> dates) {

        public Persons {
            dates = dates == null ? List.of() : List.copyOf(dates);
        }
    }

    /** A date of the user's that a correction replaced: of which fact, and the date it was. */
    public record Replaced(String fact, LocalDate date) {

        public Replaced {
            Objects.requireNonNull(fact, "fact");
            Objects.requireNonNull(date, "date");
        }
    }

    public Optional<Replaced> replacedDate() {
        return Optional.ofNullable(replaced);
    }

    /** These turns with {@code value} as the date a correction replaced. */
    public RecentTurns withReplaced(Optional<Replaced> value) {
        return new RecentTurns(announced, shown, lastAnswer, lang, others, fragments, persons, value.orElse(null));
    }

    public Optional<Persons> personsDates() {
        return Optional.ofNullable(persons);
    }

    /** These turns with {@code value} as other people's dates. */
    public RecentTurns withPersons(Optional<Persons> value) {
        return new RecentTurns(announced, shown, lastAnswer, lang, others, fragments, value.orElse(null), replaced);
    }

    public Optional<Fragments> unanswered() {
        return Optional.ofNullable(fragments);
    }

    public Optional<Announced> announcement() {
        return Optional.ofNullable(announced);
    }

    public Optional<Shown> buttons() {
        return Optional.ofNullable(shown);
    }

    public Optional<LastAnswer> answer() {
        return Optional.ofNullable(lastAnswer);
    }

    public Optional<Lang> language() {
        return Optional.ofNullable(lang);
    }

    public Optional<Others> otherAnswers() {
        return Optional.ofNullable(others);
    }

    /** True when nothing is kept (named so that JSON does not take it for a property). */
    public boolean holdsNothing() {
        return announced == null && shown == null && lastAnswer == null && lang == null && others == null && fragments == null
                && persons == null && replaced == null;
    }

    public RecentTurns withAnnounced(Optional<Announced> value) {
        return new RecentTurns(value.orElse(null), shown, lastAnswer, lang, others, fragments, persons, replaced);
    }

    public RecentTurns withShown(Optional<Shown> value) {
        return new RecentTurns(announced, value.orElse(null), lastAnswer, lang, others, fragments, persons, replaced);
    }

    public RecentTurns withLastAnswer(Optional<LastAnswer> value) {
        return new RecentTurns(announced, shown, value.orElse(null), lang, others, fragments, persons, replaced);
    }

    /** These turns with {@code value} as the answers that followed the last answer. */
    public RecentTurns withOthers(Optional<Others> value) {
        return new RecentTurns(announced, shown, lastAnswer, lang, value.orElse(null), fragments, persons, replaced);
    }

    public RecentTurns withLanguage(Optional<Lang> value) {
        return new RecentTurns(announced, shown, lastAnswer, value.orElse(null), others, fragments, persons, replaced);
    }

    /** These turns with {@code value} as the messages that got no answer alone. */
    public RecentTurns withFragments(Optional<Fragments> value) {
        return new RecentTurns(announced, shown, lastAnswer, lang, others, value.orElse(null), persons, replaced);
    }
}
