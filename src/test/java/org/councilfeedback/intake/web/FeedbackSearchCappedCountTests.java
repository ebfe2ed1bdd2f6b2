package org.councilfeedback.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import org.councilfeedback.intake.FeedbackIntake;
import org.councilfeedback.intake.TestFeedback;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import javax.sql.DataSource;
import org.councilfeedback.web.DatabaseVendor;

/**
 * A free-text search that matches more cases than the count limit (2 here, 1,000 by default) says "more than" on the
 * staff search page and {@code totalItemsCapped} in the API, and still shows the newest matches first.
 */
@SpringBootTest(properties = "council-feedback.search.count-limit=2")
@AutoConfigureMockMvc
@WithUserDetails("complaints.officer")
class FeedbackSearchCappedCountTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    FeedbackIntake intake;

    @Autowired
    DataSource dataSource;

    @Test
    void aSearchMatchingMoreThanTheLimitSaysMoreThanAndShowsTheNewest() throws Exception {
        assumeTrue(DatabaseVendor.isPostgres(dataSource), "the count limit applies to PostgreSQL's full-text search");
        String newest = null;
        for (int i = 0; i < 3; i++) {
            newest = TestFeedback.byPhone().from("Quentin Marsh").phone("01632 960 333").serviceArea("highways")
                    .about("The cattlegrid on Fen Drove rattles, report " + i).recordBy(intake).reference();
        }

        mvc.perform(get("/staff/feedback").param("q", "cattlegrid"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("More than 2 results"),
                        containsString("Add more words or a filter"), containsString(newest))));
        String json = mvc.perform(get("/api/v1/feedback").param("q", "cattlegrid"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(json).contains("\"totalItems\":2").contains("\"totalItemsCapped\":true").contains(newest);
    }
}
