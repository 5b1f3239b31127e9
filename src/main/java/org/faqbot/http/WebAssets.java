package org.faqbot.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.faqbot.dialog.Coverage;

/**
 * The chat page and its files, read once from the jar ({@code org/faqbot/http/web/}) and served from
 * memory: nothing comes from a CDN or another site. The chat page carries a Content-Security-Policy
 * that allows only this server's own scripts, styles and API, and lets only the configured sites
 * ({@code FAQBOT_EMBED_ORIGINS}) show it in a frame.
 */
final class WebAssets {

    private final String pageSecurityPolicy;
    private final byte[] chatPage;
    private final byte[] embedScript;
    private final WebTexts texts;
    private final Supplier<Coverage> coverage;

    private WebAssets(String pageSecurityPolicy, byte[] chatPage, byte[] embedScript, WebTexts texts, Supplier<Coverage> coverage) {
        this.pageSecurityPolicy = pageSecurityPolicy;
        this.chatPage = chatPage;
        this.embedScript = embedScript;
        this.texts = texts;
        this.coverage = coverage;
    }

    /** {@code coverage}: what the core answering now covers, asked at each request for the page's texts. */
    static WebAssets of(WebSettings settings, WebTexts texts, Supplier<Coverage> coverage) {
        String page = text("chat.html").replace("{{maxChars}}", Integer.toString(settings.maxQuestionChars()));
        String embed = text("embed.js").replace("/*TEXTS*/{}", texts.json("embed."));
        return new WebAssets(policy(settings.embedOrigins()), utf8(page), utf8(embed), texts, coverage);
    }

    /** Mounts {@code /}, {@code /chat}, the page's files under {@code /web/} and {@code /embed.js}. */
    void mountOn(Routes routes) {
        HttpHandler page = exchange -> send(exchange, "text/html; charset=utf-8", chatPage, true);
        routes.add("/", page);
        routes.add("/chat", page);
        routes.add("/embed.js", exchange -> send(exchange, "text/javascript; charset=utf-8", embedScript, false));
        // The page's texts say what the loaded knowledge base answers (PageTexts), so they are made per request.
        routes.add("/web/texts.json", exchange -> send(exchange, contentType("texts.json"),
                utf8(PageTexts.json(texts, coverage.get())), false));
        for (String file : List.of("chat.js", "chat.css", "admin.css")) {
            byte[] body = utf8(text(file));
            routes.add("/web/" + file, exchange -> send(exchange, contentType(file), body, false));
        }
    }

    private void send(HttpExchange exchange, String contentType, byte[] body, boolean page) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                Exchanges.error(exchange, 405, "use GET");
                return;
            }
            var headers = exchange.getResponseHeaders();
            headers.set("Content-Type", contentType);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Cache-Control", "no-cache");
            headers.set("Referrer-Policy", "same-origin");
            if (page) {
                headers.set("Content-Security-Policy", pageSecurityPolicy);
            }
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(200, head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    static String policy(List<String> embedOrigins) {
        String ancestors = Stream.concat(Stream.of("'self'"), embedOrigins.stream()).collect(Collectors.joining(" "));
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self';"
                + " base-uri 'none'; form-action 'self'; object-src 'none'; frame-ancestors " + ancestors;
    }

    private static String contentType(String file) {
        if (file.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        if (file.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        return "application/json; charset=utf-8";
    }

    static String text(String file) {
        try (InputStream in = WebAssets.class.getResourceAsStream("web/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/faqbot/http/web/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read org/faqbot/http/web/" + file, e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
