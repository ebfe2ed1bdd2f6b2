package org.councilfeedback.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Reporting settings. {@code council-feedback.reporting.suppression-threshold}: in anything marked for publication,
 * a count from 1 up to one below this number is shown as "fewer than" it (default 5).
 */
@ConfigurationProperties("council-feedback.reporting")
public record ReportingSettings(Integer suppressionThreshold) {

    public ReportingSettings {
        suppressionThreshold = suppressionThreshold == null ? 5 : suppressionThreshold;
        if (suppressionThreshold < 1) {
            throw new IllegalArgumentException("council-feedback.reporting.suppression-threshold must be at least 1");
        }
    }
}
