package org.councilfeedback.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.councilfeedback.correspondence.MessageKind;
import org.councilfeedback.correspondence.MessageStatus;
import org.councilfeedback.correspondence.OutgoingMessage;
import org.councilfeedback.intake.ContactMethod;
import org.councilfeedback.organisation.CouncilProfile;
import org.councilfeedback.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hostile input corpus ({@code src/test/resources/hostile/cases.jsonl}, one case a line) against every public
 * endpoint: malformed, oversized and deeply nested JSON, invalid UTF-8 and NUL bytes, script, template and SQL
 * injection, wrong types, missing and unknown fields, huge headers, wrong methods and content types, path traversal and
 * overlong references. Nothing may be answered 5xx; a case marked {@code 4xx} must be refused; whatever is refused
 * stores nothing; whatever is accepted is stored exactly as sent, and markup in it is shown escaped (inert); and the
 * server keeps serving throughout.
 *
 * <p>Each case: {@code id}, {@code method}, {@code path}, {@code headers}, {@code body} (text) or {@code bodyBase64}
 * (bytes), {@code expect} ({@code 4xx}, {@code 201}, {@code 200}, {@code not5xx}, or {@code 501} for the one method
 * HTTP says to answer so, CONNECT), {@code markup} (check escaping),
 * {@code mayClose} (the server may close the connection without an answer, as it does for oversized requests).
 * {@code {{repeat:TEXT:N}}} in a path, header or body stands for TEXT written N times.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "council-feedback.intake.rate-limit.burst=100000", "council-feedback.intake.rate-limit.per-minute=100000"})
class HostileInputIT {

    static final Pattern REPEAT = Pattern.compile("\\{\\{repeat:(.*?):(\\d+)\\}\\}", Pattern.DOTALL);
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<String> DANGEROUS = List.of("<script", "<img", "<svg", "<iframe", "<a href", "<style", "<meta", "<b ");

    @LocalServerPort
    int port;

    /** No mail server: acknowledgements wait and retry, which is not what this test is about. */
    @DynamicPropertySource
    static void noMailServer(DynamicPropertyRegistry registry) {
        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        registry.add("spring.mail.port", () -> port);
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TemplateEngine templates;

    @Autowired
    CouncilProfile profile;

    record Case(String id, String method, String path, Map<String, String> headers, byte[] body, String expect,
            boolean markup, boolean mayClose) {}

    static List<Case> corpus() throws Exception {
        List<Case> cases = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(HostileInputIT.class.getResourceAsStream("/hostile/cases.jsonl")), StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = JSON.readTree(line);
                Map<String, String> headers = new LinkedHashMap<>();
                if (node.has("headers")) {
                    node.get("headers").properties().forEach(e -> headers.put(e.getKey(), expand(e.getValue().asString())));
                }
                byte[] body = node.has("bodyBase64") ? Base64.getDecoder().decode(node.get("bodyBase64").asString())
                        : node.has("body") ? expand(node.get("body").asString()).getBytes(StandardCharsets.UTF_8) : null;
                cases.add(new Case(node.get("id").asString(), node.get("method").asString(), expand(node.get("path").asString()),
                        headers, body, node.path("expect").asString("not5xx"), node.path("markup").asBoolean(false),
                        node.path("mayClose").asBoolean(false)));
            }
        }
        return cases;
    }

    static String expand(String text) {
        Matcher matcher = REPEAT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1).repeat(Integer.parseInt(matcher.group(2)))));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    long feedbackCount() {
        return jdbc.sql("select count(*) from feedback").query(Long.class).single();
    }

    @Test
    void noHostileRequestCausesA5xxStoresWhatItShouldNotOrStopsTheServer() throws Exception {
        List<Case> cases = corpus();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(200);
        assertThat(cases.stream().map(Case::id).distinct().count()).isEqualTo(cases.size());
        RawHttp http = new RawHttp(port);
        Api api = new Api(port);
        SoftAssertions softly = new SoftAssertions();
        Map<String, String> accepted = new LinkedHashMap<>();
        int answered = 0;
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            long before = feedbackCount();
            RawHttp.Response response = http.send(c.method(), c.path(), c.headers(), c.body());
            long after = feedbackCount();
            int status = response.status();
            String label = c.id() + " answered " + status;
            if (status == -1) {
                softly.assertThat(c.mayClose()).as(label + ": closed without an answer").isTrue();
            } else {
                answered++;
                if (!c.expect().equals("501")) {
                    softly.assertThat(status).as(label + ": no 5xx").isLessThan(500);
                }
                switch (c.expect()) {
                    case "501" -> softly.assertThat(status).as(label + ": not implemented").isEqualTo(501);
                    case "4xx" -> softly.assertThat(status).as(label + ": refused").isBetween(400, 499);
                    case "201" -> softly.assertThat(status).as(label + ": accepted " + response.body()).isEqualTo(201);
                    case "200" -> softly.assertThat(status).as(label + ": answered").isEqualTo(200);
                    default -> { }
                }
                String accept = c.headers().getOrDefault("Accept", "application/json");
                boolean appLevel = c.id().startsWith("feedback-") && !c.id().startsWith("feedback-method-")
                        && accept.startsWith("application/json") && status != 406;
                if (status >= 400 && appLevel) {
                    softly.assertThat(response.header("content-type")).as(label + ": problem+json")
                            .containsAnyOf("application/problem+json", "application/json");
                }
            }
            if (status == 201) {
                softly.assertThat(after).as(label + ": stored once").isEqualTo(before + 1);
                String reference = JSON.readTree(response.body()).get("reference").asString();
                JsonNode sent = JSON.readTree(c.body()); // as the server reads it: bytes, encoding detected
                Map<String, Object> stored = jdbc.sql("select description, desired_outcome, contact_name from feedback where reference = :r")
                        .param("r", reference).query().singleRow();
                softly.assertThat(stored.get("description")).as(label + ": description stored exactly")
                        .isEqualTo(sent.get("description").asString());
                if (sent.has("desiredOutcome")) {
                    softly.assertThat(stored.get("desired_outcome")).as(label + ": outcome stored exactly")
                            .isEqualTo(sent.get("desiredOutcome").asString());
                }
                if (sent.at("/contact/name").isString()) {
                    softly.assertThat(stored.get("contact_name")).as(label + ": name stored exactly")
                            .isEqualTo(sent.at("/contact/name").asString());
                }
                if (c.markup()) {
                    accepted.put(reference, String.join("\n", Arrays.asList(sent.get("description").asString(),
                            sent.path("desiredOutcome").asString(""), sent.at("/contact/name").asString())));
                }
            } else {
                softly.assertThat(after).as(label + ": nothing stored").isEqualTo(before);
            }
            if (i % 25 == 24) {
                softly.assertThat(api.get("/actuator/health").send().status()).as("health after " + c.id()).isEqualTo(200);
            }
        }
        Api.Response health = api.get("/actuator/health").send();
        softly.assertThat(health.status()).isEqualTo(200);
        softly.assertThat(health.body()).contains("UP");
        softly.assertThat(answered).as("cases answered").isGreaterThan(cases.size() * 9 / 10);
        softly.assertThat(accepted).as("markup cases accepted").hasSizeGreaterThan(30);

        for (var entry : accepted.entrySet()) {
            shownInert(softly, api, entry.getKey(), entry.getValue());
        }
        softly.assertAll();
        System.out.printf("HOSTILE INPUT: %d cases, %d answered (the rest closed by the server, as allowed), %d with markup "
                + "accepted and checked escaped%n", cases.size(), answered, accepted.size());
    }

    /**
     * Accepted markup is inert wherever it is shown: as JSON with nosniff and a no-script policy in the API, escaped in
     * the HTML of letters, and escaped on the staff case page (when that page exists).
     */
    void shownInert(SoftAssertions softly, Api api, String reference, String texts) {
        Api.Response json = api.get("/api/v1/feedback/" + reference).as("complaints.officer").send();
        softly.assertThat(json.status()).isEqualTo(200);
        softly.assertThat(json.header("Content-Type")).startsWith("application/json");
        softly.assertThat(json.header("X-Content-Type-Options")).isEqualTo("nosniff");
        softly.assertThat(json.header("Content-Security-Policy")).contains("default-src 'none'");

        Context context = new Context();
        context.setVariable("council", profile);
        context.setVariable("message", new OutgoingMessage(1, reference, MessageKind.ACKNOWLEDGEMENT, ContactMethod.LETTER,
                MessageStatus.PRINT_QUEUED, "name", texts, "Subject " + texts, texts, LocalDate.now(), null, null, null, 0, null, false, null));
        context.setVariable("addressLines", Arrays.asList(texts.split("\n")));
        context.setVariable("paragraphs", Arrays.asList(texts.split("\n\n")));
        context.setVariable("date", "today");
        String letter = templates.process("letters/letter", context);
        assertEscaped(softly, "letter for " + reference, letter, texts);

        Api.Response page = api.get("/staff/feedback/" + reference).header("Accept", "text/html").as("complaints.officer").send();
        if (page.status() == 200 && page.header("Content-Type") != null && page.header("Content-Type").startsWith("text/html")) {
            assertEscaped(softly, "staff page for " + reference, page.body(), texts);
        }
    }

    static void assertEscaped(SoftAssertions softly, String where, String html, String texts) {
        for (String text : texts.split("\n")) {
            for (String dangerous : DANGEROUS) {
                int at = text.indexOf(dangerous);
                if (at >= 0) {
                    String raw = text.substring(at, Math.min(text.length(), at + 20));
                    softly.assertThat(html).as(where + ": no raw " + raw).doesNotContain(raw);
                    softly.assertThat(html).as(where + ": escaped " + raw).contains(escape(raw));
                }
            }
        }
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
