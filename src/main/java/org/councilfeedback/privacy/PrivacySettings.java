package org.councilfeedback.privacy;

import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import org.councilfeedback.intake.FeedbackType;

/** The council profile's {@code privacy} section: how long personal data is kept after closure, per feedback type. */
record PrivacySettings(Retention retention) {

    PrivacySettings {
        retention = retention == null ? new Retention(null, null) : retention;
    }

    record Retention(Map<FeedbackType, Period> afterClosure, Period defaultAfterClosure) {

        Retention {
            afterClosure = afterClosure == null || afterClosure.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(afterClosure));
            defaultAfterClosure = defaultAfterClosure == null ? Period.ofYears(6) : defaultAfterClosure;
        }

        Period periodFor(FeedbackType type) {
            return afterClosure.getOrDefault(type, defaultAfterClosure);
        }
    }
}
