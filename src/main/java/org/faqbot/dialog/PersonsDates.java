package org.faqbot.dialog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.nlu.ResolvedDate;
import org.faqbot.rules.DateRule;
import org.faqbot.rules.Evaluation;
import org.faqbot.rules.RuleBook;
import org.faqbot.store.PendingQuestion;
import org.faqbot.store.RecentTurns;
import org.faqbot.store.RecentTurns.PersonDate;
import org.faqbot.store.RecentTurns.Persons;

/**
 * Other people's dates, kept under their names for the conversation and never as the user's own: "mijn collega Sanne
 * heeft op 10 juni haar key ingewisseld, hoe lang kan ze hem gebruiken?" is answered for Sanne, "en ik de mijne op 2
 * augustus" next for each of them, and "en die van Sanne?" / "and Piet's?" later from Sanne's or Piet's own date, not
 * from the conversation's (the user's) date.
 */
final class PersonsDates {

    private static final String PERSONS = Colleagues.WORDS;
    /** "my colleague Sanne": group 1 the person, group 2 the name written after it, if any (capitalised). */
    private static final Pattern NAMED = Pattern.compile(
            "(?iu:\\b(?:my|our|mijn|onze|ons|m'n) (" + PERSONS + "))(?: (\\p{Lu}\\p{Ll}{1,20}))?\\b");
    /** The user's own part beside the other person's: "en ik de mijne op 2 augustus", "and mine on 2 August". */
    private static final Pattern OWN = Pattern.compile("(?iu)\\b(?:i|ik|mine|de mijne|het mijne|my own|mijn eigen)\\b");
    /** The user's own thing anywhere else in a message about another person ("my manager asks when my key ends"). */
    private static final Pattern OWN_THING = Pattern.compile("(?iu)\\b(?:i|ik|me|mij|my|mijn|m'n|our|onze|ons|we|wij|us)\\b");
    /** A follow-up about the user's own date after someone else's: "and mine?", "hoeveel dagen nog voor de mijne?". */
    private static final Pattern MINE = Pattern.compile("(?iu)\\b(?:mine|my own|de mijne|het mijne|mijn eigen|van mij|voor mij|for me)\\b");
    /** Words that end a follow-up rather than start a new question; a follow-up this long is a question of its own. */
    private static final int FOLLOW_UP_WORDS = 8;

    private final RuleBook book;
    private final RuleReplies replies;
    private final Texts texts;

    PersonsDates(RuleBook book, RuleReplies replies, Texts texts) {
        this.book = book;
        this.replies = replies;
        this.texts = texts;
    }

    /** Whose date a message gives: the name after the person ("Sanne"), else the person ("collega"). */
    static Optional<String> whose(String text) {
        Matcher named = NAMED.matcher(text);
        if (!named.find() || OWN_THING.matcher(text.substring(0, named.start()) + " " + text.substring(named.end())).find()) {
            return Optional.empty();
        }
        return Optional.of(named.group(2) != null ? named.group(2) : named.group(1).toLowerCase(Locale.ROOT));
    }

    /**
     * A new question that gives only another person's date ("my colleague Sanne redeemed hers on 10 June, how long can
     * she use it?"): answered under that person's name, the date kept as theirs. The rule question stays open without
     * the user's own date, so that "and mine on 2 August" next is the user's and "how many days for mine?" asks for it.
     */
    Optional<Reply> alone(Turn turn, DateRule rule, DatePicker.Pick pick, Map<String, LocalDate> known, boolean yesNo) {
        Optional<String> whose = whose(turn.text);
        if (whose.isEmpty() || !(pick.mention() instanceof ResolvedDate theirs) || pick.supposed() || pick.askedDay().isPresent()
                || pick.several()) {
            return Optional.empty();
        }
        keep(turn, whose.get(), rule, theirs.date());
        Map<String, LocalDate> others = new java.util.HashMap<>(known);
        others.remove(rule.spec().fact());
        turn.setPending(DatedAnswer.pending(rule, others, List.of(), yesNo, Optional.empty(), turn));
        return Optional.of(each(turn, rule, List.of(theirs.date()), List.of(label(turn, whose.get())), preface(turn, "rule.person_only", whose.get()), yesNo));
    }

    /**
     * The user's own date after other people's of the same rule ("en ik de mijne op 2 augustus" after Sanne's): answered
     * for each of them, the user's date the conversation's, theirs kept.
     */
    Optional<Reply> withOwn(Turn turn, DateRule rule, PendingQuestion pending, DatePicker.Pick pick) {
        List<PersonDate> theirs = of(turn, rule);
        if (theirs.isEmpty() || !OWN.matcher(turn.text).find() || !(pick.mention() instanceof ResolvedDate own) || pick.supposed()
                || pick.askedDay().isPresent()) {
            return Optional.empty();
        }
        Map<String, LocalDate> facts = new java.util.HashMap<>(pending.facts());
        facts.put(rule.spec().fact(), own.date());
        List<LocalDate> dates = new ArrayList<>(List.of(own.date()));
        List<String> names = new ArrayList<>(List.of(texts.get(turn.lang, "rule.each_yours")));
        theirs.forEach(person -> {
            dates.add(person.date());
            names.add(label(turn, person.name()));
        });
        turn.setPending(DatedAnswer.pending(rule, facts, List.of(), false, Optional.empty(), turn).withEachThing(dates));
        return Optional.of(replies.each(dates.stream().map(date -> Evaluation.of(rule, date, turn.today)).toList(), turn.lang, false,
                Optional.empty(), Map.of(), texts.get(turn.lang, "rule.each_person"), names));
    }

    /**
     * A short follow-up that names a person whose date the conversation keeps, and gives no date ("en die van Sanne?",
     * "and Piet's?", "how many days for my colleague?"): the answer from that person's date, the conversation's own
     * question and date left as they were.
     */
    Optional<Reply> followUp(Turn turn) {
        List<PersonDate> kept = turn.recent().personsDates().map(Persons::dates).orElse(List.of());
        if (kept.isEmpty() || turn.text.matches("(?s).*\\d.*") || turn.text.trim().split("\\s+").length > FOLLOW_UP_WORDS) {
            return Optional.empty();
        }
        Optional<PendingQuestion> own = turn.pending().filter(p -> p.aboutRule() && !p.awaitsAnswer());
        Optional<DateRule> ownRule = own.flatMap(p -> book.rule(p.intent()));
        if (ownRule.isPresent() && MINE.matcher(turn.text).find() && !of(turn, ownRule.get()).isEmpty()) {
            LocalDate date = own.get().facts().get(ownRule.get().spec().fact());
            return Optional.of(each(turn, ownRule.get(), List.of(date), List.of(texts.get(turn.lang, "rule.each_yours")), texts.get(turn.lang, "rule.own_kept"), false));
        }
        for (int i = kept.size() - 1; i >= 0; i--) {
            PersonDate person = kept.get(i);
            Optional<DateRule> rule = book.rule(person.intent());
            if (rule.isPresent() && names(turn.text, person.name())) {
                return Optional.of(each(turn, rule.get(), List.of(person.date()), List.of(label(turn, person.name())),
                        preface(turn, "rule.person_kept", person.name()), false));
            }
        }
        return Optional.empty();
    }

    /** Keeps {@code date} as {@code whose}'s date of {@code rule}, replacing what that person had of it. */
    static void keep(Turn turn, String whose, DateRule rule, LocalDate date) {
        RecentTurns recent = turn.recent();
        List<PersonDate> dates = new ArrayList<>(recent.personsDates().map(Persons::dates).orElse(List.of()));
        dates.removeIf(p -> p.name().equalsIgnoreCase(whose) && p.intent().equals(rule.id()));
        dates.add(new PersonDate(whose, rule.id(), date));
        turn.setRecent(recent.withPersons(Optional.of(new Persons(dates))));
    }

    /**
     * The names of the dates of an answer for each ("Yours:", "Sanne's:"), when the first is the user's own and each
     * other is a person's kept date of the rule; else empty (the things are keys of the user's own).
     */
    static List<String> namesOf(Turn turn, DateRule rule, List<LocalDate> each, Texts texts) {
        List<PersonDate> kept = turn.recent().personsDates().map(Persons::dates).orElse(List.of());
        List<String> names = new ArrayList<>(List.of(texts.get(turn.lang, "rule.each_yours")));
        for (LocalDate date : each.subList(1, each.size())) {
            Optional<PersonDate> whose = kept.stream().filter(p -> p.intent().equals(rule.id()) && p.date().equals(date)).reduce((a, b) -> b);
            if (whose.isEmpty()) {
                return List.of();
            }
            names.add(label(turn, whose.get().name(), texts));
        }
        return names;
    }

    private List<PersonDate> of(Turn turn, DateRule rule) {
        return turn.recent().personsDates().map(Persons::dates).orElse(List.of()).stream()
                .filter(p -> p.intent().equals(rule.id())).toList();
    }

    /** Whether the text names the person: "Anna Jansen" by her whole name or her first ("and Anna's?"). */
    private static boolean names(String text, String name) {
        String first = name.split(" ")[0];
        return Pattern.compile("(?iu)(?<!\\p{L})(?:" + Pattern.quote(name) + "|" + Pattern.quote(first) + ")(?:'s|s|')?(?!\\p{L})")
                .matcher(text).find();
    }

    /** "Die van Sanne:" for a name, "Die van je collega:" for a person named by their role. */
    private String label(Turn turn, String whose) {
        return label(turn, whose, texts);
    }

    static String label(Turn turn, String whose, Texts texts) {
        return Character.isUpperCase(whose.charAt(0)) ? texts.get(turn.lang, "rule.each_named", whose)
                : texts.get(turn.lang, "rule.each_persons", whose);
    }

    /** The sentence {@code key} about {@code whose}: "Sanne", or "your colleague" for a person named by their role. */
    private String preface(Turn turn, String key, String whose) {
        String who = Character.isUpperCase(whose.charAt(0)) ? whose : texts.get(turn.lang, "rule.your_person", whose);
        return texts.get(turn.lang, key, who);
    }

    private Reply each(Turn turn, DateRule rule, List<LocalDate> dates, List<String> names, String preface, boolean yesNo) {
        return replies.each(dates.stream().map(date -> Evaluation.of(rule, date, turn.today)).toList(), turn.lang, yesNo,
                Optional.empty(), Map.of(), preface, names);
    }
}
