package org.councilfeedback.intake;

import java.util.List;

/** One page of results. */
public record SearchResult(List<FeedbackSummary> items, int page, int size, long totalItems) {}
