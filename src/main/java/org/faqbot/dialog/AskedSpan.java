package org.faqbot.dialog;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.CueMatcher;
import org.faqbot.nlu.DateMention;
import org.faqbot.nlu.MonthYear;
import org.faqbot.nlu.NamedMonth;
import org.faqbot.nlu.Normalized;
import org.faqbot.nlu.Season;
import org.faqbot.nlu.QuestionShape;
import org.faqbot.rules.DayQuestion;

/**
 * The month or season a yes/no question asks about: "can I give it to someone else in March?", "is mijn key in juli
 * nog geldig?", "will it still work next summer?", and after an answer "en in juli?". The date readers read no month
 * alone (it is no day to compute with), so such a question was answered for today; it asks whether the rule allows the
 * thing on some day of that span. The month's year is the one the question most likely means: the one written, the next
 * after "next", else the occurrence nearest today that does not end before the fact's own date ("assigned in June 2026,
 * can I reassign it in July?" asks about July 2026, as {@link AskedYear} reads a day).
 */
final class AskedSpan {

    /** What stands before a month or season asked about: "in", "during", "next", "deze", "komende", ... */
    private static final Pattern BEFORE = Pattern.compile(
            "(?:^|[^\\p{L}])(in|during|throughout|tijdens|next|this|coming|volgende|komende|deze|aanstaande)\\s+(?:(?:the|de)\\s+)?(?:(?:month of|maand)\\s+)?$");
    /** Each season word of nlu's one table ({@link Season#words}), with the months it runs over. */
    private static final Map<String, Season> SEASONS = Season.words();
    /** The words of {@link #SEASONS}, longest first, one of which {@link #SEASON} needs. */
    private static final List<String> SEASON_WORDS = SEASONS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder())).toList();
    private static final Pattern SEASON = Pattern.compile(
            "(?:^|[^\\p{L}])(in|during|throughout|tijdens|next|this|coming|volgende|komende|deze|aanstaande)\\s+(?:(?:the|de|het)\\s+)?"
                    + "(?:(?:coming|next|komende|volgende)\\s+)?(" + SEASON_WORDS.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")"
                    + "(?:\\s+(?:of\\s+|van\\s+)?((?:19|20)\\d\\d))?(?![\\p{L}\\d])");
    /** A follow-up that is only the span with "and" or "what about" before it: "en in juli?", "and next summer?". */
    private static final Pattern ELLIPTIC = Pattern.compile(
            "^(?:(?:and|en|what about|how about|maar|but|or|of|ook|also|dan|then)\\s+)*(?:in|during|tijdens|next|this|coming|volgende"
                    + "|komende|deze|aanstaande)\\s+(?:(?:the|de|het)\\s+)?(?:(?:coming|next|komende|volgende)\\s+)?\\p{L}+(?:\\s+\\d{4})?"
                    + "(?:\\s+(?:dan|then|nog|still|too|also|ook|wel))*\\s*\\?$");
    /** A day before a month: "3 maart", "the 3rd of March" name a date, not the month. */
    private static final Pattern DAY_BEFORE = Pattern.compile("\\d(?:st|nd|rd|th|e|ste|de)?\\s+(?:of\\s+)?$");
    /** "next month", "this month", "volgende maand", "deze maand". */
    private static final Pattern MONTH_SHIFT = Pattern.compile(
            "(?:^|[^\\p{L}])(next|this|coming|volgende|komende|deze|aanstaande)\\s+(?:month|maand)(?![\\p{L}])");
    /** Words by which a question asks what still holds then, so about a time still to come: "still", "nog", "will". */
    private static final Pattern STILL = Pattern.compile("(?:^|[^\\p{L}])(?:still|will|nog|zal|zullen|straks)(?![\\p{L}])");
    private static final Pattern CLAUSE_END = Pattern.compile("[.!?;]");
    /** Where the clause of a span ends: "onze code is van oktober vorig jaar, is hij nog geldig?" asks nothing of October. */
    private static final Pattern SPAN_CLAUSE_END = Pattern.compile("[.!?;,]");
    /** "van oktober vorig jaar", "from March last year": the month dates a thing, it is no time asked about. */
    private static final Pattern FROM_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(?:from|dated|since|van|uit|sinds)\\s*$");

    /**
     * A span asked about, and where the message names it: {@code start} (inclusive) to {@code end} (exclusive) are the
     * month's or season's word and its year, if written.
     */
    record Found(DayQuestion question, int start, int end) {

        /** Whether {@code mention} is this span's own words ("next summer" read as a date) rather than another date. */
        boolean covers(DateMention mention) {
            return mention.start() < end && mention.end() > start;
        }
    }

    /**
     * The cues of the rule's fact ("toegewezen", "toewijz") and the action phrases of the rule that hold such a cue and
     * still ask about the action ("opnieuw toewijzen"): a clause with only the latter asks when the action may be done.
     */
    record Cues(List<String> fact, List<String> actions) {

        Cues {
            fact = List.copyOf(fact);
            actions = List.copyOf(actions);
        }
    }

    /** How the question names the span's year. */
    private enum Shift { NONE, NEXT, THIS }

    private AskedSpan() {
    }

    /**
     * The span a yes/no question of {@code text} asks about, if one: a clause that is a yes/no question (or only the span
     * after "and") names a month or a season after "in", "next" or the like, and no cue of the fact outside the rule's action ({@code cues}),
     * so that "I redeemed it in March, is it still valid?" gives no span. {@code fact} is the fact's own date, if known.
     */
    static Optional<Found> find(String text, Lang lang, LocalDate today, Optional<LocalDate> fact, Cues cues) {
        String normalized = Normalized.of(text);
        return month(text, normalized, lang, today, fact, cues)
                .or(() -> season(normalized, lang, today, fact, cues))
                .or(() -> shiftedMonth(normalized, lang, today, cues));
    }

    /** "in maart", "next March", "maart volgend jaar": a month named without a day, after "in" or the like or with its year. */
    private static Optional<Found> month(String text, String normalized, Lang lang, LocalDate today, Optional<LocalDate> fact,
            Cues cues) {
        for (NamedMonth month : NamedMonth.all(text, lang, today)) {
            String head = normalized.substring(0, month.start());
            Matcher before = BEFORE.matcher(head);
            boolean prepositioned = before.find();
            boolean named = prepositioned || month.year().isPresent() && !DAY_BEFORE.matcher(head).find() && !FROM_BEFORE.matcher(head).find();
            Optional<String> clause = named ? question(normalized, month.start(), lang, cues) : Optional.empty();
            if (clause.isPresent()) {
                int start = month.month().getValue();
                YearMonth first = month.year().isPresent() ? YearMonth.of(month.year().getAsInt(), start)
                        : year(start, 1, prepositioned ? shift(before.group(1)) : Shift.NONE, ahead(clause.get(), fact, today), today);
                return Optional.of(new Found(DayQuestion.allowedIn(first.atDay(1), first.atEndOfMonth()), month.start(), month.end()));
            }
        }
        return Optional.empty();
    }

    /** "in de zomer", "next summer", "this winter", "in de zomervakantie": the season's months, the winter running into the next year. */
    private static Optional<Found> season(String normalized, Lang lang, LocalDate today, Optional<LocalDate> fact, Cues cues) {
        if (SEASON_WORDS.stream().noneMatch(normalized::contains)) {
            // SEASON, tried at every position of every question asked, needs one of its seasons' words.
            return Optional.empty();
        }
        Matcher season = SEASON.matcher(normalized);
        while (season.find()) {
            Optional<String> clause = question(normalized, season.start(2), lang, cues);
            if (clause.isPresent()) {
                Season named = SEASONS.get(season.group(2));
                int start = named.firstMonth();
                YearMonth first = season.group(3) != null ? YearMonth.of(Integer.parseInt(season.group(3)), start)
                        : year(start, named.months(), shift(season.group(1)), ahead(clause.get(), fact, today), today);
                DayQuestion asked = DayQuestion.allowedIn(first.atDay(1), first.plusMonths(named.months() - 1).atEndOfMonth());
                return Optional.of(new Found(asked, season.start(2), season.end()));
            }
        }
        return Optional.empty();
    }

    /** "next month", "deze maand": counted from today's month. */
    private static Optional<Found> shiftedMonth(String normalized, Lang lang, LocalDate today, Cues cues) {
        if (!normalized.contains("month") && !normalized.contains("maand")) {
            // MONTH_SHIFT needs one of them, and tried every position of every question asked.
            return Optional.empty();
        }
        Matcher month = MONTH_SHIFT.matcher(normalized);
        if (!month.find() || question(normalized, month.start(1), lang, cues).isEmpty()) {
            return Optional.empty();
        }
        YearMonth asked = YearMonth.from(today).plusMonths(shift(month.group(1)) == Shift.NEXT ? 1 : 0);
        return Optional.of(new Found(DayQuestion.allowedIn(asked.atDay(1), asked.atEndOfMonth()), month.start(1), month.end()));
    }

    /**
     * The day the span must not end before: the fact's, and today's when the question asks what still holds ("is it
     * still valid in June?" asks about the June to come, though last June came after the redemption); a fact still to
     * come stays ("if I redeem one in January, is it still valid in December?" asks about the December after it).
     */
    private static Optional<LocalDate> ahead(String clause, Optional<LocalDate> fact, LocalDate today) {
        return STILL.matcher(clause).find() ? fact.filter(day -> day.isAfter(today)) : fact;
    }

    private static Shift shift(String word) {
        return switch (word) {
            case "next", "coming", "volgende", "komende", "aanstaande" -> Shift.NEXT;
            case "this", "deze" -> Shift.THIS;
            default -> Shift.NONE;
        };
    }

    /**
     * The clause around {@code at} when it is a yes/no question, or the whole message a short "and ...?", without the
     * fact's cue; empty otherwise.
     */
    private static Optional<String> question(String normalized, int at, Lang lang, Cues cues) {
        int from = 0;
        Matcher ends = CLAUSE_END.matcher(normalized);
        while (ends.find() && ends.end() <= at) {
            from = ends.end();
        }
        Matcher spanEnd = SPAN_CLAUSE_END.matcher(normalized);
        int to = spanEnd.find(at) ? spanEnd.end() : normalized.length();
        // "..., kan ik hem in maart aan iemand anders geven?": a comma before the question opens it.
        int comma = normalized.lastIndexOf(',', at);
        String clause = normalized.substring(Math.max(from, comma + 1), to).strip();
        boolean question = clause.endsWith("?") && (QuestionShape.isYesNo(clause) || AskedDay.supposingQuestion(clause)
                || from == 0 && to == normalized.length() && ELLIPTIC.matcher(clause).matches());
        String withoutActions = clause;
        for (String action : cues.actions()) {
            withoutActions = withoutActions.replace(action, " ");
        }
        String asked = withoutActions;
        return question && cues.fact().stream().noneMatch(cue -> CueMatcher.contains(asked, cue, lang)) ? Optional.of(clause) : Optional.empty();
    }

    /**
     * The first month of the span of {@code months} months from month {@code start} that the question means: after "next"
     * the first that starts after today, after "this" the one today lies in or else the next, otherwise the one nearest
     * today that does not end before the fact, or without one ({@code after} empty) the first that does not end before today
     * ({@link MonthYear}); a fact's date beyond next year leaves next year's.
     */
    private static YearMonth year(int start, int months, Shift shift, Optional<LocalDate> after, LocalDate today) {
        return switch (shift) {
            case NEXT -> MonthYear.startingAfter(start, today);
            case THIS -> MonthYear.notEndedBy(start, months, today);
            case NONE -> after.map(day -> MonthYear.nearestNotEndedBy(start, months, day, today).orElse(YearMonth.of(today.getYear() + 1, start)))
                    .orElseGet(() -> MonthYear.notEndedBy(start, months, today));
        };
    }
}
