package org.faqbot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code faqbot health}: asks the {@code serve} running on this machine for {@code /healthz} and exits
 * 0 when it answers 200, 1 otherwise, for container health checks in images without curl. Only 0 and
 * 1: Docker reserves 2.
 */
@Command(name = "health", mixinStandardHelpOptions = true,
        description = "Exits 0 when the serve on this machine reports ready on /healthz (port FAQBOT_HTTP_PORT), 1 otherwise.")
public final class HealthCommand implements Callable<Integer> {

    static final int HEALTHY = 0;
    static final int UNHEALTHY = 1;
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    @Option(names = "--port", paramLabel = "PORT", description = "The HTTP API's port (default: FAQBOT_HTTP_PORT, else 8080).")
    private Integer port;

    @Spec
    private CommandSpec spec;

    private final Map<String, String> env;

    public HealthCommand() {
        this(System.getenv());
    }

    HealthCommand(Map<String, String> env) {
        this.env = Objects.requireNonNull(env, "env");
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        try {
            return check(URI.create("http://127.0.0.1:" + port() + "/healthz"), out);
        } catch (IllegalArgumentException e) {
            out.println("faqbot health: " + e.getMessage());
            return UNHEALTHY;
        } finally {
            out.flush();
        }
    }

    private static int check(URI uri, PrintWriter out) throws InterruptedException {
        try {
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(TIMEOUT).build()
                    .send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
            out.println(uri + ": " + response.statusCode() + " " + response.body().strip());
            return response.statusCode() == 200 ? HEALTHY : UNHEALTHY;
        } catch (IOException e) {
            out.println(uri + ": no answer (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
            return UNHEALTHY;
        }
    }

    /**
     * The port from --port, else FAQBOT_HTTP_PORT, else 8080.
     *
     * @throws IllegalArgumentException saying what is wrong with the port
     */
    private int port() {
        String text = env.getOrDefault("FAQBOT_HTTP_PORT", "").strip();
        int chosen;
        try {
            chosen = port != null ? port : text.isEmpty() ? 8080 : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("FAQBOT_HTTP_PORT must be a port number, was '" + text + "'");
        }
        if (chosen < 1 || chosen > 65_535) {
            throw new IllegalArgumentException("the port must be 1-65535 (with FAQBOT_HTTP_PORT=0 give the port serve chose"
                    + " with --port), was " + chosen);
        }
        return chosen;
    }
}
