package org.councilfeedback.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (the operating system's own build and driver; nothing is downloaded) for end-to-end tests,
 * as a JUnit 5 extension:
 * <pre>
 * &#64;RegisterExtension
 * static final Browser browser = Browser.chromium();
 * &#64;RegisterExtension
 * static final Browser phoneWithoutJavaScript = Browser.chromium().withoutJavaScript().size(320, 800);
 * </pre>
 * Tests are skipped when Chromium is not installed and fail for any other reason. Chromium starts at the first use
 * and quits after the test class. The helpers work by keyboard when asked to ({@link #tabTo}, {@link #press}).
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private boolean javaScript = true;
    private int width = 1280;
    private int height = 1024;
    private String baseUrl = "";
    private ChromeDriver driver;
    private Path profile;

    private Browser() {
    }

    /** A Chromium with JavaScript, 1280 × 1024. */
    public static Browser chromium() {
        return new Browser();
    }

    /** Chromium with JavaScript turned off by content setting, as a person who blocks scripts has it. */
    public Browser withoutJavaScript() {
        this.javaScript = false;
        return this;
    }

    /** The window's size in CSS pixels. */
    public Browser size(int cssWidth, int cssHeight) {
        this.width = cssWidth;
        this.height = cssHeight;
        return this;
    }

    /** Where {@link #open} paths start, e.g. {@code http://localhost:8080}. */
    public Browser baseUrl(String url) {
        this.baseUrl = url;
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        quit();
    }

    public WebDriver driver() {
        if (driver == null) {
            driver = start();
        }
        return driver;
    }

    private ChromeDriver start() {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        try {
            profile = Files.createTempDirectory("chromium-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-extensions", "--disable-default-apps", "--lang=en-GB",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("credentials_enable_service", false);
        prefs.put("autofill.profile_enabled", false);
        if (!javaScript) {
            prefs.put("profile.managed_default_content_settings.javascript", 2);
        }
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        chrome.manage().window().setSize(new Dimension(width, height));
        return chrome;
    }

    private void quit() {
        if (driver != null) {
            try {
                driver.quit();
            } finally {
                driver = null;
                deleteProfile();
            }
        }
    }

    private void deleteProfile() {
        if (profile == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a temporary directory left behind does no harm
        }
    }

    // --- Reading and driving pages ---

    public Browser open(String path) {
        driver().get(path.startsWith("http") ? path : baseUrl + path);
        return this;
    }

    public String path() {
        return java.net.URI.create(driver().getCurrentUrl()).getPath();
    }

    public String title() {
        return driver().getTitle();
    }

    public String heading() {
        return find(By.tagName("h1")).getText();
    }

    public WebElement find(By by) {
        return driver().findElement(by);
    }

    public List<WebElement> findAll(By by) {
        return driver().findElements(by);
    }

    public WebElement byId(String id) {
        return find(By.id(id));
    }

    public String text() {
        return find(By.tagName("body")).getText();
    }

    /** The element that has the keyboard focus. */
    public WebElement focused() {
        return driver().switchTo().activeElement();
    }

    /** Types into the field with this id, replacing what is there. */
    public Browser fill(String id, String text) {
        WebElement field = byId(id);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Chooses a radio button by its value (within the group named {@code name}). */
    public Browser choose(String name, String value) {
        find(By.cssSelector("input[name='" + name + "'][value='" + value + "']")).click();
        return this;
    }

    /** Presses the page's main button ("Continue", "Send feedback") and waits for the next page. */
    public Browser submit() {
        WebElement button = find(By.cssSelector("main button.govuk-button"));
        return leavingPage(button::click);
    }

    /** Follows a link by its visible text and waits for the next page. */
    public Browser follow(String linkText) {
        return follow(By.linkText(linkText));
    }

    /** Follows the link found by {@code link} and waits for the next page. */
    public Browser follow(By link) {
        WebElement element = find(link);
        return leavingPage(element::click);
    }

    /** Presses keys that leave the page (Enter on a button or link) and waits for the next page. */
    public Browser pressToLeave(CharSequence... keys) {
        return leavingPage(() -> press(keys));
    }

    /** Does something that loads another page, and waits until it has. */
    public Browser leavingPage(Runnable action) {
        WebElement old = find(By.tagName("html"));
        action.run();
        new WebDriverWait(driver(), Duration.ofSeconds(15)).until(d -> gone(old));
        new WebDriverWait(driver(), Duration.ofSeconds(15)).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
        return this;
    }

    /**
     * True once the element belongs to a page that has been left. Chromium reports that either as a stale element or,
     * when the old page is torn down mid-question, as a node that "does not belong to the document".
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("does not belong to the document") || message.contains("No node with given id")) {
                return true;
            }
            throw e;
        }
    }

    /** Presses keys on whatever has the focus. */
    public Browser press(CharSequence... keys) {
        new Actions(driver()).sendKeys(keys).perform();
        return this;
    }

    /** Replaces the text of the focused field by keyboard: select all, then type. */
    public Browser retype(String text) {
        new Actions(driver()).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(text).perform();
        return this;
    }

    /**
     * Moves the focus with the Tab key, as a keyboard user would, until {@code target} has it; fails after
     * {@code maxPresses} presses.
     */
    public Browser tabTo(By target, int maxPresses) {
        WebElement wanted = find(target);
        for (int i = 0; i < maxPresses; i++) {
            if (wanted.equals(focused())) {
                return this;
            }
            press(Keys.TAB);
        }
        if (!wanted.equals(focused())) {
            throw new AssertionError("Could not reach " + target + " with " + maxPresses + " presses of Tab on "
                    + driver().getCurrentUrl() + "; the focus is on " + describe(focused()));
        }
        return this;
    }

    /**
     * Chooses a radio button by keyboard: Tab into the group, then the arrow keys, as a keyboard user does.
     */
    public Browser chooseByKeyboard(String name, String value, int maxTabs) {
        By group = By.cssSelector("input[type='radio'][name='" + name + "']");
        WebElement wanted = find(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
        for (int i = 0; i < maxTabs && !findAll(group).contains(focused()); i++) {
            press(Keys.TAB);
        }
        int options = findAll(group).size();
        for (int i = 0; i <= options && !wanted.isSelected(); i++) {
            press(wanted.equals(focused()) ? Keys.SPACE : Keys.ARROW_DOWN);
        }
        if (!wanted.isSelected()) {
            throw new AssertionError("Could not choose " + name + "=" + value + " by keyboard on " + driver().getCurrentUrl());
        }
        return this;
    }

    /** Fails unless axe-core finds no WCAG 2.2 AA violation on the page (with or without JavaScript). */
    public Browser assertAccessible() {
        if (javaScript) {
            Axe.assertNoViolations(driver());
        } else {
            Axe.assertNoViolationsWithoutPageScripts(driver());
        }
        return this;
    }

    /** Whether the page is wider than the window (a horizontal scroll bar). */
    public boolean scrollsSideways() {
        Object overflow = ((JavascriptExecutor) driver())
                .executeScript("return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
        return Boolean.TRUE.equals(overflow);
    }

    /** A screenshot, for looking at what a test saw. */
    public Path screenshot(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, ((TakesScreenshot) driver()).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(WebElement element) {
        String id = element.getAttribute("id");
        return "<" + element.getTagName() + (id == null || id.isEmpty() ? "" : " id=\"" + id + "\"") + "> "
                + element.getText();
    }
}
