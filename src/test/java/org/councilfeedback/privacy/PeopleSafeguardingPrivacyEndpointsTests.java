package org.councilfeedback.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.councilfeedback.support.PeopleAndPrivacyTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every people, safeguarding, privacy and audit endpoint needs a signed-in member of staff and is documented. */
@PeopleAndPrivacyTest
class PeopleSafeguardingPrivacyEndpointsTests {

    static final String ENDPOINTS = """
            GET,    /api/v1/feedback/{reference}/person-matches
            POST,   /api/v1/feedback/{reference}/person-link
            PUT,    /api/v1/feedback/{reference}/representative
            POST,   /api/v1/feedback/{reference}/representative/informed
            GET,    /api/v1/people/{id}
            PUT,    /api/v1/people/{id}/adjustments
            POST,   /api/v1/people/{id}/bounces
            GET,    /api/v1/people/restriction-kinds
            POST,   /api/v1/people/{id}/restrictions
            POST,   /api/v1/people/{id}/restrictions/{restrictionId}/review
            POST,   /api/v1/feedback/{reference}/safeguarding-concern
            POST,   /api/v1/feedback/{reference}/safeguarding-concern/{id}/referral
            GET,    /api/v1/safeguarding/concerns
            POST,   /api/v1/feedback/{reference}/restriction
            GET,    /api/v1/feedback/{reference}/restriction
            GET,    /api/v1/feedback/{reference}/audit
            GET,    /api/v1/people/{id}/audit
            POST,   /api/v1/audit/verification
            POST,   /api/v1/feedback/{reference}/legal-hold
            DELETE, /api/v1/feedback/{reference}/legal-hold
            GET,    /api/v1/people/{id}/subject-access-export
            POST,   /api/v1/people/{id}/erasure
            GET,    /api/v1/privacy/retention-schedule
            POST,   /api/v1/privacy/retention-runs
            """;

    @Autowired
    MockMvc mvc;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(textBlock = ENDPOINTS)
    void needsASignedInMemberOfStaff(String method, String path) throws Exception {
        String concrete = path.replace("{reference}", "FB-2026-000001").replace("{id}", "1").replace("{restrictionId}", "1");
        mvc.perform(request(HttpMethod.valueOf(method), concrete).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void everyEndpointIsInTheOpenApiDocumentWithASummary() throws Exception {
        String body = mvc.perform(request(HttpMethod.GET, "/v3/api-docs")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        JsonNode paths = JsonMapper.builder().build().readTree(body).get("paths");
        for (String line : ENDPOINTS.strip().split("\n")) {
            String[] parts = line.split(",");
            String method = parts[0].trim().toLowerCase();
            String path = parts[1].trim();
            JsonNode operation = paths.path(path).path(method);
            assertThat(operation.isMissingNode()).as(line).isFalse();
            assertThat(operation.path("summary").asString()).as(line).isNotBlank();
        }
        assertThat(List.of(ENDPOINTS.strip().split("\n"))).hasSize(24);
    }
}
