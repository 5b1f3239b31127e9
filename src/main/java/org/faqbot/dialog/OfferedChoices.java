package org.faqbot.dialog;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.faqbot.nlu.Normalized;
import org.faqbot.store.RecentTurns;

/**
 * The buttons of each conversation's last reply, so that a message typed instead of a press presses one on every
 * channel: "the second one", "de eerste", "2" by its place (a place not offered gets the buttons again), "the key one"
 * by the date it names ({@link NamedDateChoice}), and "yes",
 * "ja graag, herinner me" the one action a reply offered ("Remind me before this date"). Kept in the conversation's
 * state ({@link RecentTurns}), so that the typed press may reach another instance of the bot; it expires with the open
 * question's time.
 */
final class OfferedChoices {

    /**
     * Payloads a bare "yes" never presses: deleting is not undone (/forget asks its own yes/no, and a cancel button
     * under a list is no offer), and a suggested date has its own yes ({@link OpenQuestions#acceptSuggestion}).
     */
    private static final List<String> NOT_BY_YES = List.of("/forget", ReminderList.CANCEL_PAYLOAD, "/date ");

    /** A place typed as a number: "2", "optie 2", "number two". */
    private static final Pattern BARE_NUMBER = Pattern.compile(
            "(?:(?:number|nr|nummer|option|optie|keuze|button|knop) )?\\d{1,2}"
            + "|(?:number|nummer|option|optie|keuze|button|knop) (?:one|two|three|four|five|een|twee|drie|vier|vijf)");

    private final Texts texts;
    private final Duration ttl;
    private final NamedDateChoice namedDate;

    OfferedChoices(Texts texts, Duration ttl, NamedDateChoice namedDate) {
        this.texts = texts;
        this.ttl = ttl;
        this.namedDate = namedDate;
    }

    /** Notes the buttons of the conversation's latest reply; a reply without buttons leaves none to type for. */
    void note(Turn turn, Reply reply) {
        List<RecentTurns.Button> buttons = reply.choices().stream().map(c -> new RecentTurns.Button(c.label(), c.payload())).toList();
        turn.setRecent(turn.recent().withShown(buttons.isEmpty() ? Optional.empty() : Optional.of(new RecentTurns.Shown(buttons, turn.now))));
    }

    /**
     * The reply to a message that presses one of the last reply's buttons, made by {@code respond} from the button's
     * payload as if it had been pressed; or the buttons again for a place not offered, or a short "fine" for a "no" to
     * a single offer. Empty when the message presses nothing.
     */
    Optional<Reply> press(Turn turn, Function<Turn, Reply> respond) {
        List<Choice> choices = offered(turn);
        if (choices.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> typedCancel = TypedCancel.payload(turn.text, choices);
        if (typedCancel.isPresent()) {
            return Optional.of(pressed(turn, new Choice(turn.text, typedCancel.get()), respond));
        }
        OptionalInt place = ChoiceWords.position(turn.text, choices.size());
        if (place.isPresent()) {
            int i = place.getAsInt();
            return Optional.of(i >= 1 && i <= choices.size() ? pressed(turn, choices.get(i - 1), respond) : notOffered(turn, i, choices));
        }
        Optional<Choice> named = namedDate.pick(turn.text, choices);
        if (named.isPresent()) {
            return Optional.of(pressed(turn, named.get(), respond));
        }
        Optional<Choice> labelled = LabelChoice.pick(turn.text, choices);
        if (labelled.isPresent()) {
            return Optional.of(pressed(turn, labelled.get(), respond));
        }
        Optional<Choice> single = choices.size() == 1 && byYes(choices.get(0)) ? Optional.of(choices.get(0)) : Optional.empty();
        if (single.isPresent() && YesWords.acceptsOffer(turn.text, single.get().label())) {
            return Optional.of(pressed(turn, single.get(), respond));
        }
        if (single.isPresent() && NoWords.matches(turn.text)) {
            return Optional.of(Reply.text(turn.lang, ReplyType.SMALLTALK, texts.get(turn.lang, "choice.declined")));
        }
        return Optional.empty();
    }

    /**
     * "2" or "optie 2" when the last reply had no buttons (and nothing else held took it): there is nothing to pick,
     * which says more than "I don't know". Only a number: "de tweede" may ask about a second key.
     */
    Optional<Reply> nothingOffered(Turn turn) {
        // A number answers the bot's own question when it asked one ("9" after "the day in April?").
        if (turn.message.standalone() || turn.pending().isPresent() || !offered(turn).isEmpty()
                || !BARE_NUMBER.matcher(Normalized.words(turn.text)).matches()) {
            return Optional.empty();
        }
        // "42?" asks something about the number rather than picking it: no "nothing to pick" then.
        String key = turn.text.contains("?") ? "choice.number_asked" : "choice.nothing_offered";
        return Optional.of(Reply.text(turn.lang, ReplyType.SMALLTALK, texts.get(turn.lang, key, FaqResponder.escape(turn.text.replace("?", "").strip()))));
    }

    private List<Choice> offered(Turn turn) {
        return turn.recent().buttons().filter(shown -> !shown.at().plus(ttl).isBefore(turn.now))
                .map(shown -> shown.buttons().stream().map(b -> new Choice(b.label(), b.payload())).toList())
                .orElse(List.of());
    }

    private static boolean byYes(Choice choice) {
        return NOT_BY_YES.stream().noneMatch(choice.payload()::startsWith);
    }

    private static Reply pressed(Turn turn, Choice choice, Function<Turn, Reply> respond) {
        Turn press = turn.withText(choice.payload());
        Reply reply = respond.apply(press);
        turn.adopt(press);
        return reply;
    }

    private Reply notOffered(Turn turn, int place, List<Choice> choices) {
        String text = texts.get(turn.lang, "choice.not_offered", place, choices.size());
        return Reply.builder(turn.lang, ReplyType.CLARIFY, text).choices(choices).build();
    }
}
