package org.faqbot.http;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.faqbot.dialog.RecentErrors;
import org.faqbot.kb.Lang;
import org.faqbot.store.FeedbackCount;
import org.faqbot.store.QuestionReport;
import org.faqbot.store.UnansweredGroup;
import org.faqbot.store.WeekRate;

/**
 * The dashboard's HTML: the token form and the dashboard itself, in Dutch or English. Numbers are
 * those of {@link QuestionReport}, formatted as {@code faqbot report} prints them (a dot, one decimal
 * for rates). Every value from the log (users' questions, entry ids, error messages) is escaped.
 */
final class AdminPages {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final WebTexts texts;

    AdminPages(WebTexts texts) {
        this.texts = texts;
    }

    String login(Lang lang, boolean wrongToken) {
        String error = wrongToken ? "<p class=\"error\" role=\"alert\">" + t(lang, "admin.login.wrong") + "</p>" : "";
        return frame(lang, "<h1>" + t(lang, "admin.login.heading") + "</h1>" + error
                + "<form class=\"login\" method=\"post\" action=\"/admin/login\">"
                + "<p>" + t(lang, "admin.login.text") + "</p>"
                + "<input type=\"hidden\" name=\"lang\" value=\"" + lang.code() + "\">"
                + "<label for=\"token\">" + t(lang, "admin.login.token") + "</label> "
                + "<input id=\"token\" name=\"token\" type=\"password\" autocomplete=\"current-password\" required autofocus> "
                + "<button type=\"submit\">" + t(lang, "admin.login.submit") + "</button></form>");
    }

    String dashboard(Lang lang, QuestionReport report, Dashboard.KbStatus kb, List<RecentErrors.Entry> errors, ZoneId zone) {
        StringBuilder body = new StringBuilder();
        body.append("<header class=\"top\"><h1>").append(t(lang, "admin.title")).append("</h1><nav>")
                .append(langLink(Lang.NL, "Nederlands")).append(' ').append(langLink(Lang.EN, "English"))
                .append("<form method=\"post\" action=\"/admin/logout\"><button type=\"submit\">")
                .append(t(lang, "admin.logout")).append("</button></form></nav></header>");
        body.append("<p id=\"since\">").append(t(lang, "admin.since", report.since())).append("</p>");
        rates(body, lang, report);
        unanswered(body, lang, report);
        feedback(body, lang, report);
        knowledgeBase(body, lang, kb, zone);
        errors(body, lang, errors, zone);
        return frame(lang, body.toString());
    }

    private void rates(StringBuilder out, Lang lang, QuestionReport report) {
        out.append("<section id=\"rates\"><h2 id=\"rates-title\">").append(t(lang, "admin.rate.heading")).append("</h2>");
        if (report.weeks().isEmpty()) {
            out.append("<p>").append(t(lang, "admin.rate.none")).append("</p></section>");
            return;
        }
        out.append("<p class=\"caption\">").append(t(lang, "admin.rate.caption")).append("</p>");
        out.append(WeekChart.svg(report.weeks(), "rates-title"));
        out.append("<table class=\"numbers\"><thead><tr>").append(th(lang, "admin.week", "admin.lang", "admin.questions",
                "admin.faq", "admin.rule", "admin.unanswered", "admin.rate")).append("</tr></thead><tbody>");
        for (WeekRate w : report.weeks()) {
            out.append("<tr data-lang=\"").append(w.lang().code()).append("\" data-week=\"").append(w.isoWeek()).append("\">")
                    .append(td(w.isoWeek())).append(td(w.lang().code())).append(num(w.questions())).append(num(w.answered()))
                    .append(num(w.rule())).append(num(w.unanswered()))
                    .append("<td class=\"n rate\">").append(String.format(Locale.ROOT, "%.1f%%", 100 * w.rate())).append("</td></tr>");
        }
        out.append("</tbody></table></section>");
    }

    private void unanswered(StringBuilder out, Lang lang, QuestionReport report) {
        out.append("<section id=\"unanswered\"><h2>").append(t(lang, "admin.unanswered.heading")).append("</h2>");
        for (Lang l : Lang.values()) {
            List<UnansweredGroup> groups = report.unanswered(l);
            out.append("<h3>").append(l.code()).append("</h3>");
            if (groups.isEmpty()) {
                out.append("<p>").append(t(lang, "admin.none")).append("</p>");
                continue;
            }
            out.append("<table><thead><tr>").append(th(lang, "admin.count", "admin.wording", "admin.candidates")).append("</tr></thead><tbody>");
            for (UnansweredGroup g : groups) {
                String candidates = g.topCandidates().stream()
                        .map(c -> String.format(Locale.ROOT, "%s %.2f (%dx)", c.entryId(), c.meanConfidence(), c.offered()))
                        .collect(Collectors.joining(", "));
                out.append("<tr data-lang=\"").append(l.code()).append("\">").append(num(g.count())).append(td(g.wording()))
                        .append(td(candidates)).append("</tr>");
            }
            out.append("</tbody></table>");
        }
        out.append("</section>");
    }

    private void feedback(StringBuilder out, Lang lang, QuestionReport report) {
        out.append("<section id=\"feedback\"><h2>").append(t(lang, "admin.feedback.heading")).append("</h2>");
        for (Lang l : Lang.values()) {
            List<FeedbackCount> counts = report.disliked(l);
            out.append("<h3>").append(l.code()).append("</h3>");
            if (counts.isEmpty()) {
                out.append("<p>").append(t(lang, "admin.none")).append("</p>");
                continue;
            }
            out.append("<table><thead><tr>").append(th(lang, "admin.down", "admin.up", "admin.entry")).append("</tr></thead><tbody>");
            for (FeedbackCount c : counts) {
                out.append("<tr data-lang=\"").append(l.code()).append("\" data-entry=\"").append(Html.escape(c.entryId())).append("\">")
                        .append("<td class=\"n down\">").append(c.down()).append("</td><td class=\"n up\">").append(c.up())
                        .append("</td>").append(td(c.entryId())).append("</tr>");
            }
            out.append("</tbody></table>");
        }
        out.append("</section>");
    }

    private void knowledgeBase(StringBuilder out, Lang lang, Dashboard.KbStatus kb, ZoneId zone) {
        out.append("<section id=\"kb\"><h2>").append(t(lang, "admin.kb.heading")).append("</h2><dl>")
                .append("<dt>").append(t(lang, "admin.kb.source")).append("</dt><dd>").append(Html.escape(kb.source())).append("</dd>")
                .append("<dt>").append(t(lang, "admin.kb.entries")).append("</dt><dd id=\"kb-entries\">").append(kb.entries()).append("</dd>")
                .append("<dt>").append(t(lang, "admin.kb.loaded")).append("</dt><dd>").append(TIME.format(kb.loadedAt().atZone(zone)))
                .append("</dd></dl></section>");
    }

    private void errors(StringBuilder out, Lang lang, List<RecentErrors.Entry> errors, ZoneId zone) {
        out.append("<section id=\"errors\"><h2>").append(t(lang, "admin.errors.heading")).append("</h2>");
        if (errors.isEmpty()) {
            out.append("<p>").append(t(lang, "admin.errors.none")).append("</p></section>");
            return;
        }
        out.append("<table><thead><tr>").append(th(lang, "admin.errors.at", "admin.errors.source", "admin.errors.message"))
                .append("</tr></thead><tbody>");
        for (RecentErrors.Entry e : errors) {
            out.append("<tr>").append(td(TIME.format(e.at().atZone(zone)))).append(td(e.source())).append(td(e.message())).append("</tr>");
        }
        out.append("</tbody></table></section>");
    }

    private String frame(Lang lang, String body) {
        return "<!doctype html><html lang=\"" + lang.code() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"color-scheme\" content=\"light dark\"><title>" + t(lang, "admin.title") + "</title>"
                + "<link rel=\"stylesheet\" href=\"/web/admin.css\"></head><body><main>" + body + "</main></body></html>";
    }

    private static String langLink(Lang lang, String name) {
        return "<a href=\"/admin?lang=" + lang.code() + "\" hreflang=\"" + lang.code() + "\">" + name + "</a>";
    }

    private String th(Lang lang, String... keys) {
        StringBuilder out = new StringBuilder();
        for (String key : keys) {
            out.append("<th scope=\"col\">").append(t(lang, key)).append("</th>");
        }
        return out.toString();
    }

    private static String td(String text) {
        return "<td>" + Html.escape(text) + "</td>";
    }

    private static String num(int n) {
        return "<td class=\"n\">" + n + "</td>";
    }

    /** A web text, escaped for HTML. */
    private String t(Lang lang, String key, Object... args) {
        return Html.escape(texts.get(lang, key, args));
    }
}
