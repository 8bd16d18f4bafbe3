package switchboard.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver) driven by Selenium. Without them the browser
 * tests are skipped with one line saying how to install them; with REQUIRE_BROWSER=true (CI) they fail instead.
 * Waits are explicit (WebDriverWait on a condition), never sleeps: the machine is shared and slow at times.
 */
public final class Browser implements AutoCloseable {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    // docs/screenshots only when asked (SCREENSHOTS=docs/screenshots): a plain test run leaves the work tree clean
    public static final Path SCREENSHOTS = Path.of(System.getenv().getOrDefault("SCREENSHOTS", "target/screenshots"));
    public static final Duration WAIT = Duration.ofSeconds(20);
    private static final String INSTALL = "browser tests skipped: no Chromium here"
            + " (install it: apt-get install -y chromium chromium-driver; CI sets REQUIRE_BROWSER=true)";
    private static boolean told;

    private final ChromeDriver driver;
    private final String base;
    private final Path profile;

    private Browser(String base, boolean phone) {
        this.base = base;
        try {
            this.profile = Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // Without the network flags Chromium phones home at start, and those connections are refused here.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=en-GB");
        if (phone) {
            // Headless Chromium makes no window narrower than ~500 px: emulate the phone's screen instead.
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", 360, "height", 780, "pixelRatio", 2.0, "touch", true)));
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /** Skips (or, with REQUIRE_BROWSER=true, fails) the calling tests when there is no Chromium. */
    public static void assumeInstalled() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (installed) return;
        if ("true".equals(System.getenv("REQUIRE_BROWSER"))) {
            Assertions.fail("REQUIRE_BROWSER=true but " + CHROMIUM + " or " + DRIVER + " is missing: apt-get install -y chromium chromium-driver");
        }
        synchronized (Browser.class) {
            if (!told) System.err.println(INSTALL);
            told = true;
        }
        Assumptions.abort(INSTALL);
    }

    public static Browser desktop(String base) {
        assumeInstalled();
        return new Browser(base, false);
    }

    /** A 360 px wide phone screen (mobile emulation). */
    public static Browser phone(String base) {
        assumeInstalled();
        return new Browser(base, true);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    public String path() {
        return driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public WebElement waitFor(String css) {
        return waitFor(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Waits until the element's text contains {@code text}; returns the element. */
    public WebElement waitForText(String css, String text) {
        waitFor(WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
        return find(css);
    }

    public void waitUntilGone(String css) {
        waitFor(WAIT).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(css)));
    }

    public void waitForPath(String path) {
        waitFor(WAIT).until(d -> path().equals(path));
    }

    public WebDriverWait waitFor(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout, Duration.ofMillis(50));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class); // htmx swapped the element meanwhile
        return wait;
    }

    public Browser type(String css, String text) {
        WebElement input = find(css);
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /** Clicks once the element is there and clickable; a live part swapped meanwhile (stale) is found again. */
    public Browser click(String css) {
        waitFor(WAIT).until(d -> {
            find(css).click();
            return true;
        });
        return this;
    }

    /** Signs in through the sign-in page and waits for the board. */
    public Browser signIn(String email, String password) {
        driver.manage().deleteAllCookies();
        open("/sign-in");
        type("#email", email).type("#password", password).click("form button[type=submit]");
        waitFor("main .board");
        return this;
    }

    /** Saves what the screen shows as SCREENSHOTS/NAME.png (docs/screenshots: the README shows them). */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Desktop only: a window as tall as the page, so a screenshot shows all of it. */
    public Browser fitHeight() {
        Object height = driver.executeScript("return document.documentElement.scrollHeight");
        int h = Math.min(2400, Math.max(700, ((Number) height).intValue()));
        driver.manage().window().setSize(new Dimension(1280, h + 140));
        return this;
    }

    /**
     * Console errors since the last call: a script error, or anything the Content-Security-Policy refused. Responses
     * with an error status (a refused sign-in, a 403) are the tests' to check, not errors of the page.
     */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage)
                .filter(m -> !m.contains("Failed to load resource: the server responded with a status of")).toList();
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary profile left behind is harmless
        }
    }
}
