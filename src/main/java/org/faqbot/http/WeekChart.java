package org.faqbot.http;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.faqbot.kb.Lang;
import org.faqbot.store.WeekRate;

/**
 * The answer rate per ISO week as an inline SVG line chart, drawn on the server: one line per language,
 * 0-100% upwards, weeks left to right. Colours come from classes ({@code series-nl}, {@code series-en})
 * in {@code admin.css}, so the chart follows the light or dark theme. Each point has a {@code <title>}
 * with its numbers; the table under the chart gives the same numbers to screen readers.
 */
final class WeekChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 240;
    private static final int LEFT = 44;
    private static final int RIGHT = 36;
    private static final int TOP = 12;
    private static final int BOTTOM = 40;
    /** At most this many week labels under the axis; the others are left out so labels never overlap. */
    private static final int MAX_LABELS = 8;

    private WeekChart() {
    }

    /** The chart of {@code weeks}; {@code titleId} names the element that labels it. */
    static String svg(List<WeekRate> weeks, String titleId) {
        List<LocalDate> mondays = List.copyOf(new TreeSet<>(weeks.stream().map(WeekRate::monday).toList()));
        StringBuilder out = new StringBuilder();
        out.append("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"").append(titleId).append("\" xmlns=\"http://www.w3.org/2000/svg\">");
        grid(out);
        labels(out, mondays, weeks);
        for (Lang lang : Lang.values()) {
            series(out, lang, weeks.stream().filter(w -> w.lang() == lang).toList(), mondays);
        }
        legend(out);
        return out.append("</svg>").toString();
    }

    private static void grid(StringBuilder out) {
        for (int percent = 0; percent <= 100; percent += 25) {
            double y = y(percent / 100.0);
            out.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>",
                    LEFT, y, WIDTH - RIGHT, y));
            out.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d%%</text>",
                    LEFT - 6, y + 4, percent));
        }
    }

    private static void labels(StringBuilder out, List<LocalDate> mondays, List<WeekRate> weeks) {
        int step = Math.max(1, (int) Math.ceil(mondays.size() / (double) MAX_LABELS));
        for (int i = 0; i < mondays.size(); i += step) {
            LocalDate monday = mondays.get(i);
            String week = weeks.stream().filter(w -> w.monday().equals(monday)).findFirst().map(WeekRate::isoWeek).orElseThrow();
            out.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                    x(i, mondays.size()), HEIGHT - BOTTOM + 18, week));
        }
    }

    private static void series(StringBuilder out, Lang lang, List<WeekRate> weeks, List<LocalDate> mondays) {
        if (weeks.isEmpty()) {
            return;
        }
        StringBuilder points = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (WeekRate w : weeks) {
            double x = x(mondays.indexOf(w.monday()), mondays.size());
            double y = y(w.rate());
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            dots.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\"><title>%s %s: %.1f%% (%d/%d)</title></circle>",
                    x, y, w.isoWeek(), lang.code(), 100 * w.rate(), w.answered() + w.rule(), w.questions()));
        }
        out.append("<g class=\"series-").append(lang.code()).append("\" data-lang=\"").append(lang.code()).append("\">")
                .append("<polyline fill=\"none\" points=\"").append(points.toString().trim()).append("\"/>")
                .append(dots).append("</g>");
    }

    private static void legend(StringBuilder out) {
        int x = LEFT;
        for (Lang lang : Lang.values()) {
            out.append(String.format(Locale.ROOT, "<g class=\"series-%s\"><circle cx=\"%d\" cy=\"%d\" r=\"5\"/></g>"
                    + "<text class=\"axis\" x=\"%d\" y=\"%d\">%s</text>", lang.code(), x, HEIGHT - 8, x + 9, HEIGHT - 4, lang.code()));
            x += 56;
        }
    }

    /** The x of the i-th of n weeks: one week sits in the middle, more spread over the width. */
    private static double x(int i, int n) {
        double span = WIDTH - LEFT - RIGHT - 20.0;
        return n <= 1 ? LEFT + 10 + span / 2 : LEFT + 10 + span * i / (n - 1);
    }

    private static double y(double rate) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - rate);
    }
}
