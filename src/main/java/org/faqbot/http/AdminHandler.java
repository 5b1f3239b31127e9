package org.faqbot.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.store.QuestionReport;
import org.faqbot.store.StoreException;

/**
 * The maintainers' dashboard: {@code GET /admin} shows it to a signed-in browser and the token form
 * (401) to any other; {@code POST /admin/login} checks the token and sets the session cookie
 * ({@link AdminSession}); {@code POST /admin/logout} clears it. Mounted only when
 * {@code FAQBOT_ADMIN_TOKEN} is set, so without it {@code /admin} is a 404.
 */
final class AdminHandler {

    private static final int MAX_FORM_BYTES = 4096;

    private final AdminSession session;
    private final Dashboard dashboard;
    private final AdminPages pages;

    AdminHandler(AdminSession session, Dashboard dashboard, WebTexts texts) {
        this.session = session;
        this.dashboard = dashboard;
        this.pages = new AdminPages(texts);
    }

    void mountOn(Routes routes) {
        routes.add("/admin", this::page);
        routes.add("/admin/login", this::login);
        routes.add("/admin/logout", this::logout);
    }

    private void page(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET");
                Exchanges.error(exchange, 405, "use GET");
                return;
            }
            Lang lang = lang(exchange, query(exchange));
            if (!signedIn(exchange)) {
                html(exchange, 401, pages.login(lang, false));
                return;
            }
            html(exchange, 200, dashboard(lang));
        }
    }

    private String dashboard(Lang lang) {
        LocalDate since = LocalDate.now(dashboard.clock()).minusDays(QuestionReport.DEFAULT_DAYS);
        QuestionReport report;
        try {
            report = QuestionReport.read(dashboard.log(), since, QuestionReport.DEFAULT_TOP, dashboard.clock().getZone());
        } catch (StoreException e) {
            dashboard.errors().record("dashboard", "the question log could not be read: " + e.getMessage());
            report = new QuestionReport(since, List.of(), List.of(), List.of());
        }
        return pages.dashboard(lang, report, dashboard.kb().get(), dashboard.errors().newestFirst(), dashboard.clock().getZone());
    }

    private void login(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("POST")) {
                exchange.getResponseHeaders().set("Allow", "POST");
                Exchanges.error(exchange, 405, "use POST");
                return;
            }
            byte[] body = Exchanges.body(exchange, MAX_FORM_BYTES);
            String form = body == null ? "" : new String(body, StandardCharsets.UTF_8);
            Lang lang = lang(exchange, form);
            Optional<String> token = param(form, "token");
            if (token.isEmpty() || !session.tokenMatches(token.get())) {
                html(exchange, 401, pages.login(lang, true));
                return;
            }
            exchange.getResponseHeaders().add("Set-Cookie", session.signInCookie(behindHttps(exchange)));
            redirect(exchange, "/admin?lang=" + lang.code());
        }
    }

    private void logout(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("POST")) {
                exchange.getResponseHeaders().set("Allow", "POST");
                Exchanges.error(exchange, 405, "use POST");
                return;
            }
            exchange.getResponseHeaders().add("Set-Cookie", AdminSession.signOutCookie());
            redirect(exchange, "/admin");
        }
    }

    private boolean signedIn(HttpExchange exchange) {
        List<String> cookies = exchange.getRequestHeaders().get("Cookie");
        return cookies != null && session.signedIn(cookies);
    }

    private static boolean behindHttps(HttpExchange exchange) {
        return "https".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("X-Forwarded-Proto"));
    }

    private static Lang lang(HttpExchange exchange, String params) {
        return WebTexts.pick(param(params, "lang"), Optional.ofNullable(exchange.getRequestHeaders().getFirst("Accept-Language")));
    }

    private static String query(HttpExchange exchange) {
        return Objects.requireNonNullElse(exchange.getRequestURI().getRawQuery(), "");
    }

    /**
     * The first value of {@code name} in URL-encoded {@code params} ({@code a=1&b=2}). A pair that is not
     * URL-encoded ({@code token=%zz}) counts as absent: the decoder's exception ended the request without
     * any answer.
     */
    static Optional<String> param(String params, String name) {
        for (String pair : params.split("&")) {
            String[] parts = pair.split("=", 2);
            if (parts.length == 2 && decoded(parts[0]).filter(name::equals).isPresent()) {
                return decoded(parts[1]);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> decoded(String encoded) {
        try {
            return Optional.of(URLDecoder.decode(encoded, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException notUrlEncoded) {
            return Optional.empty();
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(303, -1);
    }

    private static void html(HttpExchange exchange, int status, String page) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self' data:;"
                + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Cache-Control", "no-store");
        headers.set("Referrer-Policy", "same-origin");
        Exchanges.text(exchange, status, "text/html; charset=utf-8", page);
    }
}
