package org.faqbot.dialog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.faqbot.dialog.RuleVerdicts.Verdict;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.AmbiguousDate;
import org.faqbot.nlu.InvalidDate;
import org.faqbot.rules.DateRule;
import org.faqbot.rules.DayQuestion;
import org.faqbot.rules.Evaluation;
import org.faqbot.rules.Evidence;
import org.faqbot.rules.Fact;
import org.faqbot.rules.FromRule;
import org.faqbot.rules.RuleBook;
import org.faqbot.rules.RuleNote;

/**
 * Writes the replies of date rules: the computed date with days left or passed, the yes/no when the
 * user asked one, what to do when a date has passed, and the FAQ sentence the rule rests on; and the
 * questions back when a date is missing, ambiguous or impossible.
 */
final class RuleReplies {

    private final RuleBook book;
    private final Evidence evidence;
    /** How much of the rule's sentence an entry's opening must hold: enough to be that sentence, short of any markup in it. */
    private static final int OPENING_CHARS = 40;
    private final KnowledgeBase kb;
    private final Texts texts;
    private final RuleVerdicts verdicts;

    RuleReplies(RuleBook book, Evidence evidence, KnowledgeBase kb, Texts texts) {
        this.verdicts = new RuleVerdicts(texts, book);
        this.book = book;
        this.evidence = evidence;
        this.kb = kb;
        this.texts = texts;
    }

    /**
     * The answer to a rule question.
     *
     * @param others  other facts the user gave, by fact id (for the rule's notes)
     * @param preface a sentence to put first, e.g. which of two dates was used or that a stored date was used
     */
    Reply answer(Evaluation evaluation, Lang lang, boolean yesNo, Map<String, LocalDate> others, Optional<String> preface) {
        return answer(evaluation, lang, yesNo, evaluation.rule().spec().texts().answer().get(lang), others, preface);
    }

    /**
     * The answer from the day the rule's thing ends ({@link org.faqbot.rules.RuleEnd}): the evaluation's result is
     * that day and its fact the one the rule gives back from it.
     */
    Reply fromEnd(Evaluation evaluation, Lang lang, boolean yesNo) {
        return answer(evaluation, lang, yesNo, evaluation.rule().spec().end().answer().get(lang), Map.of(), Optional.empty());
    }

    /**
     * The answer for an action the user plans or supposes ("if I redeem it next Friday, ..."), worded
     * as a condition. It has no yes/no: whether something is allowed today says nothing about a plan.
     */
    Reply supposed(Evaluation evaluation, Lang lang, Map<String, LocalDate> others, Optional<String> preface) {
        return answer(evaluation, lang, false, evaluation.rule().spec().texts().supposedOrAnswer(lang), others, preface);
    }

    /**
     * The answer to a yes/no question about another day than today ("does it still work on 1 January
     * 2022?", "does my key expire on 1 March?"): the verdict is for the asked day, in the question's own terms,
     * the rest as usual, worded as a condition when {@code supposed}.
     */
    Reply answerOn(Evaluation evaluation, DayQuestion asked, boolean supposed, Lang lang, Map<String, LocalDate> others,
            Optional<String> preface) {
        DateRule rule = evaluation.rule();
        String template = supposed ? rule.spec().texts().supposedOrAnswer(lang) : rule.spec().texts().answer().get(lang);
        return answer(evaluation, lang, Optional.of(verdicts.on(evaluation, asked, lang)), template, others, preface);
    }

    private Reply answer(Evaluation evaluation, Lang lang, boolean yesNo, String template, Map<String, LocalDate> others,
            Optional<String> preface) {
        Optional<Verdict> verdict = yesNo ? Optional.of(RuleVerdicts.today(evaluation, lang)) : Optional.empty();
        return answer(evaluation, lang, verdict, template, others, preface);
    }

    private Reply answer(Evaluation evaluation, Lang lang, Optional<Verdict> verdict, String template, Map<String, LocalDate> others,
            Optional<String> preface) {
        DateRule rule = evaluation.rule();
        List<String> paragraphs = new ArrayList<>();
        preface.ifPresent(paragraphs::add);
        verdict.ifPresent(v -> paragraphs.add("**" + v.text() + "**"));
        paragraphs.add(fill(template, evaluation.fact(), evaluation.result(), lang));
        paragraphs.add(dayCount(evaluation, lang));
        passedAdvice(evaluation, lang).ifPresent(paragraphs::add);
        notes(rule, others, lang).forEach(paragraphs::add);
        paragraphs.add(quote(rule, lang));
        return Reply.builder(lang, ReplyType.RULE, String.join("\n\n", paragraphs))
                .intent(rule.id())
                .date(evaluation.result())
                .ok(verdict.map(Verdict::ok).orElse(null))
                .faqId(rule.spec().source())
                .confidence(1.0)
                .sourceUrl(source(rule).map(e -> e.sourceUrl().get(lang)).orElse(null))
                .build();
    }

    /**
     * The answer for each of several things of the same kind ("one key on 1 March and another on 1 June"), in the
     * order given: each one's verdict (for today when {@code yesNo}, for the day {@code asked} asks about when there is
     * one), date and day count, then the notes and the FAQ's sentence once. The reply's date and yes/no are the last
     * one's.
     */
    Reply each(List<Evaluation> evaluations, Lang lang, boolean yesNo, Optional<DayQuestion> asked, Map<String, LocalDate> others,
            String preface) {
        return each(evaluations, lang, yesNo, asked, others, preface, List.of());
    }

    /** As above, each answer after its name ("Your colleague's:") when {@code names} has one for each. */
    Reply each(List<Evaluation> evaluations, Lang lang, boolean yesNo, Optional<DayQuestion> asked, Map<String, LocalDate> others,
            String preface, List<String> names) {
        Evaluation last = evaluations.get(evaluations.size() - 1);
        DateRule rule = last.rule();
        List<String> paragraphs = new ArrayList<>(List.of(preface));
        Optional<Verdict> lastVerdict = Optional.empty();
        for (int i = 0; i < evaluations.size(); i++) {
            Evaluation evaluation = evaluations.get(i);
            Optional<Verdict> verdict = asked.map(day -> verdicts.on(evaluation, day, lang))
                    .or(() -> yesNo ? Optional.of(RuleVerdicts.today(evaluation, lang)) : Optional.empty());
            List<String> lines = new ArrayList<>();
            verdict.ifPresent(v -> lines.add("**" + v.text() + "**"));
            lines.add(fill(rule.spec().texts().answer().get(lang), evaluation.fact(), evaluation.result(), lang));
            lines.add(dayCount(evaluation, lang));
            paragraphs.add("• " + (names.size() == evaluations.size() ? names.get(i) + " " : "") + String.join(" ", lines));
            lastVerdict = verdict;
        }
        evaluations.stream().filter(e -> passedAdvice(e, lang).isPresent()).findFirst()
                .flatMap(e -> passedAdvice(e, lang)).ifPresent(paragraphs::add);
        paragraphs.addAll(notes(rule, others, lang));
        paragraphs.add(quote(rule, lang));
        return composed(rule, lang, paragraphs, Optional.of(last.result()), lastVerdict.map(Verdict::ok));
    }

    /**
     * A rule's reply made of {@code paragraphs}, with the rule's source: for answers that are no date computed
     * from the rule's own fact, which put the FAQ sentence ({@link #generalRule}) among their paragraphs themselves.
     */
    Reply composed(DateRule rule, Lang lang, List<String> paragraphs, Optional<LocalDate> date, Optional<Boolean> ok) {
        String text = String.join("\n\n", paragraphs);
        return Reply.builder(lang, ReplyType.RULE, text).intent(rule.id()).date(date.orElse(null)).ok(ok.orElse(null))
                .faqId(rule.spec().source()).confidence(1.0).sourceUrl(source(rule).map(e -> e.sourceUrl().get(lang)).orElse(null))
                .build();
    }

    /** Asks for the fact a rule needs; {@code context} (e.g. the FAQ's general rule) goes first. */
    Reply ask(DateRule rule, Lang lang, Optional<String> context) {
        Fact fact = book.factOf(rule);
        String text = context.map(c -> c + "\n\n").orElse("") + fact.ask().get(lang) + " "
                + texts.get(lang, "rule.ask.hint");
        return Reply.builder(lang, ReplyType.CLARIFY, text)
                .intent(rule.id())
                .faqId(rule.spec().source())
                .build();
    }

    /**
     * Whether {@code entry}'s answer in {@code lang} opens with the sentence the rule rests on, so that the entry itself
     * answers a question about the rule ("When can I renew my membership?"); no when the sentence comes later, under a
     * wider topic ("What does Benefit Expiry Date mean", the key's year in its third paragraph).
     */
    boolean opensWithRule(DateRule rule, FaqEntry entry, Lang lang) {
        String sentence = evidence.sentence(rule.id(), lang);
        String opening = entry.answer().get(lang).strip().split("\\n\\s*\\n", 2)[0].replaceAll("\\s+", " ");
        return !sentence.isEmpty() && opening.contains(sentence.substring(0, Math.min(OPENING_CHARS, sentence.length())));
    }

    /** "in March 2027" or "from 1 June 2027 to 31 August 2027": the span {@code asked} is about, as its verdict names it. */
    String span(DayQuestion asked, Lang lang) {
        return verdicts.span(asked.day(), asked.through().orElse(asked.day()), lang);
    }

    /** The general rule of the FAQ in one quoted sentence, to go with a question back. */
    String generalRule(DateRule rule, Lang lang) {
        return quote(rule, lang);
    }

    /** Asks which of two readings of a numeric date was meant, with both as buttons. */
    Reply ambiguous(DateRule rule, AmbiguousDate date, Lang lang) {
        Reply question = ambiguous(date, lang);
        return Reply.builder(lang, ReplyType.CLARIFY, question.text()).intent(rule.id()).choices(question.choices()).build();
    }

    /** The same question for a date that belongs to no rule yet, such as one the user asks the bot to remember. */
    Reply ambiguous(AmbiguousDate date, Lang lang) {
        String text = LeapDay.yearWithout(date)
                .map(year -> texts.get(lang, "date.leap_day", FaqResponder.escape(date.text()),
                        texts.date(date.readings().get(0), lang), texts.date(date.readings().get(1), lang), String.valueOf(year)))
                .orElseGet(() -> texts.get(lang, "date.ambiguous", FaqResponder.escape(date.text()),
                        texts.date(date.readings().get(0), lang), texts.date(date.readings().get(1), lang)));
        return Reply.builder(lang, ReplyType.CLARIFY, text).choices(readingChoices(date.readings(), lang)).build();
    }

    /** A button for each reading, sending {@code /date} with it. */
    List<Choice> readingChoices(List<LocalDate> readings, Lang lang) {
        return readings.stream().map(d -> new Choice(texts.date(d, lang), "/date " + d)).toList();
    }

    /**
     * Says that a date is still to come although the rule's fact already happened, and offers
     * {@code suggestion} (the same day a year earlier) as a button when there is one.
     */
    Reply notYetHappened(DateRule rule, LocalDate date, Optional<LocalDate> suggestion, Lang lang) {
        String label = book.factOf(rule).label().get(lang);
        String text = suggestion
                .map(s -> texts.get(lang, "rule.future_fact.suggest", texts.date(date, lang), label, texts.date(s, lang)))
                .orElseGet(() -> texts.get(lang, "rule.future_fact.check", texts.date(date, lang), label));
        List<Choice> choices = suggestion.map(s -> List.of(new Choice(texts.date(s, lang), "/date " + s))).orElse(List.of());
        return Reply.builder(lang, ReplyType.CLARIFY, text).intent(rule.id()).choices(choices).build();
    }

    /**
     * Explains why a date cannot be used, in the user's language. The rule's question for its date goes
     * with it ({3} in the text), so that "more than a year ago" is answered with "On what date did you
     * redeem the product key?".
     */
    Reply invalid(Optional<DateRule> rule, InvalidDate date, Lang lang, int minYear, int maxYear) {
        String key = "date.invalid." + date.problem().name().toLowerCase(java.util.Locale.ROOT);
        String ask = rule.map(r -> book.factOf(r).ask().get(lang)).orElse("");
        String text = texts.get(lang, key, FaqResponder.escape(date.text()), minYear, maxYear, ask).strip();
        return Reply.builder(lang, ReplyType.CLARIFY, text).intent(rule.map(DateRule::id).orElse(null)).build();
    }

    private String dayCount(Evaluation evaluation, Lang lang) {
        long days = evaluation.daysFromToday();
        String today = texts.date(evaluation.today(), lang);
        if (days == 0) {
            return texts.get(lang, "rule.days.today", today);
        }
        return days > 0
                ? texts.get(lang, "rule.days.ahead", texts.days(days, lang), today)
                : texts.get(lang, "rule.days.passed", texts.days(-days, lang), today);
    }

    private Optional<String> passedAdvice(Evaluation evaluation, Lang lang) {
        boolean passed = !(evaluation.rule() instanceof FromRule) && !evaluation.allowed();
        String advice = evaluation.rule().spec().texts().passed().get(lang);
        return passed && !advice.isBlank() ? Optional.of(advice) : Optional.empty();
    }

    private List<String> notes(DateRule rule, Map<String, LocalDate> others, Lang lang) {
        List<String> notes = new ArrayList<>();
        for (RuleNote note : rule.spec().texts().notes()) {
            LocalDate other = others.get(note.fact());
            if (other != null) {
                notes.add(note.text().get(lang).replace("{other}", texts.date(other, lang)));
            }
        }
        return notes;
    }

    private String quote(DateRule rule, Lang lang) {
        String sentence = evidence.sentence(rule.id(), lang);
        String page = source(rule).map(e -> e.pageTitle().get(lang)).orElse("FAQ");
        return texts.get(lang, "rule.quote", sentence, FaqResponder.escape(page));
    }

    private Optional<FaqEntry> source(DateRule rule) {
        return kb.find(rule.spec().source());
    }

    private String fill(String template, LocalDate fact, LocalDate result, Lang lang) {
        return template.replace("{fact}", texts.date(fact, lang)).replace("{date}", texts.date(result, lang));
    }
}
