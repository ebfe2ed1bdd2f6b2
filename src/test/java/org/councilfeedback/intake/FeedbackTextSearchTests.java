package org.councilfeedback.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;
import org.councilfeedback.web.DatabaseVendor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff search on PostgreSQL counts matches up to a limit; it finds a page of a common word's matches (more than the
 * limit) in the newest month, year or everything, whichever first fills it, and of a rarer word's by sorting all its
 * matches; either way the staff member sees the same cases in the same order.
 */
@SpringBootTest
class FeedbackTextSearchTests {

    @Autowired
    FeedbackIntake intake;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    List<SearchFilterProvider> filters;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    org.councilfeedback.organisation.CouncilProfile profile;

    @Test
    void searchingWindowsAndSortingAllMatchesGiveTheSamePages() {
        assumeTrue(DatabaseVendor.isPostgres(dataSource), "the two ways are PostgreSQL's full-text search");
        String word = "zebracrossing" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        Instant start = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < 23; i++) {
            String description = (i % 3 == 0 ? "The " + word + " near the school" : "Nothing about that") + " (case " + i + ")";
            intake.submit(TestFeedback.byPhone().from("Sam Jones").phone("01632 960 001").receivedAt(start.minus(i * 20L, ChronoUnit.DAYS)).about(description)
                    .submission(), Submitter.staff("customer.services", "10.0.0.1"), null);
        }
        FeedbackStore sorting = new FeedbackStore(jdbc, dataSource, filters, transactionManager, profile, 1_000);
        // counting stops at 2, so pages come from the newest month, then year, then everything (matches every 60 days)
        FeedbackStore windowed = new FeedbackStore(jdbc, dataSource, filters, transactionManager, profile, 2);

        for (int page = 0; page < 4; page++) {
            FeedbackSearch search = new FeedbackSearch(word, null, null, null, null, null, null, page, 3);
            SearchResult sorted = sorting.search(search);
            SearchResult windowedResult = windowed.search(search);
            assertThat(sorted.totalItems()).isEqualTo(8);
            assertThat(sorted.totalItemsCapped()).isFalse();
            assertThat(windowedResult.totalItems()).as("counted up to the limit").isEqualTo(2);
            assertThat(windowedResult.totalItemsCapped()).isTrue();
            assertThat(windowedResult.items()).extracting(FeedbackSummary::reference)
                    .containsExactlyElementsOf(sorted.items().stream().map(FeedbackSummary::reference).toList());
            assertThat(windowedResult.items()).hasSize(page < 2 ? 3 : page == 2 ? 2 : 0);
        }
        List<Instant> newestFirst = windowed.search(new FeedbackSearch(word, null, null, null, null, null, null, 0, 100))
                .items().stream().map(FeedbackSummary::receivedAt).toList();
        assertThat(newestFirst).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void aSearchInsideAnotherTransactionLeavesItWorking() {
        assumeTrue(DatabaseVendor.isPostgres(dataSource), "query planner settings are PostgreSQL's");
        FeedbackStore windowed = new FeedbackStore(jdbc, dataSource, filters, transactionManager, profile, 0);
        intake.submit(TestFeedback.byPhone().from("Sam Jones").phone("01632 960 001").about("A pothole on the ring road").submission(),
                Submitter.staff("customer.services", "10.0.0.1"), null);
        String after = new TransactionTemplate(transactionManager).execute(status -> {
            assertThat(windowed.search(FeedbackSearch.text("pothole")).items()).isNotEmpty();
            assertThat(jdbc.sql("select current_setting('enable_bitmapscan') || ' ' || current_setting('plan_cache_mode')")
                    .query(String.class).single()).as("the planner settings of the newest month's walk are undone")
                    .isEqualTo("on auto");
            return jdbc.sql("select 'still usable'").query(String.class).single();
        });
        assertThat(after).isEqualTo("still usable");
    }

    @Test
    void aPageFromTheNewestMonthIsTheNewestMatchesInOrder() {
        assumeTrue(DatabaseVendor.isPostgres(dataSource), "the newest month's walk is PostgreSQL's");
        String word = "pelican" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        Instant start = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < 9; i++) {
            // eight in the last fortnight, every other one a match, and one match a year ago
            Instant received = i < 8 ? start.minus(i * 40L, ChronoUnit.HOURS) : start.minus(365, ChronoUnit.DAYS);
            String description = (i % 2 == 0 || i == 8 ? "A " + word + " crossing" : "Nothing about that") + " (case " + i + ")";
            intake.submit(TestFeedback.byPhone().from("Sam Jones").phone("01632 960 001").receivedAt(received).about(description)
                    .submission(), Submitter.staff("customer.services", "10.0.0.1"), null);
        }
        FeedbackStore sorting = new FeedbackStore(jdbc, dataSource, filters, transactionManager, profile, 1_000);
        FeedbackStore windowed = new FeedbackStore(jdbc, dataSource, filters, transactionManager, profile, 2);

        for (int page = 0; page < 3; page++) {
            FeedbackSearch search = new FeedbackSearch(word, null, null, null, null, null, null, page, 2);
            SearchResult sorted = sorting.search(search);
            SearchResult windowedResult = windowed.search(search);
            assertThat(sorted.totalItems()).isEqualTo(5);
            assertThat(windowedResult.totalItemsCapped()).isTrue();
            assertThat(windowedResult.items()).extracting(FeedbackSummary::reference)
                    .containsExactlyElementsOf(sorted.items().stream().map(FeedbackSummary::reference).toList());
            assertThat(windowedResult.items()).hasSize(page < 2 ? 2 : 1);
        }
    }
}
