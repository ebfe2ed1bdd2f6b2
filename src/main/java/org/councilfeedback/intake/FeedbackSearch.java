package org.councilfeedback.intake;

import java.time.Instant;
import java.time.LocalDate;

/** A staff search: free text plus filters; {@code page} counts from 0 and {@code size} is at most 100. */
public record FeedbackSearch(
        String q,
        FeedbackType type,
        FeedbackStatus status,
        String serviceArea,
        LocalDate dueBefore,
        Instant receivedFrom,
        Instant receivedTo,
        int page,
        int size,
        java.util.Map<String, String> moduleFilters) {

    public static final int MAX_SIZE = 100;

    public FeedbackSearch {
        moduleFilters = moduleFilters == null ? java.util.Map.of() : java.util.Map.copyOf(moduleFilters);
    }

    public FeedbackSearch(String q, FeedbackType type, FeedbackStatus status, String serviceArea, LocalDate dueBefore,
            Instant receivedFrom, Instant receivedTo, int page, int size) {
        this(q, type, status, serviceArea, dueBefore, receivedFrom, receivedTo, page, size, java.util.Map.of());
    }

    public static FeedbackSearch text(String q) {
        return new FeedbackSearch(q, null, null, null, null, null, null, 0, 20);
    }
}
