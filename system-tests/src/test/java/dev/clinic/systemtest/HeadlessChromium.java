package dev.clinic.systemtest;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for one test, as a JUnit extension: Debian's {@code chromium} driven through
 * its {@code chromedriver} (both from apt; {@code ./clinic test} and {@code .ci/run} install them),
 * with a fresh profile every time. Selenium is handed both paths, so Selenium Manager never runs and
 * nothing is downloaded. When the test fails, a screenshot, the page's HTML and the browser console
 * are kept in {@code target/screenshots/} next to the screenshots the test takes itself.
 * <p>
 * {@code CLINIC_CHROMIUM} and {@code CLINIC_CHROMEDRIVER} (system property or environment) point
 * elsewhere, e.g. at a Chrome and its matching driver on a machine without Debian's packages.
 */
final class HeadlessChromium implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final String INSTALL_HINT = "the browser tests need Debian's chromium and chromium-driver: "
            + "sudo apt-get install chromium chromium-driver   (./clinic test and .ci/run install them when they "
            + "may; or point CLINIC_CHROMIUM and CLINIC_CHROMEDRIVER at a Chrome and its matching chromedriver)";

    private static final Duration WAIT = Duration.ofSeconds(30);
    /**
     * Selenium warns on every start that it has no DevTools (CDP) binding for this Chromium's
     * version; the test does not use DevTools. Held here so the levels stay set.
     */
    private static final List<Logger> QUIET = Stream.of("org.openqa.selenium.devtools.CdpVersionFinder",
            "org.openqa.selenium.chromium.ChromiumDriver").map(Logger::getLogger).toList();

    static {
        QUIET.forEach(logger -> logger.setLevel(Level.SEVERE));
    }

    private ChromeDriver driver;
    private Path profile;
    private String testName;

    WebDriver driver() {
        return driver;
    }

    WebDriverWait waiting() {
        return waiting(WAIT);
    }

    WebDriverWait waiting(Duration timeout) {
        return new WebDriverWait(driver, timeout, Duration.ofMillis(100));
    }

    /** Saves a PNG of the current window as {@code target/screenshots/<test>-<name>.png}. */
    Path screenshot(String name) {
        Path file = SCREENSHOTS.resolve(testName + "-" + name + ".png");
        write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /** What the browser's console said so far (errors such as CSP violations included). */
    String console() {
        try {
            List<LogEntry> entries = driver.manage().logs().get(LogType.BROWSER).getAll();
            return entries.stream().map(LogEntry::toString).collect(Collectors.joining("\n"));
        } catch (RuntimeException e) {
            return "(browser console not available: " + e.getMessage() + ")";
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        testName = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
        File chromium = executable("CLINIC_CHROMIUM", "/usr/bin/chromium");
        File chromedriver = executable("CLINIC_CHROMEDRIVER", "/usr/bin/chromedriver");
        Files.createDirectories(SCREENSHOTS);
        profile = Files.createTempDirectory("clinic-chromium-");

        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--password-store=basic",
                "--user-data-dir=" + profile, "--window-size=1400,1000");
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        // popups (Swagger UI opens Keycloak's login in one) must not be blocked
        options.setExperimentalOption("prefs", Map.of("profile.default_content_setting_values.popups", 1));

        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver)
                .usingAnyFreePort()
                .withLogFile(SCREENSHOTS.resolve(testName + "-chromedriver.log").toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(WAIT);
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (driver == null || context.getExecutionException().isEmpty()) {
            return;
        }
        // What the failing test saw: every window's picture and page, and the console.
        String main = null;
        try {
            main = driver.getWindowHandle();
        } catch (RuntimeException e) {
            // the current window is gone (a closed popup); the others are still worth a look
        }
        int index = 0;
        for (String handle : driver.getWindowHandles()) {
            String suffix = "failure" + (index++ == 0 ? "" : "-window" + index);
            try {
                driver.switchTo().window(handle);
                screenshot(suffix);
                write(SCREENSHOTS.resolve(testName + "-" + suffix + ".html"),
                        (driver.getCurrentUrl() + "\n\n" + driver.getPageSource()).getBytes(StandardCharsets.UTF_8));
            } catch (RuntimeException e) {
                System.err.println("could not save " + suffix + ": " + e);
            }
        }
        if (main != null) {
            driver.switchTo().window(main);
        }
        String console = console();
        write(SCREENSHOTS.resolve(testName + "-failure-console.log"), console.getBytes(StandardCharsets.UTF_8));
        System.err.println(testName + " failed; browser console:\n" + console + "\nscreenshots and pages in "
                + SCREENSHOTS.toAbsolutePath());
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            driver = null;
            if (profile != null) {
                try (Stream<Path> files = Files.walk(profile)) {
                    files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
        }
    }

    private static File executable(String setting, String defaultPath) {
        String value = System.getProperty(setting);
        if (value == null || value.isBlank()) {
            value = System.getenv(setting);
        }
        File file = new File(value == null || value.isBlank() ? defaultPath : value);
        if (!file.canExecute()) {
            throw new IllegalStateException(file + " is missing: " + INSTALL_HINT);
        }
        return file;
    }

    private static void write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
