package org.faqbot.dialog;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.Normalized;

/**
 * "And in weeks?", "hoeveel weken nog?", "how many months is that?" right after a rule's answer: the time to (or since)
 * its date in weeks or months instead of days. Searched, it found the rule's entry and dumped it, or fell back; the
 * answer is the rule's again, led by the span in the unit asked ({@link QuestionFlow}).
 */
final class SpanInUnits {

    /** The most words such a follow-up has. */
    private static final int MAX_WORDS = 8;
    private static final Pattern ASKED = Pattern.compile("^(?:(?:and|en|ok|okay|so|dus|but|maar|nou) )?(?:in|how many|hoeveel|hoe veel)"
            + " (weeks|weken|months|maanden)(?: (?:is that|is dat|zijn dat|left|to go|remaining|still|then|nog|over|dan|nog over|please|graag))*$");

    private SpanInUnits() {
    }

    /** The unit {@code text} asks the time left in, weeks or months; empty for any other message. */
    static Optional<ChronoUnit> asked(String text) {
        String words = Normalized.words(text);
        if (words.isEmpty() || words.split(" ").length > MAX_WORDS) {
            return Optional.empty();
        }
        Matcher m = ASKED.matcher(words);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(m.group(1).startsWith("w") ? ChronoUnit.WEEKS : ChronoUnit.MONTHS);
    }

    /** The sentence with the span from {@code today} to {@code date} in {@code unit}, with the days that remain. */
    static String said(LocalDate today, LocalDate date, ChronoUnit unit, Lang lang, Texts texts) {
        boolean passed = date.isBefore(today);
        LocalDate from = passed ? date : today;
        LocalDate to = passed ? today : date;
        List<String> parts = new ArrayList<>();
        if (unit == ChronoUnit.WEEKS) {
            long days = ChronoUnit.DAYS.between(from, to);
            add(parts, days / 7, "unit.week", "unit.weeks", lang, texts);
            add(parts, days % 7, "unit.day", "unit.days", lang, texts);
        } else {
            Period period = Period.between(from, to);
            add(parts, period.toTotalMonths(), "unit.month", "unit.months", lang, texts);
            add(parts, period.getDays(), "unit.day", "unit.days", lang, texts);
        }
        String span = parts.isEmpty() ? texts.days(0, lang)
                : parts.size() == 1 ? parts.get(0) : texts.get(lang, "unit.and", parts.get(0), parts.get(1));
        return texts.get(lang, passed ? "rule.span.passed" : "rule.span.ahead", span);
    }

    private static void add(List<String> parts, long count, String one, String many, Lang lang, Texts texts) {
        if (count > 0) {
            parts.add(texts.get(lang, count == 1 ? one : many, count));
        }
    }
}
