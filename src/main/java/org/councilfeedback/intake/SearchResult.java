package org.councilfeedback.intake;

import java.util.List;

/** One page of results. */
/**
 * A page of search results. {@code totalItems} is exact unless {@code totalItemsCapped}: a free-text search counts its
 * matches up to a limit (1,000 by default) and, when there are more, gives the limit and says so.
 */
public record SearchResult(List<FeedbackSummary> items, int page, int size, long totalItems, boolean totalItemsCapped) {

    public SearchResult(List<FeedbackSummary> items, int page, int size, long totalItems) {
        this(items, page, size, totalItems, false);
    }
}
