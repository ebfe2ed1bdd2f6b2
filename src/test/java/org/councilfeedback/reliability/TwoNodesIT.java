package org.councilfeedback.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilfeedback.support.TestDatabaseInitializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * DESIGN.md §3, "Stateless nodes": two instances of the packaged application against one PostgreSQL database, with
 * requests spread across both, as behind a load balancer. Reference numbers never collide, scheduled work (the email
 * retries) runs on one node at a time so nothing is sent twice, and a staff session made on one node works on the
 * other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

    String url;
    int smtpPort;
    GreenMail smtp;
    AppProcess nodeA;
    AppProcess nodeB;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    void startTwoNodes() {
        assumeTrue(AppProcess.jar().isPresent(), "the packaged application is needed: run mvn verify (package comes first)");
        boolean required = "postgres".equalsIgnoreCase(System.getenv("CF_TEST_DATABASE"));
        assumeTrue(required || TestDatabaseInitializer.postgresReachable(), "two nodes need PostgreSQL on 127.0.0.1:5432");
        url = TestDatabaseInitializer.createDatabase();
        smtpPort = AppProcess.freePort();
        List<String> settings = List.of("--spring.datasource.url=" + url,
                "--spring.datasource.username=" + TestDatabaseInitializer.USER, "--spring.datasource.password=",
                "--spring.profiles.active=reliability-test", "--council-feedback.demo-accounts=true",
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
                "--council-feedback.intake.rate-limit.per-minute=1000000000", "--council-feedback.intake.rate-limit.burst=1000000000",
                "--council-feedback.mail.retry-interval=1s", "--council-feedback.mail.retry-backoff=1s");
        nodeA = new AppProcess("node-a", AppProcess.freePort(), settings);
        nodeB = new AppProcess("node-b", AppProcess.freePort(), settings);
        // one after the other, as a rolling start does (the first one migrates the schema)
        nodeA.start();
        assertThat(nodeA.awaitHealthy(Duration.ofSeconds(120))).as("node A").isTrue();
        nodeB.start();
        assertThat(nodeB.awaitHealthy(Duration.ofSeconds(120))).as("node B").isTrue();
    }

    @AfterAll
    void stopNodes() {
        if (nodeA != null) {
            nodeA.close();
        }
        if (nodeB != null) {
            nodeB.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    @Order(1)
    void referencesNeverCollideAndEmailsWaitingForTheMailServerAreSentOnceByEitherNode() throws Exception {
        // the mail server is down: every acknowledgement waits, and both nodes' schedulers will want to retry them
        SubmissionLoad load = new SubmissionLoad("twonodes", 6, () -> List.of(nodeA.baseUrl(), nodeB.baseUrl())).start();
        try {
            AppProcess.sleep(6000);
        } finally {
            load.close();
        }
        List<SubmissionLoad.Outcome> outcomes = load.outcomes();
        List<String> references = outcomes.stream().filter(SubmissionLoad.Outcome::created).map(SubmissionLoad.Outcome::reference).toList();
        assertThat(references).hasSizeGreaterThan(20).doesNotHaveDuplicates();
        assertThat(outcomes).allSatisfy(o -> assertThat(o.status()).isEqualTo(201));

        AppProcess.quietMailServerLogs();
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        // retries back off (1 s, doubling), so the last ones may take a while; then a little longer for any repeat
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (smtp.getReceivedMessages().length < references.size() && System.nanoTime() < deadline) {
            AppProcess.sleep(500);
        }
        AppProcess.sleep(4000);
        Map<String, Integer> received = new HashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            received.merge(message.getHeader("X-Feedback-Reference")[0], 1, Integer::sum);
        }
        Set<String> stored = new HashSet<>();
        int locks;
        try (Connection c = DriverManager.getConnection(url, TestDatabaseInitializer.USER, "")) {
            try (ResultSet rs = c.createStatement().executeQuery("select reference from feedback")) {
                while (rs.next()) {
                    stored.add(rs.getString(1));
                }
            }
            try (ResultSet rs = c.createStatement().executeQuery("select count(*) from shedlock where name = 'email-dispatcher'")) {
                rs.next();
                locks = rs.getInt(1);
            }
        }
        System.out.printf("TWO NODES: %d submissions across two nodes, %d distinct references, %d stored, %d emails received "
                + "for %d references%n", outcomes.size(), new HashSet<>(references).size(), stored.size(),
                smtp.getReceivedMessages().length, received.size());
        assertThat(stored).containsAll(references).hasSize(references.size());
        assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(references);
        assertThat(received.values()).as("each acknowledgement sent once").allSatisfy(n -> assertThat(n).isEqualTo(1));
        assertThat(locks).as("the retry job takes its cluster-wide lock").isEqualTo(1);
    }

    @Test
    @Order(2)
    void aStaffSessionMadeOnOneNodeWorksOnTheOther() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(nodeA.baseUrl() + "/staff/sign-in")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(page.body());
        if (page.statusCode() != 200 || !csrf.find()) {
            abort("the staff sign-in page (GET /staff/sign-in with a _csrf field) is not there yet: answered " + page.statusCode());
        }
        String token = csrf.group(1) != null ? csrf.group(1) : csrf.group(2);
        String cookie = sessionCookie(page).orElseThrow();
        HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(URI.create(nodeA.baseUrl() + "/staff/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString("username=complaints.officer&password=demo&_csrf="
                        + URLEncoder.encode(token, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).as("signed in on node A").isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        String session = sessionCookie(signIn).orElse(cookie);

        String reference = http.send(HttpRequest.newBuilder(URI.create(nodeA.baseUrl() + "/api/v1/feedback"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"description\": \"Session test\", \"anonymous\": true}")).build(), HttpResponse.BodyHandlers.ofString())
                .body().replaceAll("(?s).*\"reference\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        HttpResponse<String> onB = http.send(HttpRequest.newBuilder(URI.create(nodeB.baseUrl() + "/api/v1/feedback/" + reference))
                .header("Cookie", session).header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(onB.statusCode()).as("node B knows the session made on node A").isEqualTo(200);
        assertThat(onB.body()).contains(reference);
        HttpResponse<String> without = http.send(HttpRequest.newBuilder(URI.create(nodeB.baseUrl() + "/api/v1/feedback/" + reference))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(without.statusCode()).isEqualTo(401);
    }

    private static java.util.Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=") || c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).reduce((a, b) -> b);
    }
}
