package org.councilfeedback.browser;

import static org.assertj.core.api.Assertions.fail;

import com.deque.html.axecore.providers.EmbeddedResourceAxeProvider;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core on the page the browser shows and fails with a readable list of every WCAG 2.2 AA violation:
 * rule, impact, what to do, and each offending element.
 */
public final class Axe {

    /** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
    public static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private Axe() {
    }

    /** Fails unless axe-core finds no WCAG 2.2 AA violation on the current page. */
    public static void assertNoViolations(WebDriver driver) {
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);
        if (results.isErrored()) {
            fail("axe-core could not check " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        if (violations != null && !violations.isEmpty()) {
            fail(describe(driver.getCurrentUrl(), violations));
        }
    }

    /**
     * The same check for a browser with JavaScript turned off. WebDriver can still run scripts there, but the page's
     * timers never fire, and axe-core waits on them; so its zero-delay timers are run as microtasks instead.
     */
    public static void assertNoViolationsWithoutPageScripts(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(ZERO_DELAY_TIMERS);
        js.executeScript(axeSource());
        js.executeScript("window.axeResult = null; axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
                + ".then(function (r) { window.axeResult = JSON.stringify({violations: r.violations}); },"
                + " function (e) { window.axeResult = JSON.stringify({errorMessage: String(e)}); });", WCAG_22_AA);
        long giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Object json = null;
        while (json == null && System.nanoTime() < giveUp) {
            json = js.executeScript("return window.axeResult;");
            if (json == null) {
                pause();
            }
        }
        if (json == null) {
            fail("axe-core did not finish checking " + driver.getCurrentUrl());
        }
        try {
            Results results = JSON.readValue(json.toString(), Results.class);
            if (results.getErrorMessage() != null) {
                fail("axe-core could not check " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
            }
            if (results.getViolations() != null && !results.getViolations().isEmpty()) {
                fail(describe(driver.getCurrentUrl(), results.getViolations()));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable axe-core results: " + json, e);
        }
    }

    private static final String ZERO_DELAY_TIMERS = "window.setTimeout = function (callback, delay) {"
            + " var args = Array.prototype.slice.call(arguments, 2);"
            + " if (!delay) { Promise.resolve().then(function () { callback.apply(null, args); }); }"
            + " return 0; }; window.clearTimeout = function () {};";

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private static String axeSource() {
        try {
            return new EmbeddedResourceAxeProvider().getScript();
        } catch (Exception e) {
            throw new IllegalStateException("axe-core's script is missing", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String describe(String url, List<Rule> violations) {
        StringBuilder report = new StringBuilder("axe-core found ").append(violations.size())
                .append(" accessibility violation(s) on ").append(url).append(':');
        for (Rule rule : violations) {
            report.append("\n- ").append(rule.getId()).append(" (").append(rule.getImpact()).append("): ")
                    .append(rule.getHelp()).append(" ").append(rule.getHelpUrl());
            for (CheckedNode node : rule.getNodes()) {
                report.append("\n    ").append(node.getTarget()).append("  ").append(node.getHtml());
                if (node.getFailureSummary() != null) {
                    report.append("\n      ").append(node.getFailureSummary().replace("\n", "\n      "));
                }
            }
        }
        return report.toString();
    }
}
