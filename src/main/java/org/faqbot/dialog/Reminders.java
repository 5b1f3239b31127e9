package org.faqbot.dialog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.faqbot.kb.Lang;
import org.faqbot.rules.DateRule;
import org.faqbot.rules.RuleBook;
import org.faqbot.store.ProfileFact;
import org.faqbot.store.Reminder;
import org.faqbot.store.Stores;

/**
 * Reminders before a user's deadlines: scheduling them from a remembered date (for /remind, see
 * {@link RemindCommand}), moving and cancelling them with their date, and how they read (for /reminders,
 * see {@link ReminderList}). Each rule says in {@code rules.json} how many days before its date to
 * remind; reminders go out at {@link #SEND_AT} in the bot's time zone.
 */
final class Reminders {

    /** A reasonable hour: reminders are sent at nine in the morning, local time. */
    static final LocalTime SEND_AT = LocalTime.of(9, 0);

    private final RuleBook book;
    private final Stores stores;
    private final Texts texts;
    private final ZoneId zone;

    Reminders(RuleBook book, Stores stores, Texts texts, ZoneId zone) {
        this.book = book;
        this.stores = stores;
        this.texts = texts;
        this.zone = zone;
    }

    /**
     * Schedules the reminders for a remembered fact ({@code /remind benefit_expiry}), in place of any it
     * already had: pressing the button twice must not send everything twice. Returns the lines that list them.
     */
    String schedule(Turn turn, ProfileFact fact) {
        return schedule(turn, fact, Optional.empty());
    }

    /**
     * {@link #schedule(Turn, ProfileFact)}, with only the reminder {@code lead} days before the date when the user named
     * how long before ("remind me a week before"): they asked for that one, not the rule's usual ones.
     */
    String schedule(Turn turn, ProfileFact fact, Optional<Integer> lead) {
        List<Integer> before = pendingFor(turn.message.userId(), fact.fact()).stream().map(Reminder::daysBefore).toList();
        List<String> scheduled = replace(turn, fact, lead.map(List::of));
        List<Integer> after = pendingFor(turn.message.userId(), fact.fact()).stream().map(Reminder::daysBefore).toList();
        String key = scheduled.isEmpty() ? "reminders.none_left" : "reminders.scheduled";
        String text = texts.get(turn.lang, key, String.join("\n", scheduled));
        // "Change it to two weeks before" replaces the date's reminders: the reply says so, lest the old ones seem to stay.
        return before.isEmpty() || before.equals(after) ? text : texts.get(turn.lang, "reminders.replaced") + " " + text;
    }

    /**
     * Moves the user's reminders about {@code fact} to its new date, once the new date is stored: no
     * reminder may stay for a date that is no longer remembered. Returns the paragraph that says so, or
     * empty when the user had no reminders about the fact (then there is nothing to move).
     */
    Optional<String> reschedule(Turn turn, ProfileFact fact) {
        List<Reminder> old = pendingFor(turn.message.userId(), fact.fact());
        if (old.isEmpty()) {
            return Optional.empty();
        }
        if (old.stream().allMatch(r -> book.rule(r.intent()).map(rule -> rule.apply(fact.date()).equals(r.eventDate())).orElse(false))) {
            return Optional.of(texts.get(turn.lang, "reminders.kept"));
        }
        // A day before that the user chose ("a week before") stays theirs at the new date. The rule's own, of which the
        // earliest may have been sent already (the last ones wait), stay the rule's.
        List<Integer> usual = old.stream().flatMap(r -> book.rule(r.intent()).stream()).findFirst()
                .map(r -> r.spec().reminderDaysBefore()).orElse(List.of());
        List<Integer> chosen = old.stream().map(Reminder::daysBefore).distinct().sorted(java.util.Comparator.reverseOrder()).toList();
        boolean rules = chosen.equals(usual) || chosen.size() > 1 && chosen.equals(usual.subList(Math.max(0, usual.size() - chosen.size()), usual.size()));
        List<String> scheduled = replace(turn, fact, rules ? Optional.empty() : Optional.of(chosen));
        String key = scheduled.isEmpty() ? "reminders.moved_none_left" : "reminders.moved";
        return Optional.of(texts.get(turn.lang, key, String.join("\n", scheduled)));
    }

    /**
     * Cancels the user's reminders about the fact and schedules those its date gives, {@code days} before it when given,
     * else as its rule says; returns the new ones' lines.
     */
    private List<String> replace(Turn turn, ProfileFact fact, Optional<List<Integer>> days) {
        String user = turn.message.userId();
        pendingFor(user, fact.fact()).forEach(r -> SafeStores.read("reminders", () -> stores.reminders().cancel(user, r.id()), false));
        List<String> scheduled = new ArrayList<>();
        for (DateRule rule : book.rules()) {
            if (rule.spec().fact().equals(fact.fact()) && !rule.spec().reminderDaysBefore().isEmpty()) {
                scheduled.addAll(scheduleRule(turn, rule, rule.apply(fact.date()), days.orElse(rule.spec().reminderDaysBefore())));
            }
        }
        return scheduled;
    }

    /**
     * Cancels (deletes) the user's reminders about the rules of {@code factId}, those already waiting in the
     * outbox too (a due reminder Telegram did not take); returns how many.
     */
    int cancelFor(String user, String factId) {
        int cancelled = 0;
        for (Reminder reminder : pendingFor(user, factId)) {
            if (SafeStores.read("reminders", () -> stores.reminders().cancel(user, reminder.id()), false)) {
                cancelled++;
            }
        }
        Set<String> rules = book.rules().stream().filter(r -> r.spec().fact().equals(factId)).map(DateRule::id).collect(Collectors.toSet());
        return cancelled + SafeStores.read("outbox", () -> stores.outbox().removeReminders(user, rules), 0);
    }

    /** Cancels (deletes) all the user's reminders, those waiting in the outbox too; returns how many. */
    int cancelAll(String user) {
        return book.facts().stream().mapToInt(fact -> cancelFor(user, fact.id())).sum();
    }

    /** The user's reminders still to be sent about the rules of {@code factId}. */
    private List<Reminder> pendingFor(String user, String factId) {
        return SafeStores.read("reminders", () -> stores.reminders().pending(user), List.<Reminder>of()).stream()
                .filter(r -> book.rule(r.intent()).filter(rule -> rule.spec().fact().equals(factId)).isPresent())
                .toList();
    }

    /** Whether a rule of the fact has reminders: /remind offers only such dates. */
    boolean remindable(String factId) {
        return book.rules().stream().anyMatch(r -> r.spec().fact().equals(factId) && !r.spec().reminderDaysBefore().isEmpty());
    }

    /**
     * Whether {@code fact}'s date still leaves a reminder to send: a date whose every reminder day has passed ("my
     * benefits expire on 4 December", remembered on 6 December) gets no button that would then say none is left.
     */
    boolean anyAhead(ProfileFact fact, Instant now) {
        return book.rules().stream()
                .filter(rule -> rule.spec().fact().equals(fact.fact()))
                .anyMatch(rule -> rule.spec().reminderDaysBefore().stream()
                        .anyMatch(days -> rule.apply(fact.date()).minusDays(days).atTime(SEND_AT).atZone(zone).toInstant().isAfter(now)));
    }

    /** The message a reminder sends, in the user's language. */
    Reply message(Reminder reminder, LocalDate today) {
        Lang lang = reminder.lang();
        String template = book.rule(reminder.intent()).map(r -> r.spec().texts().reminder().get(lang)).orElse("");
        long days = java.time.temporal.ChronoUnit.DAYS.between(today, reminder.eventDate());
        String text = template.replace("{date}", texts.date(reminder.eventDate(), lang)).replace("{days}", texts.days(days, lang));
        return Reply.builder(lang, ReplyType.RULE, text).intent(reminder.intent()).date(reminder.eventDate()).build();
    }

    private List<String> scheduleRule(Turn turn, DateRule rule, LocalDate result, List<Integer> days) {
        List<String> lines = new ArrayList<>();
        for (int daysBefore : days) {
            LocalDate day = result.minusDays(daysBefore);
            Instant due = day.atTime(SEND_AT).atZone(zone).toInstant();
            if (due.isAfter(turn.now)) {
                Reminder draft = new Reminder(0, turn.message.userId(), turn.message.conversationId(), turn.lang, rule.id(),
                        result, daysBefore, due, Reminder.Status.SCHEDULED);
                if (SafeStores.write("reminders", () -> stores.reminders().schedule(draft))) {
                    lines.add("- " + describe(draft, turn.lang));
                }
            }
        }
        return lines;
    }

    /** "on 30 January 2022, 30 days before 1 March 2022": when it is sent, and how long before which day. */
    String describe(Reminder r, Lang lang) {
        String sent = texts.date(sendDate(r), lang);
        if (r.daysBefore() == 0) {
            return texts.get(lang, "reminders.line_same_day", sent);
        }
        return texts.get(lang, "reminders.line", sent, texts.days(r.daysBefore(), lang), texts.date(r.eventDate(), lang));
    }

    /**
     * {@link #describe} with what the reminder is about, for telling apart reminders of different dates that fall
     * on the same days: "(your benefit expiry date)", or "(worked out from the date you redeemed the product key)"
     * when the day is the rule's result rather than the remembered date itself.
     */
    String describeWithFact(Reminder r, Lang lang) {
        Optional<DateRule> rule = book.rule(r.intent());
        if (rule.isEmpty()) {
            return describe(r, lang);
        }
        String label = book.factOf(rule.get()).label().get(lang);
        boolean derived = !rule.get().factFor(r.eventDate()).equals(r.eventDate());
        return texts.get(lang, derived ? "reminders.line_from" : "reminders.line_about", describe(r, lang), label);
    }

    /** The day a reminder goes out, in the bot's time zone. */
    LocalDate sendDate(Reminder r) {
        return LocalDate.ofInstant(r.dueAt(), zone);
    }

}
