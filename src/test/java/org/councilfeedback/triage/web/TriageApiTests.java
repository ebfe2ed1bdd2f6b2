package org.councilfeedback.triage.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.councilfeedback.intake.FeedbackType;
import org.councilfeedback.triage.Exclusion;
import org.councilfeedback.triage.TriageDecisions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The {@code POST /api/v1/triage} contract of the REST API, and the administrator's retraining. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(roles = "COMPLAINTS_OFFICER")
class TriageApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TriageDecisions decisions;

    private ResultActions triage(String json) throws Exception {
        return mvc.perform(post("/api/v1/triage").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static String body(String text) {
        return "{\"text\": \"" + text + "\"}";
    }

    @Test
    void suggestsTheTypeRouteAndSafeguardingFlagWithReasons() throws Exception {
        triage(body("Huge pothole opened up on Mill Road in Over this morning, right in the cycle lane."))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.type").value("COMPLAINT"))
                .andExpect(jsonPath("$.process").value(nullValue()))
                .andExpect(jsonPath("$.exclusion").value("HIGHWAY_FIRST_REPORT"))
                .andExpect(jsonPath("$.safeguardingConcern").value(false))
                .andExpect(jsonPath("$.confidence").value(allOf(greaterThan(0.0), lessThanOrEqualTo(1.0))))
                .andExpect(jsonPath("$.reasons[0]").value(startsWith("reports a fault on the road")));
    }

    @Test
    void givesAProcessToAComplaintTheProcedureHandles() throws Exception {
        triage(body("I requested a carer's assessment for my husband in March and nobody has contacted us since. "
                + "I have rung adult social care four times. I want a date for the assessment."))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("COMPLAINT"))
                .andExpect(jsonPath("$.process").value("ADULT_SOCIAL_CARE"))
                .andExpect(jsonPath("$.exclusion").value(nullValue()))
                .andExpect(jsonPath("$.reasons").value(hasItem(startsWith("about adult social care"))));
    }

    @Test
    void givesNoProcessOrExclusionToAnythingButAComplaint() throws Exception {
        triage(body("Thank you to the library staff in March who helped my dad set up his e-reader. So patient and kind."))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("COMPLIMENT"))
                .andExpect(jsonPath("$.process").value(nullValue()))
                .andExpect(jsonPath("$.exclusion").value(nullValue()));
    }

    @Test
    void flagsSafeguardingWhateverTheType() throws Exception {
        triage(body("Thank you to the duty social worker who came out on Sunday. My son has been self-harming "
                + "and she found him a crisis bed. I don't know what we'd have done."))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("COMPLIMENT"))
                .andExpect(jsonPath("$.safeguardingConcern").value(true))
                .andExpect(jsonPath("$.reasons").value(hasItem(startsWith("Safeguarding: mentions self-harm"))));
    }

    @Test
    void rejectsEmptyTextAsAProblem() throws Exception {
        triage(body(""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.errors[0].field").value("text"))
                .andExpect(jsonPath("$.errors[0].message").value("Enter the text of the message"));
    }

    @Test
    void rejectsABodyWithoutText() throws Exception {
        triage("{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"));
    }

    @Test
    void acceptsTenThousandCharacters() throws Exception {
        triage(body("a".repeat(10_000))).andExpect(status().isOk());
    }

    @Test
    void rejectsTenThousandAndOneCharacters() throws Exception {
        triage(body("a".repeat(10_001)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("text"))
                .andExpect(jsonPath("$.errors[0].message").value("The text must be 10,000 characters or fewer"));
    }

    @Test
    void rejectsANumberInsteadOfText() throws Exception {
        triage("{\"text\": 42}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("text"))
                .andExpect(jsonPath("$.errors[0].message").value("Enter the text as a JSON string"));
    }

    @Test
    void rejectsAnArrayInsteadOfText() throws Exception {
        triage("{\"text\": [\"a pothole\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"));
    }

    @Test
    void rejectsABodyThatIsNotAnObject() throws Exception {
        triage("[\"a pothole\"]")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void rejectsMalformedJson() throws Exception {
        triage("{\"text\": \"a pothole\"")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void rejectsUnknownFieldsRatherThanLoseThem() throws Exception {
        triage("{\"text\": \"a pothole\", \"txet\": \"typo\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("txet"));
    }

    @Test
    @WithAnonymousUser
    void requiresCredentials() throws Exception {
        mvc.perform(post("/api/v1/triage").with(csrf()).accept(MediaType.APPLICATION_JSON)
                        .contentType(MediaType.APPLICATION_JSON).content(body("a pothole")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    @WithMockUser(roles = "DIRECTOR")
    void refusesRolesThatDoNotTriage() throws Exception {
        triage(body("a pothole")).andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(roles = "CUSTOMER_SERVICES")
    void letsCustomerServicesTriage() throws Exception {
        triage(body("a pothole")).andExpect(status().isOk());
    }

    @Test
    void documentsTheEndpointForOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/triage'].post.summary").value("Suggest how to classify a message"))
                .andExpect(jsonPath("$.components.schemas.TriageRequest.properties.text.maxLength").value(10_000))
                .andExpect(jsonPath("$.paths['/api/v1/triage/model/retraining'].post").exists());
    }

    @Test
    void refusesRetrainingToAnyoneButAnAdministrator() throws Exception {
        mvc.perform(post("/api/v1/triage/model/retraining").with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void retrainsFromTheCorpusAndRecordedDecisions() throws Exception {
        decisions.record("Caller asks for the gully on Fen Road to be jetted, it overflows every storm.", null,
                FeedbackType.COMPLAINT, null, Exclusion.SERVICE_REQUEST, false);

        mvc.perform(post("/api/v1/triage/model/retraining").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.corpusMessages").value(300))
                .andExpect(jsonPath("$.staffDecisions").value(greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.trainedAt").value(not(nullValue())));
    }
}
