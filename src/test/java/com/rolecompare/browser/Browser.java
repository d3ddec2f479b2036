package com.rolecompare.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * One headless Chromium, from the machine's own packages (nothing is downloaded), for one test class.
 * Start it once per class: it takes seconds on a busy machine.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final Path profile;
    private final String origin;

    private Browser(String origin, boolean javascript) {
        System.setProperty("webdriver.chrome.driver", ChromiumAvailable.CHROMEDRIVER.toString());
        try {
            this.profile = Files.createTempDirectory("rolecompare-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(ChromiumAvailable.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--hide-scrollbars", "--window-size=1280,900",
                "--user-data-dir=" + profile.toAbsolutePath());
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(ChromiumAvailable.CHROMEDRIVER.toFile()).build();
        this.driver = new ChromeDriver(service, options);
        this.origin = origin;
    }

    /** A browser for the site at {@code http://127.0.0.1:port}. */
    static Browser start(int port) {
        return new Browser("http://127.0.0.1:" + port, true);
    }

    /** A browser with JavaScript switched off, as some readers and crawlers have it. */
    static Browser startWithoutJavaScript(int port) {
        return new Browser("http://127.0.0.1:" + port, false);
    }

    String origin() {
        return origin;
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Forgets the language cookie, so each test starts as a new reader. */
    void reset() {
        driver.manage().deleteAllCookies();
        darkMode(false);
    }

    void width(int width) {
        driver.manage().window().setSize(new Dimension(width, 900));
        Object inner = script("return window.innerWidth;");
        if (((Number) inner).intValue() != width) {
            // The window frame is not counted in headless mode, but be exact if a build counts it.
            int frame = ((Number) inner).intValue() - width;
            driver.manage().window().setSize(new Dimension(width - frame, 900));
        }
    }

    /** Emulates the reader's colour-scheme preference for this tab, across navigations. */
    void darkMode(boolean dark) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
    }

    void open(String path) {
        driver.get(origin + path);
    }

    String path() {
        return driver.getCurrentUrl().substring(origin.length());
    }

    String lang() {
        return driver.findElement(By.cssSelector("html")).getDomAttribute("lang");
    }

    /** Ids of the comparison table's visible rows, in page order. */
    List<String> rows() {
        return driver.findElements(By.cssSelector("table.compare-table tbody tr")).stream()
                .filter(WebElement::isDisplayed)
                .map(row -> row.getDomAttribute("id"))
                .toList();
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Clicks a link or button and waits until the browser has left the current page. */
    void clickAndWait(WebElement element) {
        Object before = script("return window.__marker = Math.random();");
        element.click();
        waitUntil(() -> !before.equals(script("return window.__marker;")));
        waitUntil(() -> "complete".equals(script("return document.readyState;")));
    }

    void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> condition.getAsBoolean());
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** True when the page is no wider than the window: no sideways scrolling. */
    long overflow() {
        return ((Number) script("return document.documentElement.scrollWidth - window.innerWidth;")).longValue();
    }

    /** Saves the whole page as target/screenshots/{name}.png. */
    @SuppressWarnings("unchecked")
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Map<String, Object> size = (Map<String, Object>) script(
                    "return {width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight};");
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "scale", 1,
                            "width", size.get("width"), "height", size.get("height"))));
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the browser's console reported about the Content-Security-Policy since the last call. */
    List<String> policyViolations() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Content-Security-Policy"))
                .toList();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }
}
