package org.faqbot.dialog;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.Normalized;
import org.faqbot.nlu.NumberWords;

/**
 * How long before the date a reminder asked for in words should go: "remind me a week before", "30 days before my key
 * expires", "herinner me twee weken van tevoren", "een dag ervoor". The user who names the lead asks for that one
 * reminder, not the rule's usual three; a message that names none leaves the rule's. A month counts as 30 days, as the
 * rules' own reminders do. Only a count of days, weeks or months right before a word of "before" counts, so "remind me in
 * a week" (a day of the user's choosing) is no lead. A lead asked for while the bot offers the dates goes with the
 * buttons' payloads ({@link #payload}): pressing one sets that lead, not the rule's usual reminders.
 */
final class ReminderLead {

    /** The most days ahead a lead may be: a year, the longest any rule's date lies ahead. */
    private static final int MAX_DAYS = 366;
    private static final Pattern LEAD = Pattern.compile("\\b(\\d{1,3}|[a-z]+) (day|days|week|weeks|month|months|dag|dagen|weken|maand"
            + "|maanden) (?:before|beforehand|in advance|ahead|earlier|prior|voor|voordat|ervoor|daarvoor|van tevoren|vooraf|eerder|tevoren)\\b");
    /** A payload's lead after the date's name: "/remind benefit_expiry 7d". */
    private static final Pattern PAYLOAD_LEAD = Pattern.compile("(?:^|\\s)(\\d{1,3})d$");
    /** "the day before", "de dag ervoor": one day. */
    private static final Pattern DAY_BEFORE = Pattern.compile("\\b(?:the day before|de dag (?:ervoor|daarvoor|van tevoren|voor))\\b");

    private ReminderLead() {
    }

    /** The days before the date that {@code text} asks to be reminded, if it names them. */
    static Optional<Integer> of(String text) {
        String words = Normalized.words(text);
        if (!namesUnit(words)) {
            return Optional.empty();
        }
        Matcher lead = LEAD.matcher(words);
        while (lead.find()) {
            OptionalInt count = count(lead.group(1));
            if (count.isPresent()) {
                int days = count.getAsInt() * unit(lead.group(2));
                if (days > 0 && days <= MAX_DAYS) {
                    return Optional.of(days);
                }
            }
        }
        return DAY_BEFORE.matcher(words).find() ? Optional.of(1) : Optional.empty();
    }

    /**
     * What a button's payload carries after the date's name for a lead of {@code days}, which {@link #ofCommand} reads
     * back: "7d", in no language, so that pressing the button under a Dutch offer does not make the reply English.
     */
    static String payload(int days) {
        return days + "d";
    }

    /** The lead of a "/remind" command's text: as in words ("/remind benefit_expiry a week before"), or as a payload's "7d". */
    static Optional<Integer> ofCommand(String text) {
        Optional<Integer> said = of(text);
        if (said.isPresent()) {
            return said;
        }
        Matcher shortLead = PAYLOAD_LEAD.matcher(text.strip());
        if (shortLead.find()) {
            int days = Integer.parseInt(shortLead.group(1));
            return days > 0 && days <= MAX_DAYS ? Optional.of(days) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * {@code arg} of "/remind" without a lead after the date's name: "benefit_expiry 7d" or "benefit_expiry a week before"
     * names {@code benefit_expiry}; {@code arg} itself when what follows its first word is no lead.
     */
    static String nameBefore(String arg) {
        String[] parts = arg.strip().split("\\s+", 2);
        return parts.length == 2 && ofCommand(parts[1]).isPresent() && ofCommand(parts[0]).isEmpty() ? parts[0] : arg;
    }

    /**
     * Whether {@code words} hold a part of every unit {@link #LEAD} and {@link #DAY_BEFORE} allow: most messages name none,
     * and LEAD tried every word as a count.
     */
    private static boolean namesUnit(String words) {
        return words.contains("day") || words.contains("dag") || words.contains("week") || words.contains("weken")
                || words.contains("month") || words.contains("maand");
    }

    private static OptionalInt count(String word) {
        if (Character.isDigit(word.charAt(0))) {
            return OptionalInt.of(Integer.parseInt(word));
        }
        OptionalInt english = NumberWords.of(Lang.EN).valueOf(word);
        return english.isPresent() ? english : NumberWords.of(Lang.NL).valueOf(word);
    }

    private static int unit(String unit) {
        return unit.startsWith("we") ? 7 : unit.startsWith("m") ? 30 : 1;
    }
}
