package org.councilfeedback.browser;

import static org.assertj.core.api.Assertions.fail;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
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
