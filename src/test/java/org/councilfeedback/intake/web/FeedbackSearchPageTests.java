package org.councilfeedback.intake.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Locale;
import org.councilfeedback.intake.FeedbackIntake;
import org.councilfeedback.intake.FeedbackType;
import org.councilfeedback.intake.TestFeedback;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

/** {@code /staff/feedback}: staff find feedback by reference, name, email, postcode, phone or words, and filter it. */
@SpringBootTest
@AutoConfigureMockMvc
@WithUserDetails("complaints.officer")
class FeedbackSearchPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    FeedbackIntake intake;

    static String quill;
    static String other;

    @BeforeEach
    void receiveFeedbackOnce() {
        if (quill != null) {
            return;
        }
        quill = TestFeedback.byLetter().type(FeedbackType.COMPLIMENT).from("Zebedee Quill")
                .email("Quill.Z@example.org").phone("01632 960 111").address("2 Mill Lane", "Cambridge", "cb1 9zz")
                .serviceArea("libraries").about("The kaleidoscopic mural in the library is wonderful.")
                .receivedAt(Instant.parse("2026-03-27T10:00:00Z")).recordBy(intake).reference();
        other = TestFeedback.byPhone().from("Yolanda Other").phone("01632 960 222").serviceArea("highways")
                .about("A pothole on the A10 near Ely.").receivedAt(Instant.parse("2026-04-02T10:00:00Z"))
                .recordBy(intake).reference();
    }

    @Test
    void findsByReferenceInAnyCaseAndOffersADirectLink() throws Exception {
        mvc.perform(get("/staff/feedback").param("q", " " + quill.toLowerCase(Locale.ROOT) + " "))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("1 result"),
                        containsString("href=\"/staff/feedback/" + quill + "\""), containsString("Go to " + quill),
                        not(containsString(other)))));
    }

    @Test
    void findsByName() throws Exception {
        mvc.perform(get("/staff/feedback").param("q", "zebedee quill"))
                .andExpect(content().string(allOf(containsString(quill), containsString("Zebedee Quill"),
                        not(containsString(other)), not(containsString("Go to ")))));
    }

    @Test
    void findsByEmailWhateverItsCase() throws Exception {
        mvc.perform(get("/staff/feedback").param("q", "QUILL.z@EXAMPLE.org"))
                .andExpect(content().string(allOf(containsString(quill), not(containsString(other)))));
    }

    @Test
    void findsByPostcodeWithOrWithoutTheSpace() throws Exception {
        mvc.perform(get("/staff/feedback").param("q", "CB1 9ZZ"))
                .andExpect(content().string(allOf(containsString(quill), not(containsString(other)))));
        mvc.perform(get("/staff/feedback").param("q", "cb19zz"))
                .andExpect(content().string(allOf(containsString(quill), not(containsString(other)))));
    }

    @Test
    void findsByPhoneNumber() throws Exception {
        mvc.perform(get("/staff/feedback").param("q", "01632 960222"))
                .andExpect(content().string(allOf(containsString(other), not(containsString(quill)))));
    }

    @Test
    void findsByWordsInTheDescription() throws Exception {
        mvc.perform(get("/staff/feedback").param("q", "kaleidoscopic mural"))
                .andExpect(content().string(allOf(containsString(quill), containsString("Compliment"),
                        containsString("Libraries, archives and culture"), not(containsString(other)))));
    }

    @Test
    void filtersByTypeServiceAreaAndDateReceived() throws Exception {
        mvc.perform(get("/staff/feedback").param("type", "COMPLIMENT").param("serviceArea", "libraries")
                        .param("receivedFrom", "27/3/2026").param("receivedTo", "2026-03-27"))
                .andExpect(content().string(allOf(containsString(quill), not(containsString(other)))));
        mvc.perform(get("/staff/feedback").param("q", "kaleidoscopic").param("type", "COMPLAINT"))
                .andExpect(content().string(allOf(containsString("0 results"), not(containsString(quill)))));
        mvc.perform(get("/staff/feedback").param("q", "Quill").param("receivedFrom", "28/3/2026"))
                .andExpect(content().string(not(containsString(quill))));
    }

    @Test
    void filtersByStatus() throws Exception {
        mvc.perform(get("/staff/feedback").param("q", "kaleidoscopic").param("status", "RECEIVED"))
                .andExpect(content().string(containsString(quill)));
        mvc.perform(get("/staff/feedback").param("q", "kaleidoscopic").param("status", "CLOSED"))
                .andExpect(content().string(not(containsString(quill))));
    }

    @Test
    void explainsFiltersItCannotUseInAnErrorSummary() throws Exception {
        mvc.perform(get("/staff/feedback").param("receivedFrom", "31/2/2026").param("type", "GRUMBLE")
                        .param("receivedTo", "tomorrow"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("<a href=\"#type\">Select a type from the list</a>"),
                        containsString("<a href=\"#receivedFrom\">Received from must be a real date, like 27/3/2026</a>"),
                        containsString("<a href=\"#receivedTo\">Received to must be a real date, like 27/3/2026</a>"),
                        containsString("<title>Error: Search"), not(containsString("results</h2>")))));
    }

    @Test
    void showsTheFormAloneUntilSomethingIsAskedFor() throws Exception {
        mvc.perform(get("/staff/feedback"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Search feedback"), not(containsString(quill)),
                        not(containsString("There is a problem")))));
    }

    @Test
    void splitsManyResultsIntoPagesWithGovukPagination() throws Exception {
        for (int i = 0; i < 21; i++) {
            TestFeedback.byPhone().from("Pagination Person " + i).phone("01632 960 333")
                    .about("Paginated xylophone complaint " + i).recordBy(intake);
        }
        mvc.perform(get("/staff/feedback").param("q", "xylophone"))
                .andExpect(content().string(allOf(containsString("21 results"),
                        containsString("Showing 1 to 20 of 21"), containsString("govuk-pagination"),
                        containsString("href=\"/staff/feedback?q=xylophone&amp;page=2\" rel=\"next\""))));
        mvc.perform(get("/staff/feedback").param("q", "xylophone").param("page", "2"))
                .andExpect(content().string(allOf(containsString("Showing 21 to 21 of 21"),
                        containsString("rel=\"prev\""), not(containsString("rel=\"next\"")))));
        mvc.perform(get("/staff/feedback").param("q", "xylophone").param("page", "9"))
                .andExpect(content().string(containsString("Showing 21 to 21 of 21")));
    }
}
