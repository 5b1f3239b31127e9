package org.faqbot.http;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium ({@code /usr/bin/chromium}) driven through Debian's
 * {@code /usr/bin/chromedriver}: both paths are given to Selenium, and Selenium Manager is told to stay
 * offline, so nothing is downloaded. When either program is missing the tests fail with the install
 * command; {@code -Dfaqbot.browser=skip} turns that into a skip with the same message.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Duration WAIT = Duration.ofSeconds(15);

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Why the browser tests cannot run here, or empty when they can. */
    static Optional<String> missing() {
        List<String> absent = new ArrayList<>();
        for (Path program : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(program)) {
                absent.add(program.toString());
            }
        }
        return absent.isEmpty() ? Optional.empty() : Optional.of("no browser for the web page tests: " + String.join(" and ", absent)
                + " missing; install them with `apt-get update && apt-get install -y chromium chromium-driver`"
                + " (.ci/run does), or run with -Dfaqbot.browser=skip to skip these tests");
    }

    /** Fails (or, with -Dfaqbot.browser=skip, skips) the calling test when there is no browser. */
    static void requireBrowser() {
        Optional<String> missing = missing();
        if (missing.isPresent()) {
            System.err.println(missing.get());
            if ("skip".equals(System.getProperty("faqbot.browser"))) {
                Assumptions.abort(missing.get());
            }
            throw new AssertionError(missing.get());
        }
    }

    /** A fresh browser (its own profile folder) with a window of {@code width} x {@code height} CSS pixels. */
    static Browser start(int width, int height) {
        requireBrowser();
        // Selenium Manager gets SE_* system properties; offline, it never tries to fetch a browser or driver.
        System.setProperty("SE_OFFLINE", "true");
        try {
            Path profile = Files.createTempDirectory("faqbot-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--hide-scrollbars", "--lang=en-US", "--user-data-dir=" + profile,
                    "--window-size=" + width + "," + height);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                    .usingAnyFreePort()
                    .build();
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebDriver driver() {
        return driver;
    }

    <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).until(condition);
    }

    /** Makes the page's {@code prefers-color-scheme} dark (or back to light with false). */
    void darkMode(boolean dark) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
    }

    /**
     * Saves a PNG of the page as {@code name} in {@code -Dfaqbot.screenshots.dir} (default
     * {@code target/screenshots}); the README's pictures are made with {@code docs/screenshots}.
     */
    Path screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("faqbot.screenshots.dir", "target/screenshots"));
            Files.createDirectories(dir);
            Path file = dir.resolve(name);
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A profile left in /tmp is harmless.
        }
    }
}
