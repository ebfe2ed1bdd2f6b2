package org.councilfeedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.councilfeedback.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The served OpenAPI document matches the API.md contract: its paths, methods, field names and enum values. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiDocumentIT {

    @LocalServerPort
    int port;

    @Test
    void describesTheContractedEndpointsFieldsAndEnums() {
        JsonNode doc = new Api(port).get("/v3/api-docs").send().json();

        JsonNode paths = doc.get("paths");
        assertThat(paths.at("/~1api~1v1~1feedback/post").isMissingNode()).isFalse();
        assertThat(paths.at("/~1api~1v1~1feedback/get").isMissingNode()).isFalse();
        assertThat(paths.at("/~1api~1v1~1feedback~1{reference}/get").isMissingNode()).isFalse();
        assertThat(paths.at("/~1api~1v1~1calendar~1working-days/get").isMissingNode()).isFalse();

        JsonNode schemas = doc.at("/components/schemas");
        JsonNode submission = schemas.get("FeedbackSubmission").get("properties");
        assertThat(names(submission)).contains("type", "channel", "receivedAt", "serviceArea", "description",
                "desiredOutcome", "eventDate", "anonymous", "contact", "onBehalfOf");
        assertThat(names(schemas.get("ContactDetails").get("properties")))
                .contains("name", "email", "phone", "address", "preferredContactMethod");
        assertThat(names(schemas.get("Address").get("properties"))).contains("line1", "line2", "townOrCity", "postcode");
        assertThat(names(schemas.get("OnBehalfOf").get("properties"))).contains("name", "relationship", "consentGiven");
        assertThat(values(submission.at("/type/enum")))
                .containsExactlyInAnyOrder("COMPLAINT", "COMPLIMENT", "SUGGESTION", "REPRESENTATION", "NOT_SURE");
        assertThat(values(submission.at("/channel/enum")))
                .containsExactlyInAnyOrder("ONLINE", "PHONE", "EMAIL", "LETTER", "FACE_TO_FACE", "COUNCILLOR");
        assertThat(names(schemas.get("Receipt").get("properties")))
                .contains("reference", "type", "status", "channel", "receivedAt", "acknowledgement");
        assertThat(names(schemas.get("Acknowledgement").get("properties"))).contains("method", "dueBy", "sentAt");
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.propertyNames().forEach(names::add);
        return names;
    }

    private static List<String> values(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }
}
