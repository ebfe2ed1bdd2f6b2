package org.councilfeedback.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The reports in a real browser (Debian's Chromium, headless): a manager signs in, the dashboard has no WCAG 2.2 AA
 * violations that axe-core can find, its filters reject a bad date with an error summary, and an annual report PDF
 * downloads.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportsBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @LocalServerPort
    int port;

    private ChromeDriver driver;
    private Path profile;
    private Path downloads;

    @BeforeEach
    void startBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("reports-browser-profile");
        downloads = Files.createTempDirectory("reports-browser-downloads");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile);
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        prefs.put("plugins.always_open_pdf_externally", true);
        options.setExperimentalOption("prefs", prefs);
        driver = new ChromeDriver(options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        for (Path dir : new Path[] {profile, downloads}) {
            if (dir != null) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * Signs in with the staff sign-in form. Until the staff pages (which own that form) are merged, the sign-in path
     * has no page, and the browser sends the same account's credentials with HTTP Basic instead.
     */
    private void signInAs(String username, String password) {
        driver.get(url("/staff/sign-in"));
        List<WebElement> field = driver.findElements(By.name("username"));
        if (!field.isEmpty()) {
            field.get(0).sendKeys(username);
            driver.findElement(By.name("password")).sendKeys(password);
            driver.findElement(By.cssSelector("form button[type=submit], form input[type=submit]")).click();
            // wait for the signed-in page, or it can arrive after (and replace) the next page asked for
            new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15))
                    .until(d -> !d.getCurrentUrl().contains("/staff/sign-in")
                            && "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
            return;
        }
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)))));
    }

    private void assertNoAccessibilityViolations() {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze(driver);
        List<Rule> violations = results.getViolations();
        assertThat(violations).as(() -> violations.stream()
                .map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream().map(n -> n.getHtml())
                        .collect(Collectors.joining(" | ")))
                .collect(Collectors.joining("\n"))).isEmpty();
    }

    @Test
    void managerSeesAnAccessibleDashboardAndDownloadsAnAnnualReportPdf() throws IOException {
        signInAs("manager", "demo");
        driver.get(url("/staff/reports"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Feedback dashboard");
        assertThat(driver.findElements(By.cssSelector("svg[role=img]"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("table.govuk-table caption"))).isNotEmpty();
        assertNoAccessibilityViolations();

        WebElement from = driver.findElement(By.id("from"));
        from.clear();
        from.sendKeys("2031-02-30");
        driver.findElement(By.cssSelector("form.report-filters button[type=submit]")).click();
        assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
                .contains("Enter the start date as a real date");
        assertNoAccessibilityViolations();

        driver.get(url("/staff/reports/annual"));
        assertNoAccessibilityViolations();
        driver.get(url("/staff/reports/annual/self-assessment/2025"));
        assertNoAccessibilityViolations();
        driver.findElement(By.partialLinkText("Download this report as PDF")).click();
        Path pdf = downloads.resolve("self-assessment-2025.pdf");
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(pdf) && Files.size(pdf) > 4);
        byte[] start = new byte[4];
        try (var in = Files.newInputStream(pdf)) {
            assertThat(in.read(start)).isEqualTo(4);
        }
        assertThat(new String(start, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
    }
}
