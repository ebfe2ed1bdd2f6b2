package org.councilfeedback.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.councilfeedback.correspondence.Correspondence;
import org.councilfeedback.correspondence.OutgoingMessage;
import org.councilfeedback.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The feedback API end to end over HTTP: real database, real SMTP (GreenMail), the API.md contract. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"council-feedback.intake.rate-limit.burst=10000", "council-feedback.intake.rate-limit.per-minute=10000"})
class FeedbackApiIT {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(org.councilfeedback.support.TestMailPort.PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Correspondence correspondence;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    static final String COMPLAINT = """
            {"type": "COMPLAINT", "serviceArea": "highways", "description": "The pothole outside 4 Mill Road is still there after three reports.",
             "desiredOutcome": "Fix it", "eventDate": "2026-10-01", "anonymous": false,
             "contact": {"name": "Sam Smith", "email": "sam@example.org", "phone": "01234 567890",
                         "address": {"line1": "1 High Street", "line2": null, "townOrCity": "Ely", "postcode": "cb7 4aa"},
                         "preferredContactMethod": "EMAIL"},
             "onBehalfOf": {"name": "Pat Smith", "relationship": "Parent", "consentGiven": true}}""";

    long feedbackCount() {
        return jdbc.sql("select count(*) from feedback").query(Long.class).single();
    }

    @Test
    void storesOnlineFeedbackAndAcknowledgesItAtOnceOnScreenAndByEmail() throws Exception {
        Api.Response response = api.post("/api/v1/feedback", COMPLAINT).send();

        assertThat(response.status()).isEqualTo(201);
        JsonNode body = response.json();
        String reference = body.get("reference").asString();
        assertThat(reference).matches("FB-\\d{4}-\\d{6}");
        assertThat(response.header("Location")).isEqualTo("/api/v1/feedback/" + reference);
        assertThat(body.get("type").asString()).isEqualTo("COMPLAINT");
        assertThat(body.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(body.get("channel").asString()).isEqualTo("ONLINE");
        assertThat(body.at("/acknowledgement/method").asString()).isEqualTo("EMAIL");
        assertThat(body.at("/acknowledgement/dueBy").asString())
                .isEqualTo(LocalDate.now(ZoneId.of("Europe/London")).toString());
        assertThat(body.at("/acknowledgement/sentAt").isNull()).isFalse();

        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage email = smtp.getReceivedMessages()[0];
        assertThat(email.getAllRecipients()[0].toString()).isEqualTo("sam@example.org");
        assertThat(email.getSubject()).contains(reference);
        String text = GreenMailUtil.getBody(email);
        assertThat(text).contains(reference).contains("0345 045 5200").contains("Dear Sam Smith");
    }

    @Test
    void staffReadTheWholeRecordWithItsTimelineByCaseInsensitiveReference() {
        String reference = api.post("/api/v1/feedback", COMPLAINT).send().json().get("reference").asString();

        Api.Response response = api.get("/api/v1/feedback/" + reference.toLowerCase()).as("complaints.officer").send();

        assertThat(response.status()).isEqualTo(200);
        JsonNode record = response.json();
        assertThat(record.get("reference").asString()).isEqualTo(reference);
        assertThat(record.get("description").asString()).startsWith("The pothole outside 4 Mill Road");
        assertThat(record.at("/contact/address/postcode").asString()).isEqualTo("CB7 4AA");
        assertThat(record.at("/onBehalfOf/relationship").asString()).isEqualTo("Parent");
        assertThat(record.get("stages").isArray()).isTrue();
        assertThat(record.get("flags").isArray()).isTrue();
        assertThat(record.get("timeline").get(0).get("event").asString()).isEqualTo("Received");
    }

    @Test
    void acknowledgesAPhoneCallByEmailWithinThreeWorkingDaysOverChristmas() {
        String call = """
                {"type": "COMPLAINT", "channel": "PHONE", "receivedAt": "2025-12-23T10:15:00Z",
                 "description": "Caller states the gritting lorry missed her road again.",
                 "contact": {"name": "Jo Bloggs", "email": "jo@example.org", "preferredContactMethod": "EMAIL"}}""";

        Api.Response response = api.post("/api/v1/feedback", call).as("customer.services").send();

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().at("/acknowledgement/dueBy").asString()).isEqualTo("2025-12-30");
        assertThat(response.json().at("/acknowledgement/sentAt").isNull()).isTrue();
        String reference = response.json().get("reference").asString();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                api.get("/api/v1/feedback/" + reference).as("customer.services").send().json()
                        .at("/acknowledgement/sentAt").isNull()).isFalse());
        assertThat(api.get("/api/v1/feedback/" + reference).as("customer.services").send().json()
                .at("/recordedBy").asString()).isEqualTo("customer.services");
    }

    @Test
    void letterReceivedAfterFridayCoreHoursStartsItsClockOnMondayAndGoesToThePrintQueue() {
        String letter = """
                {"type": "COMPLIMENT", "channel": "LETTER", "receivedAt": "2025-12-19T16:45:00Z",
                 "description": "Thank you to the library staff in Ely.",
                 "contact": {"name": "Ann Other", "address": {"line1": "2 Fore Hill", "townOrCity": "Ely", "postcode": "CB7 4AF"}}}""";

        Api.Response response = api.post("/api/v1/feedback", letter).as("customer.services").send();

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().at("/acknowledgement/method").asString()).isEqualTo("LETTER");
        assertThat(response.json().at("/acknowledgement/dueBy").asString()).isEqualTo("2025-12-29");
        String reference = response.json().get("reference").asString();
        OutgoingMessage queued = await().atMost(Duration.ofSeconds(10)).until(() -> correspondence.printQueue().stream()
                .filter(m -> m.reference().equals(reference)).findFirst().orElse(null), m -> m != null);
        assertThat(queued.recipient()).contains("2 Fore Hill").contains("CB7 4AF");

        assertThat(correspondence.markPosted(queued.id(), "customer.services")).isTrue();

        assertThat(api.get("/api/v1/feedback/" + reference).as("customer.services").send().json()
                .at("/acknowledgement/sentAt").isNull()).isFalse();
    }

    @Test
    void visitWithAPhonePreferenceBecomesACallTask() {
        String visit = """
                {"channel": "FACE_TO_FACE", "description": "Visitor unhappy with the library opening hours.",
                 "contact": {"name": "Raj Patel", "phone": "07700 900982"}}""";

        Api.Response response = api.post("/api/v1/feedback", visit).as("customer.services").send();

        assertThat(response.json().get("type").asString()).isEqualTo("NOT_SURE");
        assertThat(response.json().at("/acknowledgement/method").asString()).isEqualTo("PHONE");
        String reference = response.json().get("reference").asString();
        await().atMost(Duration.ofSeconds(10)).until(() -> correspondence.callTasks().stream()
                .anyMatch(task -> task.reference().equals(reference) && task.recipient().equals("07700 900982")));
    }

    @Test
    void anonymousFeedbackIsStoredButCannotBeAcknowledged() {
        Api.Response response = api.post("/api/v1/feedback",
                "{\"anonymous\": true, \"description\": \"Staff at the recycling centre were rude.\"}").send();

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().at("/acknowledgement/method").asString()).isEqualTo("NONE");
        assertThat(response.json().at("/acknowledgement/sentAt").isNull()).isTrue();
    }

    @Nested
    class BadInput {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                missing description      | {"contact": {"name": "A", "email": "a@example.org"}}                                   | description
                blank description        | {"description": "   ", "contact": {"name": "A", "email": "a@example.org"}}              | description
                invalid email            | {"description": "x", "contact": {"name": "A", "email": "not-an-email"}}                 | contact.email
                invalid postcode         | {"description": "x", "contact": {"name": "A", "address": {"line1": "1 A St", "townOrCity": "Ely", "postcode": "XYZ"}, "preferredContactMethod": "LETTER"}} | contact.address.postcode
                invalid phone            | {"description": "x", "contact": {"name": "A", "phone": "12"}}                           | contact.phone
                missing name             | {"description": "x", "contact": {"email": "a@example.org"}}                              | contact.name
                no way to reply          | {"description": "x", "contact": {"name": "A"}}                                            | contact.email
                future event date        | {"description": "x", "eventDate": "2099-01-01", "contact": {"name": "A", "email": "a@example.org"}} | eventDate
                unknown service area     | {"description": "x", "serviceArea": "moon", "contact": {"name": "A", "email": "a@example.org"}} | serviceArea
                public phone channel     | {"channel": "PHONE", "description": "x", "contact": {"name": "A", "email": "a@example.org"}} | channel
                unknown field            | {"description": "x", "colour": "red", "contact": {"name": "A", "email": "a@example.org"}} | colour
                unknown nested field     | {"description": "x", "contact": {"name": "A", "emial": "a@example.org"}}                 | contact.emial
                wrong enum value         | {"type": "MOAN", "description": "x", "contact": {"name": "A", "email": "a@example.org"}} | type
                wrong type of value      | {"description": ["x"], "contact": {"name": "A", "email": "a@example.org"}}               | description
                control character        | {"description": "bad\\u0000text", "contact": {"name": "A", "email": "a@example.org"}}   | description
                """)
        void isRejectedWithAClearProblemAndNothingIsStored(String label, String json, String field) {
            long before = feedbackCount();

            Api.Response response = api.post("/api/v1/feedback", json).send();

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            JsonNode problem = response.json();
            assertThat(problem.get("status").asInt()).isEqualTo(400);
            assertThat(problem.get("title").asString()).isNotBlank();
            List<String> fields = new ArrayList<>();
            problem.get("errors").forEach(error -> {
                fields.add(error.get("field").asString());
                assertThat(error.get("message").asString()).isNotBlank();
            });
            assertThat(fields).contains(field);
            assertThat(feedbackCount()).isEqualTo(before);
        }

        @Test
        void descriptionOverTenThousandCharactersIsRejected() {
            String json = Api.json(java.util.Map.of("description", "a".repeat(10_001),
                    "contact", java.util.Map.of("name", "A", "email", "a@example.org")));
            Api.Response response = api.post("/api/v1/feedback", json).send();
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.body()).contains("10,000 characters or fewer");
        }

        @Test
        void malformedJsonIsA400() {
            Api.Response response = api.post("/api/v1/feedback", "{\"description\": ").send();
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        }

        @Test
        void wrongContentTypeIsA415() {
            Api.Response response = api.post("/api/v1/feedback", "description=hello", "application/x-www-form-urlencoded").send();
            assertThat(response.status()).isEqualTo(415);
        }

        @Test
        void bodyOverOneMegabyteIsA413() {
            String json = "{\"description\": \"" + "a".repeat(1_100_000) + "\"}";
            long before = feedbackCount();
            Api.Response response = api.post("/api/v1/feedback", json).send();
            assertThat(response.status()).isEqualTo(413);
            assertThat(feedbackCount()).isEqualTo(before);
        }

        @Test
        void receivedAtFromThePublicIsIgnored() {
            String json = """
                    {"receivedAt": "2020-01-01T10:00:00Z", "description": "x", "contact": {"name": "A", "email": "a@example.org"}}""";
            Api.Response response = api.post("/api/v1/feedback", json).send();
            assertThat(response.status()).isEqualTo(201);
            assertThat(response.json().get("receivedAt").asString()).doesNotStartWith("2020");
        }

        @Test
        void staffCannotRecordFeedbackReceivedInTheFuture() {
            String json = """
                    {"channel": "PHONE", "receivedAt": "2099-01-01T10:00:00Z", "description": "x", "contact": {"name": "A", "phone": "01234 567890"}}""";
            Api.Response response = api.post("/api/v1/feedback", json).as("customer.services").send();
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.body()).contains("receivedAt");
        }
    }

    @Nested
    class Idempotency {

        @Test
        void repeatingARequestWithTheSameKeyReturnsTheOriginalResponseAndCreatesNothing() {
            Api.Response first = api.post("/api/v1/feedback", COMPLAINT).header("Idempotency-Key", "key-123-a").send();
            long after = feedbackCount();
            Api.Response second = api.post("/api/v1/feedback", COMPLAINT).header("Idempotency-Key", "key-123-a").send();

            assertThat(second.status()).isEqualTo(201);
            assertThat(second.json().get("reference").asString()).isEqualTo(first.json().get("reference").asString());
            assertThat(feedbackCount()).isEqualTo(after);
        }

        @Test
        void theSameKeyWithADifferentBodyIs422() {
            api.post("/api/v1/feedback", COMPLAINT).header("Idempotency-Key", "key-456-b").send();
            Api.Response other = api.post("/api/v1/feedback", COMPLAINT.replace("Mill Road", "Hill Road"))
                    .header("Idempotency-Key", "key-456-b").send();
            assertThat(other.status()).isEqualTo(422);
        }

        @Test
        void concurrentRetriesWithOneKeyCreateOneRecord() throws Exception {
            long before = feedbackCount();
            Set<String> references = ConcurrentHashMap.newKeySet();
            var pool = Executors.newFixedThreadPool(8);
            try {
                List<Callable<Integer>> calls = IntStream.range(0, 8).<Callable<Integer>>mapToObj(i -> () -> {
                    Api.Response r = api.post("/api/v1/feedback", COMPLAINT).header("Idempotency-Key", "key-789-c").send();
                    references.add(r.json().get("reference").asString());
                    return r.status();
                }).toList();
                for (var future : pool.invokeAll(calls)) {
                    assertThat(future.get()).isEqualTo(201);
                }
            } finally {
                pool.shutdown();
            }
            assertThat(references).hasSize(1);
            assertThat(feedbackCount()).isEqualTo(before + 1);
        }

        @Test
        void aKeyThatIsNotPrintableAsciiIsRejected() {
            Api.Response response = api.post("/api/v1/feedback", COMPLAINT).header("Idempotency-Key", "x".repeat(256)).send();
            assertThat(response.status()).isEqualTo(400);
        }
    }

    @Nested
    class AccessRules {

        @Test
        void readingWithoutCredentialsIs401() {
            assertThat(api.get("/api/v1/feedback/FB-2026-000001").send().status()).isEqualTo(401);
            assertThat(api.get("/api/v1/feedback?q=smith").send().status()).isEqualTo(401);
        }

        @Test
        void aRoleThatMayNotReadCasesIs403() {
            String reference = api.post("/api/v1/feedback", COMPLAINT).send().json().get("reference").asString();
            assertThat(api.get("/api/v1/feedback/" + reference).as("manager").send().status()).isEqualTo(403);
            assertThat(api.post("/api/v1/feedback", COMPLAINT).as("manager").send().status()).isEqualTo(403);
        }

        @Test
        void anUnknownReferenceIs404() {
            assertThat(api.get("/api/v1/feedback/FB-1999-999999").as("complaints.officer").send().status()).isEqualTo(404);
            assertThat(api.get("/api/v1/feedback/not-a-reference").as("complaints.officer").send().status()).isEqualTo(404);
        }

        @Test
        void wrongPasswordIs401() {
            Api.Response response = api.get("/api/v1/feedback?q=x")
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("complaints.officer:wrong".getBytes()))
                    .send();
            assertThat(response.status()).isEqualTo(401);
        }
    }

    @Nested
    class Search {

        @Test
        void findsFeedbackByReferenceNameEmailPostcodeAndWords() {
            String unique = "zebracrossing" + System.nanoTime();
            String json = """
                    {"description": "The %s near Ely station is faded.", "contact": {"name": "Quentin Blakeworth",
                     "email": "quentin.blakeworth@example.org", "address": {"line1": "9 Station Rd", "townOrCity": "Ely", "postcode": "CB7 4BS"}}}"""
                    .formatted(unique);
            String reference = api.post("/api/v1/feedback", json).send().json().get("reference").asString();

            for (String q : List.of(reference.toLowerCase(), "Blakeworth", "QUENTIN.BLAKEWORTH@example.org", "cb74bs", unique)) {
                JsonNode result = api.get("/api/v1/feedback?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8))
                        .as("complaints.officer").send().json();
                List<String> found = new ArrayList<>();
                result.get("items").forEach(item -> found.add(item.get("reference").asString()));
                assertThat(found).as("search for %s", q).contains(reference);
                JsonNode item = result.get("items").get(0);
                assertThat(item.has("type") && item.has("status") && item.has("receivedAt") && item.has("serviceArea")
                        && item.has("dueBy")).isTrue();
            }
        }

        @Test
        void filtersComplaintsByProcessAndByTheHandlerOfTheOpenStage() {
            String reference = api.post("/api/v1/feedback", COMPLAINT).send().json().get("reference").asString();
            assertThat(api.post("/api/v1/feedback/" + reference + "/classification",
                    "{\"type\": \"COMPLAINT\", \"process\": \"CORPORATE\"}").as("complaints.officer").send().status())
                    .isEqualTo(200);
            assertThat(api.post("/api/v1/feedback/" + reference + "/stages/current/assignment",
                    "{\"handler\": \"investigator\"}").as("complaints.officer").send().status()).isEqualTo(200);

            assertThat(references("process=CORPORATE&size=100")).contains(reference);
            assertThat(references("process=DATA_PROTECTION&size=100")).doesNotContain(reference);
            assertThat(references("assignedTo=investigator&size=100")).contains(reference);
            assertThat(references("assignedTo=dpo&size=100")).doesNotContain(reference);
            assertThat(api.get("/api/v1/feedback?process=NOPE").as("complaints.officer").send().status()).isEqualTo(400);
        }

        private List<String> references(String query) {
            List<String> found = new ArrayList<>();
            api.get("/api/v1/feedback?" + query).as("complaints.officer").send().json().get("items")
                    .forEach(item -> found.add(item.get("reference").asString()));
            return found;
        }

        @Test
        void pageSizeOver100IsRejected() {
            assertThat(api.get("/api/v1/feedback?size=101").as("complaints.officer").send().status()).isEqualTo(400);
        }
    }
}
