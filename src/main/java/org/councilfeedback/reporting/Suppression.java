package org.councilfeedback.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Turns raw counts into report figures, suppressing small counts when the report is for publication. */
public record Suppression(boolean publication, int threshold) {

    /** True when {@code value} must not be published. */
    public boolean hides(long value) {
        return publication && value > 0 && value < threshold;
    }

    public Count count(String key, String label, long value) {
        if (hides(value)) {
            return new Count(key, label, null, true, "fewer than " + threshold);
        }
        return new Count(key, label, value, false, Long.toString(value));
    }

    /** {@code part} of {@code of} as a percentage; suppressed when the part or the rest would reveal a small count. */
    public Share share(String key, String label, long part, long of) {
        Count partCount = count(key, label, part);
        Count ofCount = count(key, label, of);
        if (hides(part) || hides(of) || hides(of - part)) {
            return new Share(key, label, partCount, ofCount, null, true, "not published (small numbers)");
        }
        if (of == 0) {
            return new Share(key, label, partCount, ofCount, null, false, "none");
        }
        double percent = percent(part, of);
        return new Share(key, label, partCount, ofCount, percent, false, percent + "%");
    }

    static double percent(long part, long of) {
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(of), 1, RoundingMode.HALF_UP).doubleValue();
    }
}
