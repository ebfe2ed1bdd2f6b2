package org.councilfeedback.reporting;

/**
 * One figure in a report: a key (an enum value or code), a label for people, and the count. In a report marked for
 * publication a count from 1 up to one below the threshold is suppressed: {@code value} is then null and {@code text}
 * says "fewer than 5".
 */
public record Count(String key, String label, Long value, boolean suppressed, String text) {

    /** The value to draw in a chart: 0 for a suppressed count. */
    public long plotted() {
        return value == null ? 0 : value;
    }
}
