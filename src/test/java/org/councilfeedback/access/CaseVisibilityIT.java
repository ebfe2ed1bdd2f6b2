package org.councilfeedback.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.councilfeedback.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Social care complaints are seen only by the social care team: for everyone else they do not exist (404). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "council-feedback.intake.rate-limit.burst=1000", "spring.mail.port=3937"})
class CaseVisibilityIT {

    @LocalServerPort
    int port;

    @Test
    void aSocialCareComplaintIsVisibleOnlyToTheSocialCareTeamOnTheApiPagesAndSearch() {
        Api api = new Api(port);
        String word = "carerota" + System.nanoTime();
        String reference = api.post("/api/v1/feedback", """
                {"type": "COMPLAINT", "description": "My mother's carers keep missing visits (%s).",
                 "contact": {"name": "Nia Jones", "email": "nia@example.org"}}""".formatted(word))
                .send().json().get("reference").asString();
        assertThat(api.get("/api/v1/feedback/" + reference).as("complaints.officer").send().status()).isEqualTo(200);

        assertThat(api.post("/api/v1/feedback/" + reference + "/classification",
                "{\"type\": \"COMPLAINT\", \"process\": \"ADULT_SOCIAL_CARE\"}").as("social.care").send().status())
                .isEqualTo(200);

        assertThat(api.get("/api/v1/feedback/" + reference).as("social.care").send().status()).isEqualTo(200);
        for (String other : List.of("complaints.officer", "customer.services", "dpo", "investigator", "director")) {
            assertThat(api.get("/api/v1/feedback/" + reference).as(other).send().status()).as(other).isEqualTo(404);
            assertThat(api.get("/staff/feedback/" + reference).as(other).header("Accept", "text/html").send().status())
                    .as(other + " page").isEqualTo(404);
            assertThat(found(api, other, word)).as(other + " search").doesNotContain(reference);
        }
        assertThat(found(api, "social.care", word)).contains(reference);
        assertThat(api.get("/api/v1/feedback/" + reference).as("manager").send().status()).isEqualTo(403);
    }

    private static List<String> found(Api api, String username, String q) {
        List<String> references = new ArrayList<>();
        api.get("/api/v1/feedback?q=" + q).as(username).send().json().get("items")
                .forEach(item -> references.add(item.get("reference").asString()));
        return references;
    }
}
