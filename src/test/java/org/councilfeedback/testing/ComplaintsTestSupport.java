package org.councilfeedback.testing;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.councilfeedback.correspondence.Correspondence;
import org.councilfeedback.correspondence.OutgoingMessage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The whole application with a clock tests can move and a real SMTP server (GreenMail) to receive its emails. Helpers
 * record feedback and call the complaint API as the demo staff accounts.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
public abstract class ComplaintsTestSupport {

    private static final int SMTP_PORT = freePort();

    /** One real SMTP server for every test class (they share the application context); each test reads its own emails. */
    protected static final GreenMail greenMail = startMailServer();

    /** The test SMTP server; and PostgreSQL instead of H2 when the build sets {@code test.postgres.url}. */
    @DynamicPropertySource
    static void mailServerAndDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        String postgres = System.getProperty("test.postgres.url", "");
        if (!postgres.isBlank()) {
            registry.add("spring.datasource.url", () -> postgres);
            registry.add("spring.datasource.username", () -> System.getProperty("test.postgres.user", "postgres"));
            registry.add("spring.datasource.password", () -> System.getProperty("test.postgres.password", ""));
        }
    }

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected Clock applicationClock;

    @Autowired
    protected UserDetailsService users;

    @Autowired
    protected Correspondence correspondence;

    @Autowired
    protected JdbcClient jdbc;

    // recording feedback

    /** A unique email address, so a test only reads its own emails. */
    protected static String newEmail() {
        return "person-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** Records feedback by phone as customer services, received at the clock's time, replying by email. */
    protected String recordFeedback(String type, LocalDate eventDate, String email) throws Exception {
        String body = """
                {"type": "%s", "channel": "PHONE", "receivedAt": "%s", "serviceArea": "highways",
                 "description": "The pavement outside my house has been broken for months and nobody came.",
                 "desiredOutcome": "Fix it and apologise", %s
                 "contact": {"name": "Sam Smith", "email": "%s", "phone": "01234 567890",
                   "address": {"line1": "1 High Street", "townOrCity": "Ely", "postcode": "CB7 4AA"},
                   "preferredContactMethod": "EMAIL"}}"""
                .formatted(type, clock.instant(), eventDate == null ? "" : "\"eventDate\": \"" + eventDate + "\",", email);
        MvcResult result = mvc.perform(post("/api/v1/feedback").with(as("customer.services"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn();
        if (result.getResponse().getStatus() != 201) {
            throw new AssertionError("Recording feedback failed: " + result.getResponse().getContentAsString());
        }
        return text(result.getResponse().getContentAsString(), "$.reference");
    }

    /** Records a complaint and classifies it to {@code process} as the owning team; returns the reference. */
    protected String openComplaint(String process, String email) throws Exception {
        String reference = recordFeedback("COMPLAINT", null, email);
        String classifier = switch (process) {
            case "ADULT_SOCIAL_CARE", "CHILDRENS_SOCIAL_CARE" -> "social.care";
            case "DATA_PROTECTION" -> "dpo";
            default -> "complaints.officer";
        };
        call(classifier, post("/api/v1/feedback/" + reference + "/classification"),
                "{\"type\": \"COMPLAINT\", \"process\": \"" + process + "\"}", 200);
        return reference;
    }

    // calling the API

    protected org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    /** Performs the request as {@code username} (or anonymously when null), checks the status and returns the body. */
    protected String call(String username, MockHttpServletRequestBuilder request, String body, int expectedStatus)
            throws Exception {
        if (username != null) {
            request.with(as(username));
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        MvcResult result = mvc.perform(request).andReturn();
        String content = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        if (result.getResponse().getStatus() != expectedStatus) {
            throw new AssertionError("Expected " + expectedStatus + " but was " + result.getResponse().getStatus()
                    + " for " + result.getRequest().getMethod() + " " + result.getRequest().getRequestURI() + ": " + content);
        }
        return content;
    }

    protected String postAs(String username, String path, String body, int expectedStatus) throws Exception {
        return call(username, post(path), body, expectedStatus);
    }

    protected String putAs(String username, String path, String body, int expectedStatus) throws Exception {
        return call(username, put(path), body, expectedStatus);
    }

    protected String getAs(String username, String path, int expectedStatus) throws Exception {
        return call(username, get(path), null, expectedStatus);
    }

    protected String record(String reference) throws Exception {
        return getAs("complaints.officer", "/api/v1/feedback/" + reference, 200);
    }

    /** The value at a JSON path as text (numbers and booleans too); null for JSON null. */
    protected static String text(String json, String path) {
        Object value = JsonPath.read(json, path);
        return value == null ? null : value.toString();
    }

    protected static List<Object> list(String json, String path) {
        return JsonPath.read(json, path);
    }

    // messages

    /** Waits for a stored message for the case that matches, and returns it. */
    protected OutgoingMessage awaitMessage(String reference, Predicate<OutgoingMessage> matching) {
        return await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50))
                .until(() -> correspondence.forReference(reference).stream().filter(matching).findFirst().orElse(null),
                        message -> message != null);
    }

    protected List<OutgoingMessage> messages(String reference) {
        return correspondence.forReference(reference);
    }

    /** Waits until GreenMail has received at least {@code count} emails to the address, and returns them. */
    protected List<MimeMessage> awaitEmails(String address, int count) {
        return await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50))
                .until(() -> emailsTo(address), emails -> emails.size() >= count);
    }

    /** Waits for an email to the address whose subject contains {@code subjectPart}, and returns its text. */
    protected String awaitEmail(String address, String subjectPart) {
        MimeMessage found = await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50))
                .until(() -> emailsTo(address).stream().filter(m -> subjectOf(m).contains(subjectPart)).findFirst().orElse(null),
                        message -> message != null);
        return bodyOf(found);
    }

    protected List<MimeMessage> emailsTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(to -> to.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }

    protected static String bodyOf(MimeMessage message) {
        try {
            return message.getContent().toString().replace("\r\n", "\n");
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    protected static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GreenMail startMailServer() {
        GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
