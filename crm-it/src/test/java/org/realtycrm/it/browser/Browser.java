package org.realtycrm.it.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.realtycrm.it.support.ItProperties;

/**
 * One headless Chromium (Debian's, never a downloaded one) on the screens at {@code /app/}, in a fresh profile, at
 * desktop or phone size. Close it after each test. Waits are explicit: {@link #until}.
 */
public final class Browser implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final WebDriver driver;
    private final Path profile;
    private final WebDriverWait wait;
    private String baseUrl = ItProperties.baseUrl();

    private Browser(int width, int height, boolean phone) {
        try {
            profile = Files.createTempDirectory("crm-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("it.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        if (phone) {
            // a window narrower than 500px is widened to 500 by Chromium: a phone's viewport needs its emulation
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", width, "height", height, "pixelRatio", 2.0)));
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // the driver binary is named explicitly, so Selenium Manager never tries to download one
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, PATIENCE);
        // an ajax update replaces the elements a condition is reading: ask again instead of failing
        wait.ignoring(StaleElementReferenceException.class);
    }

    public static Browser desktop() {
        return new Browser(1366, 900, false);
    }

    public static Browser phone() {
        return new Browser(375, 812, true);
    }

    /** Works with the system at another address (the load balancer in front of two nodes, say) from now on. */
    public Browser at(String otherBaseUrl) {
        this.baseUrl = otherBaseUrl;
        return this;
    }

    /** Opens the address the README prints, where a person starts: the site's root, which sends browsers on. */
    public Browser openFrontDoor() {
        driver.get(baseUrl + "/");
        return this;
    }

    /** Opens a page of the screens, e.g. {@code "users.xhtml"}. */
    public Browser open(String page) {
        driver.get(baseUrl + "/app/" + page);
        return this;
    }

    public WebDriver driver() {
        return driver;
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    /** Waits for the condition; when it does not come, the failure carries what the page's scripts logged. */
    public <T> T until(ExpectedCondition<T> condition) {
        try {
            return wait.until(driver -> askedOfTheDocumentNowShown(condition, driver));
        } catch (TimeoutException e) {
            String console = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(LogEntry::toString).collect(Collectors.joining("\n"));
            throw new TimeoutException(e.getMessage() + "\nat " + driver.getCurrentUrl()
                    + "\nbrowser console:\n" + console, e);
        }
    }

    /**
     * Reads the condition, or answers "not yet" when the page was replaced while it read. A form's submit navigates;
     * an element found in the old document and read in the new one fails as stale (ignored by the wait) or, when
     * Chromium catches it one step later, as an "unknown error" that the node "does not belong to the document".
     */
    private static <T> T askedOfTheDocumentNowShown(ExpectedCondition<T> condition, WebDriver driver) {
        try {
            return condition.apply(driver);
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return null;
            }
            throw e;
        }
    }

    /**
     * Clicks as a person does: the element scrolled to the middle of the window first, so that the menu bar fixed at
     * the top of a long page cannot be over it.
     */
    public void click(By by) {
        WebElement element = driver.findElement(by);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public boolean present(By by) {
        return !driver.findElements(by).isEmpty();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException ignored) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
