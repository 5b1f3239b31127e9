package org.faqbot.dialog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.NamedMonth;
import org.faqbot.rules.Fact;
import org.faqbot.rules.RuleBook;
import org.faqbot.store.ProfileFact;

/**
 * /remind: schedules the reminders of one of the user's dates, named by its fact ({@code /remind benefit_expiry})
 * or by a rule of it ({@code /remind key_valid_until}). Bare, or with a name the bot does not know, it offers the
 * dates there are as buttons, as /forget does. Besides the remembered dates, that is a date the conversation
 * keeps for follow-up questions ("my benefits expire on 31 January" asked, not remembered): asking to be
 * reminded of it is asking to keep it, so it is remembered first and the reply says so.
 */
final class RemindCommand {

    /** Who is to be reminded, typed after the command: "/remind me", "/remind us of ...", "/remind mij aan ...". */
    private static final Pattern ADDRESSEE = Pattern.compile("(?:me|us|mij|ons)\\b(?:\\s+(?:of|about|aan|over|for|voor)\\b)?",
            Pattern.CASE_INSENSITIVE);
    /** What an offered date's button sends, before the date's fact name. */
    private static final String OFFER_PAYLOAD = "/remind ";
    /** A shorter part ("on", "b") names nothing: it would stand for any name that has it. */
    private static final int MIN_PART = 3;

    private final RuleBook book;
    private final Profiles profiles;
    private final Reminders reminders;
    private final Texts texts;

    RemindCommand(RuleBook book, Profiles profiles, Reminders reminders, Texts texts) {
        this.book = book;
        this.profiles = profiles;
        this.reminders = reminders;
        this.texts = texts;
    }

    /**
     * {@code /remind [name]}; "/remind me ..." is asked in words ({@link #inWords}). A bare /remind offers the dates, also
     * one alone, as a menu does.
     */
    Reply handle(Turn turn, String arg) {
        if (ADDRESSEE.matcher(arg.strip()).lookingAt()) {
            return remind(turn, withoutAddressee(arg), true);
        }
        return remind(turn, arg.strip(), false);
    }

    /** "Remind me a week before", "zet er een herinnering voor": a bare /remind, with the only date there is taken as meant. */
    Reply inWords(Turn turn) {
        return remind(turn, "", true);
    }

    private Reply remind(Turn turn, String typed, boolean inWords) {
        // "/remind benefit_expiry 7 days before", a button pressed under "remind me a week before": the name, then its lead.
        String name = ReminderLead.nameBefore(typed);
        // A rule's name stands for its fact: "/remind key_valid_until" is about the key's redeem date.
        Optional<Fact> fact = book.rule(name).map(book::factOf).or(() -> book.fact(name)).or(() -> byPart(name))
                .or(() -> name.isBlank() && inWords ? onlyDate(turn) : Optional.empty())
                .filter(f -> reminders.remindable(f.id()));
        return fact.isEmpty() ? offer(turn, name) : remind(turn, fact.get(), "reminders.no_fact");
    }

    /**
     * "Remind me 30 days before my key expires": {@code fact}'s reminders, its date remembered first when only the
     * conversation keeps it; without its date, what to tell the bot first, and how.
     */
    Reply forFact(Turn turn, Fact fact) {
        return reminders.remindable(fact.id()) ? remind(turn, fact, "reminders.no_fact_named") : inWords(turn);
    }

    /**
     * "Remind me tomorrow", "herinner me op 3 maart": a day of the user's choosing ({@code day}, as typed), which no
     * reminder of the bot's is for: reminders go before the user's dates. Said so, and that a {@code past} day is past,
     * with the dates there are to remind of, as a bare /remind offers them.
     */
    Reply onDay(Turn turn, String day, boolean past) {
        String said = texts.get(turn.lang, past ? "reminders.day_past" : "reminders.day_of_choice", FaqResponder.escape(day));
        Reply offer = offer(turn, "");
        return Reply.builder(turn.lang, offer.type(), said + "\n\n" + offer.text()).choices(offer.choices()).build();
    }

    private Reply remind(Turn turn, Fact fact, String withoutDate) {
        LocalDate remembered = profiles.facts(turn.message.userId()).stream()
                .filter(f -> f.fact().equals(fact.id())).map(ProfileFact::date).findFirst().orElse(null);
        LocalDate kept = KeptDates.of(turn).get(fact.id());
        LocalDate date = remembered != null ? remembered : kept;
        // "Remind me in July": that month's reminder, or why it cannot be, not the usual ones as if July was not said.
        Optional<MonthReminder.Asked> month = date == null ? Optional.empty() : MonthReminder.of(turn, book, fact, date);
        if (month.isPresent() && month.get().lead().isEmpty()) {
            return smalltalk(turn.lang, texts.get(turn.lang, "reminders.month_too_late", monthName(month.get(), turn.lang),
                    texts.date(month.get().result(), turn.lang)));
        }
        Optional<Integer> lead = month.<Integer>map(m -> m.lead().getAsInt()).or(() -> lead(turn, fact));
        if (remembered != null) {
            return smalltalk(turn.lang, reminders.schedule(turn, new ProfileFact(turn.message.userId(), fact.id(), remembered, turn.now),
                    lead));
        }
        return kept == null ? smalltalk(turn.lang, texts.get(turn.lang, withoutDate, fact.label().get(turn.lang), fact.id()))
                : rememberFirst(turn, fact, kept, lead);
    }

    private String monthName(MonthReminder.Asked asked, Lang lang) {
        return texts.month(new NamedMonth(asked.month().getMonth(), OptionalInt.of(asked.month().getYear()), 0, 0), lang);
    }

    /**
     * The name without the "me" of "/remind me" and the words around it ("/remind me a week before", "/remind me of
     * expiry"): blank when only they were typed, which is a bare /remind, not a date called "me".
     */
    private static String withoutAddressee(String arg) {
        Matcher me = ADDRESSEE.matcher(arg.strip());
        if (!me.lookingAt()) {
            return arg.strip();
        }
        String rest = arg.strip().substring(me.end()).strip();
        return CommandWords.asked("remind me " + rest).isPresent() || CommandWords.asked("herinner me " + rest).isPresent() ? "" : rest;
    }

    /**
     * The one date there is to remind of: "remind me a week before" right after remembering it, or right after the bot
     * answered from it ("until 12 January 2027"), asks no "which of your dates?" with one button. A date only the
     * conversation keeps is remembered first ({@link #rememberFirst}), and the reply says so: the user asked for its
     * reminders, which need it kept.
     */
    private Optional<Fact> onlyDate(Turn turn) {
        Map<String, LocalDate> dates = datesToOffer(turn);
        return dates.size() == 1 ? book.fact(dates.keySet().iterator().next()) : Optional.empty();
    }

    private Reply rememberFirst(Turn turn, Fact fact, LocalDate date, Optional<Integer> lead) {
        ProfileFact stored = new ProfileFact(turn.message.userId(), fact.id(), date, turn.now);
        if (!reminders.anyAhead(stored, turn.now)) {
            // "Remind me a week before" after "that key has expired": nothing to remind of, so nothing to keep for it.
            return smalltalk(turn.lang, texts.get(turn.lang, "reminders.none_left"));
        }
        if (!profiles.save(stored)) {
            return smalltalk(turn.lang, texts.get(turn.lang, "memory.unavailable"));
        }
        String line = texts.get(turn.lang, "remember.line", fact.label().get(turn.lang), texts.date(date, turn.lang));
        return smalltalk(turn.lang, texts.get(turn.lang, "reminders.remembered", line) + "\n\n"
                + reminders.schedule(turn, stored, lead));
    }

    /**
     * The lead the message names, else the one the latest offer's button for {@code fact} carries: the user who said
     * "remind me a week before" under an earlier offer and then pressed that offer's button (or typed its command) asked
     * for that lead all the same.
     */
    private static Optional<Integer> lead(Turn turn, Fact fact) {
        if (!turn.text.strip().startsWith(OFFER_PAYLOAD)) {
            return ReminderLead.of(turn.text);
        }
        Optional<Integer> said = ReminderLead.ofCommand(turn.text);
        if (said.isPresent()) {
            return said;
        }
        String prefix = OFFER_PAYLOAD + fact.id() + " ";
        return turn.recent().buttons().stream().flatMap(shown -> shown.buttons().stream())
                .filter(button -> button.payload().startsWith(prefix))
                .map(button -> ReminderLead.ofCommand(button.payload()))
                .flatMap(Optional::stream).findFirst();
    }

    /**
     * The one remindable date whose fact or rule name has {@code name} as a word or begins with it ("expiry" for
     * {@code benefit_expiry}); among several, the one whose fact name ends with it, the word that says what the date is
     * ("renewal" is {@code enrollment_renewal}, not {@code renewal_start}). Empty when that leaves none or several: then
     * the names are listed.
     */
    private Optional<Fact> byPart(String name) {
        String part = name.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
        if (part.length() < MIN_PART) {
            return Optional.empty();
        }
        Set<Fact> matching = new HashSet<>();
        book.facts().stream().filter(f -> namedBy(f.id(), part)).forEach(matching::add);
        book.rules().stream().filter(r -> namedBy(r.id(), part)).map(book::factOf).forEach(matching::add);
        matching.removeIf(f -> !reminders.remindable(f.id()));
        if (matching.size() > 1) {
            matching.removeIf(f -> !f.id().endsWith("_" + part));
        }
        return matching.size() == 1 ? matching.stream().findFirst() : Optional.empty();
    }

    private static boolean namedBy(String id, String part) {
        return id.startsWith(part) || Arrays.asList(id.split("_")).contains(part);
    }

    /** The user's dates as buttons; for a name it does not know, the names it does know first. */
    private Reply offer(Turn turn, String name) {
        Map<String, LocalDate> dates = datesToOffer(turn);
        List<Choice> choices = new ArrayList<>();
        // The lead asked for goes with each button, so that pressing one sets it ("remind me a week before", then a date).
        String lead = ReminderLead.of(turn.text).map(days -> " " + ReminderLead.payload(days)).orElse("");
        dates.forEach((fact, date) -> choices.add(new Choice(texts.get(turn.lang, "reminders.offer_button", label(fact, turn.lang),
                texts.date(date, turn.lang)), OFFER_PAYLOAD + fact + lead)));
        List<String> paragraphs = new ArrayList<>();
        if (!name.isBlank()) {
            paragraphs.add(texts.get(turn.lang, "reminders.unknown_name", FaqResponder.escape(name), knownNames(turn.lang)));
        }
        paragraphs.add(texts.get(turn.lang, choices.isEmpty() ? "reminders.no_dates" : "reminders.which"));
        ReplyType type = choices.isEmpty() ? ReplyType.SMALLTALK : ReplyType.CLARIFY;
        return Reply.builder(turn.lang, type, String.join("\n\n", paragraphs)).choices(choices).build();
    }

    /** The remembered dates that have reminders, then those only the conversation keeps, by fact. */
    private Map<String, LocalDate> datesToOffer(Turn turn) {
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        profiles.facts(turn.message.userId()).forEach(f -> dates.put(f.fact(), f.date()));
        KeptDates.of(turn).forEach(dates::putIfAbsent);
        dates.keySet().removeIf(fact -> !reminders.remindable(fact));
        return dates;
    }

    private String knownNames(Lang lang) {
        return String.join("\n", book.facts().stream().filter(f -> reminders.remindable(f.id()))
                .map(f -> texts.get(lang, "reminders.name_line", f.id(), f.label().get(lang))).toList());
    }

    private String label(String factId, Lang lang) {
        return book.fact(factId).map(f -> f.label().get(lang)).orElse(factId);
    }

    private static Reply smalltalk(Lang lang, String text) {
        return Reply.text(lang, ReplyType.SMALLTALK, text);
    }
}
