package org.councilfeedback.compliments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import org.councilfeedback.FeedbackTypesTestSupport;
import org.councilfeedback.intake.FeedbackType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

class ComplimentsApiTests extends FeedbackTypesTestSupport {

    @Autowired
    ComplimentCounts counts;

    private String praise(String reference, Map<String, Object> praised) throws Exception {
        return mvc.perform(put("/api/v1/feedback/{reference}/compliment", reference).with(customerServices())
                        .contentType(MediaType.APPLICATION_JSON).content(body(Map.of("praised", praised))))
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void passesAComplimentOnToTheNamedEmployeeAndTheirServiceManager() throws Exception {
        String reference = submit(FeedbackType.COMPLIMENT, "highways",
                "Jo from the highways team fixed the pothole outside my house within a day and was so polite.",
                Person.byEmail("grateful@example.org"));

        mvc.perform(put("/api/v1/feedback/{reference}/compliment", reference).with(customerServices())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("praised", Map.of("kind", "EMPLOYEE", "name", "Jo Bloggs",
                                "email", "jo.bloggs@cambridgeshire.example", "serviceArea", "highways")))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.praised.name").value("Jo Bloggs"))
                .andExpect(jsonPath("$.passedOnAt").isNotEmpty());

        String toPerson = awaitMail("jo.bloggs@cambridgeshire.example", "A compliment for Jo Bloggs");
        assertThat(toPerson).contains("Dear Jo Bloggs").contains("fixed the pothole").contains(reference);
        String toManager = awaitMail("highways.manager@cambridgeshire.example", "A compliment for Jo Bloggs");
        assertThat(toManager).contains("Highways, roads and pavements").contains("fixed the pothole");

        mvc.perform(get("/api/v1/feedback/{reference}", reference).with(complaintsOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.compliment.praised.kind").value("EMPLOYEE"))
                .andExpect(jsonPath("$.compliment.passedOnTo").value(org.hamcrest.Matchers.containsString("jo.bloggs@cambridgeshire.example")))
                .andExpect(jsonPath("$.timeline[?(@.event == 'Compliment passed on')]").isNotEmpty());
    }

    @Test
    void passesAComplimentOnWhenStaffClassifyItAsOne() throws Exception {
        String reference = submit(FeedbackType.NOT_SURE, "libraries",
                "The staff at Ely library helped my father print his bus pass form and were wonderful.",
                Person.byPhone());
        String response = praise(reference, Map.of("kind", "TEAM", "name", "Ely library team"));
        assertThat(json(response).get("passedOnAt").isNull()).isTrue();

        classify(reference, FeedbackType.COMPLIMENT);

        String toManager = awaitMail("libraries.manager@cambridgeshire.example", "A compliment for Ely library team");
        assertThat(toManager).contains("print his bus pass");
        await().atMost(WAIT).until(() -> records.timeline(records.find(reference).orElseThrow()).stream()
                .filter(entry -> entry.event().equals("Compliment passed on")).count() == 1);
    }

    @Test
    void countsComplimentsByServiceArea() throws Exception {
        LocalDate today = LocalDate.now(clock);
        long before = count(today, "trading-standards");
        String reference = submit(FeedbackType.COMPLIMENT, "registration",
                "The trading standards officer sorted out the rogue trader who took my money.", Person.byPhone());
        praise(reference, Map.of("kind", "SERVICE", "serviceArea", "trading-standards"));

        assertThat(count(today, "trading-standards")).isEqualTo(before + 1);
        assertThat(counts.byServiceArea(today, today))
                .anySatisfy(c -> assertThat(c.name()).isEqualTo("Trading standards"));
    }

    private long count(LocalDate day, String area) {
        return counts.byServiceArea(day, day).stream().filter(c -> area.equals(c.serviceArea()))
                .mapToLong(ComplimentCounts.ServiceAreaCount::count).sum();
    }

    @Test
    void refusesWhatCannotBeDoneWithProblems() throws Exception {
        String complaint = submit(FeedbackType.COMPLAINT, "highways", "The road has not been gritted.", Person.byPhone());
        String compliment = submit(FeedbackType.COMPLIMENT, "parking", "Lovely blue badge team.", Person.byPhone());
        String good = body(Map.of("praised", Map.of("kind", "TEAM", "name", "Blue badge team")));

        mvc.perform(put("/api/v1/feedback/FB-2026-999999/compliment").with(customerServices())
                        .contentType(MediaType.APPLICATION_JSON).content(good))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put("/api/v1/feedback/{r}/compliment", compliment).with(director())
                        .contentType(MediaType.APPLICATION_JSON).content(good))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/feedback/{r}/compliment", complaint).with(customerServices())
                        .contentType(MediaType.APPLICATION_JSON).content(good))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(put("/api/v1/feedback/{r}/compliment", compliment).with(customerServices())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("praised", Map.of("kind", "EMPLOYEE", "email", "not-an-email")))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'praised.name')]").isNotEmpty())
                .andExpect(jsonPath("$.errors[?(@.field == 'praised.email')]").isNotEmpty());
        mvc.perform(put("/api/v1/feedback/{r}/compliment", compliment).with(customerServices())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("praised", Map.of("kind", "BOSS", "name", "X")))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("praised.kind"));
        mvc.perform(put("/api/v1/feedback/{r}/compliment", compliment).with(customerServices())
                        .contentType(MediaType.APPLICATION_JSON).content(good))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/feedback/{r}/compliment", compliment).with(customerServices())
                        .contentType(MediaType.APPLICATION_JSON).content(good))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("already passed on")));
    }
}
