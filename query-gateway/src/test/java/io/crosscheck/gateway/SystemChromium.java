package io.crosscheck.gateway;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;

/**
 * Headless Chromium from the system (Debian's {@code chromium} and {@code chromium-driver}), driven through
 * ChromeDriver. Both paths are given to Selenium, so Selenium Manager never runs and nothing is downloaded; a missing
 * browser fails the test with how to install it, never skips it.
 */
final class SystemChromium implements AutoCloseable {
    static final Path CHROMIUM = Path.of(System.getProperty("crosscheck.test.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("crosscheck.test.chromedriver", "/usr/bin/chromedriver"));
    /** A laptop screen. */
    static final Dimension LAPTOP = new Dimension(1366, 900);

    private final ChromeDriver driver;
    private final Path profile;

    private SystemChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static SystemChromium start() {
        requireInstalled();
        try {
            Path profile = Files.createTempDirectory("crosscheck-chromium-profile");
            Path logs = Files.createDirectories(Path.of("target", "browser-logs"));
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            // Headless as root on a machine without a network: no sandbox, no GPU, and none of the background
            // connections Chromium would make to Google's hosts; a fresh profile every run.
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--disable-extensions", "--hide-scrollbars", "--force-device-scale-factor=1",
                    "--lang=en-GB", "--user-data-dir=" + profile.toAbsolutePath(),
                    "--window-size=" + LAPTOP.getWidth() + "," + LAPTOP.getHeight());
            LoggingPreferences logging = new LoggingPreferences();
            logging.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logging);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .withLogFile(logs.resolve("chromedriver.log").toFile())
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
            return new SystemChromium(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails, never skips, when the browser is missing: a browser test that does not run must not pass. */
    static void requireInstalled() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The compare page's browser test needs Chromium and ChromeDriver at " + CHROMIUM
                    + " and " + CHROMEDRIVER + (Files.isExecutable(CHROMIUM) ? "" : "; " + CHROMIUM + " is missing")
                    + (Files.isExecutable(CHROMEDRIVER) ? "" : "; " + CHROMEDRIVER + " is missing")
                    + ". On Debian or Ubuntu install them with: sudo apt-get update && sudo apt-get install -y chromium "
                    + "chromium-driver (.ci/run does this when they are missing), or point -Dcrosscheck.test.chromium and "
                    + "-Dcrosscheck.test.chromedriver at a Chromium and a ChromeDriver of the same version.");
        }
    }

    WebDriver driver() {
        return driver;
    }

    /** What the page wrote to the console at level SEVERE since the last call, less the browser's own lines about failed loads. */
    List<String> scriptErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.contains("Failed to load resource"))
                .toList();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary folder; the system cleans it in the end
            }
        }
    }
}
