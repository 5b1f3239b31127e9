package org.faqbot.cli;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.faqbot.kb.Lang;
import org.faqbot.kb.LightMarkdown;

/**
 * The figures of an evaluation run: FAQ top-1 and MRR@3 per language, out-of-domain rejection,
 * reply-language accuracy, date and dialog accuracy; and the misses, one per line.
 */
public final class EvalReport {

    private final List<EvalOutcome> outcomes;

    public EvalReport(List<EvalOutcome> outcomes) {
        this.outcomes = List.copyOf(outcomes);
    }

    /** The share of cases of {@code kind} in {@code lang} (null: both) for which {@code test} holds; NaN when none. */
    public double rate(String kind, Lang lang, Predicate<EvalOutcome> test) {
        return mean(kind, lang, o -> test.test(o) ? 1 : 0);
    }

    public double topOne(Lang lang) {
        return rate("faq", lang, EvalOutcome::topOneRight);
    }

    public double mrrAtThree(Lang lang) {
        return mean("faq", lang, EvalOutcome::reciprocalRank);
    }

    public double oodRejection(Lang lang) {
        return rate("ood", lang, EvalOutcome::rejected);
    }

    public double languageAccuracy() {
        return mean(null, null, o -> o.languageRight() ? 1 : 0);
    }

    public double dateAccuracy(Lang lang) {
        return rate("date", lang, EvalOutcome::dateRight);
    }

    public double dateCaseAccuracy(Lang lang) {
        return rate("date", lang, EvalOutcome::passed);
    }

    public double dialogAccuracy(Lang lang) {
        return rate("dialog", lang, EvalOutcome::passed);
    }

    public List<EvalOutcome> misses() {
        return outcomes.stream().filter(o -> !o.passed() || !o.languageRight()).toList();
    }

    public String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-36s %8s %8s %8s%n", "measure", "nl", "en", "all"));
        row(out, "faq top-1 accuracy", "faq", o -> o.topOneRight() ? 1 : 0);
        row(out, "faq MRR@3", "faq", EvalOutcome::reciprocalRank);
        row(out, "ood rejection rate", "ood", o -> o.rejected() ? 1 : 0);
        row(out, "date: exact date", "date", o -> o.dateRight() ? 1 : 0);
        row(out, "date: intent right", "date", o -> o.intentRight() ? 1 : 0);
        row(out, "date: yes/no right", "date", o -> o.yesNoRight() ? 1 : 0);
        row(out, "date: all three right", "date", o -> o.passed() ? 1 : 0);
        row(out, "dialog: final date right", "dialog", o -> o.passed() ? 1 : 0);
        row(out, "reply language = question language", null, o -> o.languageRight() ? 1 : 0);
        out.append(String.format(Locale.ROOT, "cases: %d, misses: %d%n", outcomes.size(), misses().size()));
        return out.toString();
    }

    public String missList() {
        StringBuilder out = new StringBuilder();
        for (EvalOutcome miss : misses()) {
            EvalCase c = miss.evalCase();
            var last = miss.last();
            out.append(String.format(Locale.ROOT, "%s %s %s: %s%n    expected %s; got %s %s conf=%.2f intent=%s date=%s ok=%s lang=%s%n    %s%n",
                    c.id(), c.kind(), c.lang().code(), String.join(" | ", c.turns()),
                    c.expect().orElseGet(() -> c.expectDate().map(Object::toString).orElse("no answer")) + c.expectOk().map(ok -> " ok=" + ok).orElse(""),
                    last.type().code(), last.faqId().orElse("-"), last.confidence(), last.intent().orElse("-"),
                    last.date().map(Object::toString).orElse("-"), last.ok().map(Object::toString).orElse("-"), last.lang().code(),
                    firstLine(LightMarkdown.toPlainText(last.text(), last.lang()))));
        }
        return out.toString();
    }

    private static String firstLine(String text) {
        String line = text.strip().split("\n", 2)[0];
        return line.length() > 140 ? line.substring(0, 140) + "..." : line;
    }

    private void row(StringBuilder out, String name, String kind, ToDoubleFunction<EvalOutcome> value) {
        out.append(String.format(Locale.ROOT, "%-36s %8s %8s %8s%n", name, fmt(mean(kind, Lang.NL, value)),
                fmt(mean(kind, Lang.EN, value)), fmt(mean(kind, null, value))));
    }

    private double mean(String kind, Lang lang, ToDoubleFunction<EvalOutcome> value) {
        return outcomes.stream()
                .filter(o -> kind == null || o.evalCase().kind().equals(kind))
                .filter(o -> lang == null || o.evalCase().lang() == lang)
                .mapToDouble(value).average().orElse(Double.NaN);
    }

    private static String fmt(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }
}
