package org.councilfeedback.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.councilfeedback.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** Bulk import of legacy cases over HTTP: the CSV format, the report of rejected rows, limits, roles. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"council-feedback.imports.max-size=64KB", "council-feedback.imports.batch-size=3"})
class BulkImportApiIT {

    static final int SMTP_PORT = freePort();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    static int freePort() {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static final String HEADER = "reference,type,channel,receivedAt,serviceArea,description,desiredOutcome,eventDate,anonymous,"
            + "contactName,contactEmail,contactPhone,addressLine1,addressLine2,townOrCity,postcode,preferredContactMethod,"
            + "onBehalfOfName,onBehalfOfRelationship,onBehalfOfConsent,status,acknowledgedAt\n";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FeedbackRecords records;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    JsonNode awaitFinished(String location) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> api.get(location).as("complaints.officer").send().json(),
                        json -> !List.of("QUEUED", "RUNNING").contains(json.get("status").asString()));
    }

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void importsValidRowsKeepingLegacyReferencesWithoutAcknowledgingThem() {
        String csv = HEADER
                + "LEG-2019-000001,COMPLAINT,PHONE,2019-03-01T10:15:00Z,highways,\"Pothole on Mill Road, reported twice\",Fix it,2019-02-20,false,"
                + "Sam Smith,sam@example.org,01234 567890,1 High Street,,Ely,cb7 4aa,EMAIL,,,,CLOSED,2019-03-02T09:00:00Z\n"
                + ",COMPLIMENT,LETTER,2020-06-10T14:00:00+01:00,,\"Thank you, \"\"library\"\" staff\nfor your help\",,,false,"
                + "Ann Other,,,2 Fore Hill,,Ely,CB7 4AF,,,,,CLOSED,\n"
                + "fb-2018-000042,NOT_SURE,ONLINE,2018-01-05T08:00:00Z,,\"Anonymous \\N comment\twith a tab,\r\nC:\\path and \\.\",,,true,,,,,,,,,,,,RECEIVED,\n";

        Api.Response response = api.post("/api/v1/imports", csv, "text/csv").as("complaints.officer").send();

        assertThat(response.status()).isEqualTo(202);
        String location = response.header("Location");
        assertThat(location).matches("/api/v1/imports/\\d+");
        assertThat(response.json().get("id").asLong()).isPositive();
        JsonNode report = awaitFinished(location);
        assertThat(report.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(report.get("rowsRead").asLong()).isEqualTo(3);
        assertThat(report.get("rowsImported").asLong()).isEqualTo(3);
        assertThat(report.get("rowsRejected").asLong()).isZero();

        JsonNode legacy = api.get("/api/v1/feedback/LEG-2019-000001").as("complaints.officer").send().json();
        assertThat(legacy.get("status").asString()).isEqualTo("CLOSED");
        assertThat(legacy.get("channel").asString()).isEqualTo("PHONE");
        assertThat(legacy.get("description").asString()).isEqualTo("Pothole on Mill Road, reported twice");
        assertThat(legacy.at("/contact/address/postcode").asString()).isEqualTo("CB7 4AA");
        assertThat(legacy.at("/acknowledgement/sentAt").asString()).isEqualTo("2019-03-02T09:00:00Z");
        JsonNode imported = legacy.get("timeline").get(0);
        assertThat(imported.get("event").asString()).isEqualTo("Imported");
        assertThat(imported.get("actor").asString()).isEqualTo("complaints.officer");
        assertThat(Instant.parse(imported.get("at").asString())).isEqualTo(Instant.parse("2019-03-01T10:15:00Z"));
        assertThat(imported.get("detail").asString()).isEqualTo("Imported from a legacy system by complaints.officer (import "
                + location.substring(location.lastIndexOf('/') + 1) + ", line 2); received 1 March 2019 by phone.");
        records.recordOnTimeline("LEG-2019-000001", "complaints.officer", "Note added", "Checked after the import");
        JsonNode timeline = api.get("/api/v1/feedback/LEG-2019-000001").as("complaints.officer").send().json().get("timeline");
        assertThat(timeline).extracting(entry -> entry.get("event").asString()).containsExactly("Imported", "Note added");
        assertThat(api.get("/api/v1/feedback/FB-2018-000042").as("complaints.officer").send().status()).isEqualTo(200);
        assertThat(jdbc.sql("select description from feedback where reference = 'FB-2018-000042'").query(String.class).single())
                .as("backslashes, tabs and line ends stored exactly as given")
                .isEqualTo("Anonymous \\N comment\twith a tab,\r\nC:\\path and \\.");
        String issued = jdbc.sql("select reference from feedback where chosen_type = 'COMPLIMENT'").query(String.class).single();
        assertThat(issued).matches("FB-2020-\\d{6}");
        assertThat(jdbc.sql("select description from feedback where reference = :r").param("r", issued).query(String.class).single())
                .isEqualTo("Thank you, \"library\" staff\nfor your help");
        // for retention, a closed imported case was last active when received, until something is added to its timeline
        assertThat(records.closedBefore(Instant.parse("2021-01-01T00:00:00Z"), 0, 100_000))
                .extracting(ClosedFeedback::reference).contains(issued).doesNotContain("LEG-2019-000001");

        // historical: nothing is sent and nothing is due
        assertThat(count("select count(*) from outgoing_message where reference in ('LEG-2019-000001', 'FB-2018-000042', '"
                + issued + "')")).isZero();
        assertThat(count("select count(*) from event_publication where serialized_event like '%LEG-2019-000001%'")).isZero();
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> java.util.Arrays.stream(smtp.getReceivedMessages())
                .noneMatch(m -> GreenMailUtil.getBody(m).contains("LEG-2019-000001")));
        // the sequence moved past the imported FB-2018-000042, so new references never collide with it
        Api.Response fresh = api.post("/api/v1/feedback", """
                {"description": "New after import", "contact": {"name": "Jo", "email": "jo@example.org"}}""").send();
        assertThat(fresh.status()).isEqualTo(201);
        assertThat(Long.parseLong(fresh.json().get("reference").asString().substring(8))).isGreaterThan(42);
    }

    @Test
    void reportsRejectedRowsWithTheirLineNumbersAndReasonsAndImportsTheRest() {
        String csv = HEADER
                + "LEG-2019-000100,COMPLAINT,PHONE,2019-03-01T10:15:00Z,highways,Valid row,,,false,Kim,kim@example.org,,,,,,,,,,CLOSED,\n"
                + "LEG-2019-000100,COMPLAINT,PHONE,2019-03-01T10:15:00Z,highways,Same reference again,,,false,Kim,kim@example.org,,,,,,,,,,CLOSED,\n"
                + "NOT A REF,COMPLAINT,PIGEON,yesterday,nowhere,,,,false,,not-an-email,,,,,,,,,,OPEN,\n"
                + ",COMPLAINT,EMAIL,2019-03-01T10:15:00Z,,\"Multi\nline\ndescription\",,,false,Lee,lee@example.org,,,,,,,,,,CLOSED,\n"
                + ",COMPLAINT,EMAIL,2099-03-01T10:15:00Z,,From the future,,,false,Lee,lee@example.org,,,,,,,,,,CLOSED,\n"
                + "too,few,values\n";

        long before = count("select count(*) from feedback");

        Api.Response response = api.post("/api/v1/imports", csv, "text/csv; charset=UTF-8").as("admin").send();

        assertThat(response.status()).isEqualTo(202);
        JsonNode report = awaitFinished(response.header("Location"));
        assertThat(report.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(report.get("rowsRead").asLong()).isEqualTo(6);
        assertThat(report.get("rowsImported").asLong()).isEqualTo(2);
        assertThat(report.get("rowsRejected").asLong()).isEqualTo(4);
        JsonNode rejected = report.get("rejected");
        assertThat(rejected.size()).isEqualTo(4);
        assertThat(rejected.get(0).get("line").asLong()).isEqualTo(3);
        assertThat(rejected.get(0).at("/errors/0/field").asString()).isEqualTo("reference");
        assertThat(rejected.get(0).at("/errors/0/message").asString()).contains("line 2");
        assertThat(rejected.get(1).get("line").asLong()).isEqualTo(4);
        assertThat(rejected.get(1).get("reference").asString()).isEqualTo("NOT A REF");
        List<String> fields = rejected.get(1).get("errors").valueStream().map(e -> e.get("field").asString()).toList();
        assertThat(fields).contains("reference", "channel", "receivedAt", "status");
        // the multi-line row starts on line 5 and spans three lines, so the future one is on line 8
        assertThat(rejected.get(2).get("line").asLong()).isEqualTo(8);
        assertThat(rejected.get(2).at("/errors/0/field").asString()).isEqualTo("receivedAt");
        assertThat(rejected.get(3).get("line").asLong()).isEqualTo(9);
        assertThat(rejected.get(3).at("/errors/0/field").asString()).isEqualTo("row");
        assertThat(count("select count(*) from feedback")).isEqualTo(before + 2);
    }

    @Test
    void batchesStoredAtTheSameTimeImportARepeatedReferenceOnceAndCountEveryRow() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 8; i++) {
            String reference = i == 7 ? "LEG-2017-000701" : String.format("LEG-2017-%06d", 700 + i);
            csv.append(reference).append(",COMPLAINT,PHONE,2017-05-0").append(i).append("T10:00:00Z,highways,Row ").append(i)
                    .append(",,,false,Pat,pat@example.org,,,,,,,,,,CLOSED,\n");
        }

        JsonNode report = awaitFinished(api.post("/api/v1/imports", csv.toString(), "text/csv").as("admin").send()
                .header("Location"));

        assertThat(report.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(report.get("rowsRead").asLong()).isEqualTo(8);
        assertThat(report.get("rowsImported").asLong()).isEqualTo(7);
        assertThat(report.get("rowsRejected").asLong()).isEqualTo(1);
        assertThat(report.at("/rejected/0/errors/0/message").asString()).contains("already used");
        assertThat(count("select count(*) from feedback where reference = 'LEG-2017-000701'")).isEqualTo(1);
        assertThat(count("select count(*) from feedback where reference like 'LEG-2017-0007%'")).isEqualTo(7);
    }

    @Test
    void refusesAFileOverTheSizeLimitAndStoresNothing() {
        long imports = count("select count(*) from bulk_import");
        long feedback = count("select count(*) from feedback");
        StringBuilder csv = new StringBuilder(HEADER);
        while (csv.length() < 70 * 1024) {
            csv.append(",COMPLAINT,EMAIL,2019-03-01T10:15:00Z,,Filler row,,,false,Lee,lee@example.org,,,,,,,,,,CLOSED,\n");
        }

        Api.Response response = api.post("/api/v1/imports", csv.toString(), "text/csv").as("complaints.officer").send();

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(count("select count(*) from bulk_import")).isEqualTo(imports);
        assertThat(count("select count(*) from feedback")).isEqualTo(feedback);
    }

    @Test
    void refusesOtherContentTypesAndUnusableHeaders() {
        String csv = HEADER + ",COMPLAINT,EMAIL,2019-03-01T10:15:00Z,,Row,,,false,Lee,lee@example.org,,,,,,,,,,CLOSED,\n";
        long imports = count("select count(*) from bulk_import");

        assertThat(api.post("/api/v1/imports", "{\"rows\": []}", "application/json").as("complaints.officer").send().status())
                .isEqualTo(415);
        assertThat(api.post("/api/v1/imports", csv, "text/csv; charset=ISO-8859-1").as("complaints.officer").send().status())
                .isEqualTo(415);
        Api.Response badHeader = api.post("/api/v1/imports", "reference,descripton,receivedAt\n", "text/csv")
                .as("complaints.officer").send();
        assertThat(badHeader.status()).isEqualTo(400);
        assertThat(badHeader.body()).contains("descripton").contains("'description' is required").contains("'status' is required");
        assertThat(api.post("/api/v1/imports", "", "text/csv").as("complaints.officer").send().status()).isEqualTo(400);
        assertThat(count("select count(*) from bulk_import")).isEqualTo(imports);
    }

    @Test
    void onlyAdministratorsAndComplaintsOfficersImport() {
        String csv = HEADER;
        assertThat(api.post("/api/v1/imports", csv, "text/csv").send().status()).isEqualTo(401);
        assertThat(api.post("/api/v1/imports", csv, "text/csv").as("customer.services").send().status()).isEqualTo(403);
        assertThat(api.get("/api/v1/imports/1").as("investigator").send().status()).isEqualTo(403);
        assertThat(api.get("/api/v1/imports/999999").as("admin").send().status()).isEqualTo(404);
    }
}
