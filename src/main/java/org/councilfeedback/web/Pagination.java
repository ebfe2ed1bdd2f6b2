package org.councilfeedback.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * GOV.UK pagination for a list split into pages (numbered from 1 here, as people count): previous and next links, the
 * first and last page, and the pages around the current one, with ellipses between.
 */
public record Pagination(int current, int pages, String previousHref, String nextHref, List<Item> items) {

    /** A page link, or an ellipsis when {@code href} is null. */
    public record Item(int number, String href, boolean current) {

        public boolean ellipsis() {
            return href == null;
        }
    }

    public static Pagination of(int current, int size, long totalItems, IntFunction<String> hrefForPage) {
        int pages = (int) Math.max(1, (totalItems + size - 1) / size);
        List<Item> items = new ArrayList<>();
        int last = 0;
        for (int page = 1; page <= pages; page++) {
            boolean shown = page == 1 || page == pages || Math.abs(page - current) <= 1;
            if (!shown) {
                continue;
            }
            if (page - last > 1) {
                items.add(new Item(0, null, false));
            }
            items.add(new Item(page, hrefForPage.apply(page), page == current));
            last = page;
        }
        return new Pagination(current, pages, current > 1 ? hrefForPage.apply(current - 1) : null,
                current < pages ? hrefForPage.apply(current + 1) : null, items);
    }

    /** Whether there is more than one page (otherwise no pagination is shown). */
    public boolean needed() {
        return pages > 1;
    }
}
