package org.faqbot.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.faqbot.kb.Lang;
import org.faqbot.store.Reminder;
import org.faqbot.store.Stores;

/**
 * /reminders: the user's reminders still to be sent, a line and a cancel button each, and cancelling one
 * ({@code /reminders cancel 12}). Lines and buttons are told apart even when reminders of two dates fall on the
 * same days (a key and the benefits both ending on 1 March). Several get a button that cancels them all
 * ({@code /reminders cancel all}), which asks first as /forget does: its button ({@code /reminders cancel all confirm})
 * or the words "cancel them all" cancel, a bare yes does not. Typed under the list, "cancel the second one" and
 * "verwijder ze allemaal" press those buttons ({@link TypedCancel}).
 */
final class ReminderList {

    private static final String CANCEL = "cancel ";
    /** What every cancel button's payload begins with. */
    static final String CANCEL_PAYLOAD = "/reminders " + CANCEL;
    private static final String ALL = "all";
    private static final String CONFIRM = "all confirm";
    private static final String YES_ALONE = "all yes";
    /** The payloads of the button that asks to cancel them all, of its confirmation, and of a bare yes to that question. */
    static final String CANCEL_ALL_PAYLOAD = CANCEL_PAYLOAD + ALL;
    static final String CONFIRM_PAYLOAD = CANCEL_PAYLOAD + CONFIRM;
    static final String YES_ALONE_PAYLOAD = CANCEL_PAYLOAD + YES_ALONE;

    private final Reminders reminders;
    private final Stores stores;
    private final Texts texts;

    ReminderList(Reminders reminders, Stores stores, Texts texts) {
        this.reminders = reminders;
        this.stores = stores;
        this.texts = texts;
    }

    Reply handle(Turn turn, String arg) {
        if (!arg.startsWith(CANCEL)) {
            return list(turn);
        }
        String what = arg.substring(CANCEL.length()).strip();
        return switch (what) {
            case ALL -> askAll(turn, "reminders.cancel_all_ask");
            case YES_ALONE -> askAll(turn, "reminders.cancel_all_yes");
            case CONFIRM -> cancelAll(turn);
            default -> cancel(turn, what);
        };
    }

    private Reply askAll(Turn turn, String key) {
        int count = pending(turn).size();
        if (count == 0) {
            return smalltalk(turn.lang, texts.get(turn.lang, "reminders.empty"));
        }
        Choice confirm = new Choice(texts.get(turn.lang, "reminders.cancel_all_confirm_button", count), CONFIRM_PAYLOAD);
        return Reply.builder(turn.lang, ReplyType.CLARIFY, texts.get(turn.lang, key, count)).choices(List.of(confirm)).build();
    }

    private Reply cancelAll(Turn turn) {
        if (pending(turn).isEmpty()) {
            return smalltalk(turn.lang, texts.get(turn.lang, "reminders.empty"));
        }
        int cancelled = reminders.cancelAll(turn.message.userId());
        return smalltalk(turn.lang, texts.get(turn.lang, "reminders.cancelled_all", cancelled));
    }

    private List<Reminder> pending(Turn turn) {
        return SafeStores.read("reminders", () -> stores.reminders().pending(turn.message.userId()), List.of());
    }

    private Reply cancel(Turn turn, String id) {
        long parsed = parseId(id);
        boolean cancelled = SafeStores.read("reminders", () -> stores.reminders().cancel(turn.message.userId(), parsed), false);
        return smalltalk(turn.lang, texts.get(turn.lang, cancelled ? "reminders.cancelled" : "reminders.not_found"));
    }

    private Reply list(Turn turn) {
        List<Reminder> pending = pending(turn);
        if (pending.isEmpty()) {
            return smalltalk(turn.lang, texts.get(turn.lang, "reminders.empty"));
        }
        List<String> lines = lines(pending, turn.lang);
        Map<String, Long> perSendDay = pending.stream().map(r -> texts.date(reminders.sendDate(r), turn.lang))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            String day = texts.date(reminders.sendDate(pending.get(i)), turn.lang);
            // The day alone reads best, but two reminders sent the same day need their whole line to differ.
            String label = perSendDay.get(day) == 1
                    ? texts.get(turn.lang, "reminders.cancel_button", day)
                    : texts.get(turn.lang, "reminders.cancel_line_button", lines.get(i));
            choices.add(new Choice(label, CANCEL_PAYLOAD + pending.get(i).id()));
        }
        if (pending.size() > 1) {
            choices.add(new Choice(texts.get(turn.lang, "reminders.cancel_all_button", pending.size()), CANCEL_ALL_PAYLOAD));
        }
        String text = texts.get(turn.lang, "reminders.list", String.join("\n", lines.stream().map(l -> "- " + l).toList()));
        return Reply.builder(turn.lang, ReplyType.SMALLTALK, text).choices(choices).build();
    }

    /** Each reminder's line; those that would read alike also say which date they are about. */
    private List<String> lines(List<Reminder> pending, Lang lang) {
        List<String> plain = pending.stream().map(r -> reminders.describe(r, lang)).toList();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            boolean alike = plain.indexOf(plain.get(i)) != plain.lastIndexOf(plain.get(i));
            lines.add(alike ? reminders.describeWithFact(pending.get(i), lang) : plain.get(i));
        }
        return lines;
    }

    private static Reply smalltalk(Lang lang, String text) {
        return Reply.text(lang, ReplyType.SMALLTALK, text);
    }

    private static long parseId(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
