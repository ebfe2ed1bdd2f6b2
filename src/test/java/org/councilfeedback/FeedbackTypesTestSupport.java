package org.councilfeedback;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.councilfeedback.intake.FeedbackRecord;
import org.councilfeedback.intake.FeedbackRecords;
import org.councilfeedback.intake.FeedbackStatus;
import org.councilfeedback.intake.FeedbackType;
import org.councilfeedback.triage.FeedbackClassified;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * End-to-end support for the compliments, suggestions and representations tests: the whole application with MockMvc,
 * a real SMTP server (GreenMail) on the test mail port, feedback recorded through the API, and classification
 * published as the classification endpoint does (the type changed and {@link FeedbackClassified} in one transaction).
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class FeedbackTypesTestSupport {

    @RegisterExtension
    protected static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(org.councilfeedback.support.TestMailPort.PORT, "127.0.0.1", "smtp"))
            .withPerMethodLifecycle(false);

    protected static final JsonMapper JSON = JsonMapper.builder().build();
    // Long enough for an email's second retry: a mail server restarted between test classes leaves each sending
    // thread's kept-open SMTP connection stale, which costs one failed attempt per thread (retried after 5 s, then 10 s).
    protected static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected FeedbackRecords records;
    @Autowired
    protected ApplicationEventPublisher events;
    @Autowired
    protected TransactionTemplate transactions;
    @Autowired
    protected Clock clock;

    protected static RequestPostProcessor as(String username, String role) {
        return user(username).roles(role);
    }

    protected static RequestPostProcessor customerServices() {
        return as("customer.services", "CUSTOMER_SERVICES");
    }

    protected static RequestPostProcessor complaintsOfficer() {
        return as("complaints.officer", "COMPLAINTS_OFFICER");
    }

    protected static RequestPostProcessor director() {
        return as("director", "DIRECTOR");
    }

    /** A person and how they want us to reply. */
    public record Person(String name, String email, String phone, String postcode, String method) {

        public static Person byEmail(String email) {
            return new Person("Sam Smith", email, null, null, "EMAIL");
        }

        public static Person byLetter() {
            return new Person("Pat Jones", null, null, "CB7 4AA", "LETTER");
        }

        public static Person byPhone() {
            return new Person("Alex Brown", null, "01223 123456", null, "PHONE");
        }
    }

    /** Records feedback as customer services (a phone call) and returns its reference. */
    protected String submit(FeedbackType type, String serviceArea, String description, Person person) throws Exception {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("name", person.name());
        contact.put("email", person.email());
        contact.put("phone", person.phone());
        if (person.postcode() != null) {
            contact.put("address", Map.of("line1", "1 High Street", "townOrCity", "Ely", "postcode", person.postcode()));
        }
        contact.put("preferredContactMethod", person.method());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.name());
        body.put("channel", "PHONE");
        if (serviceArea != null) {
            body.put("serviceArea", serviceArea);
        }
        body.put("description", description);
        body.put("contact", contact);
        String response = mvc.perform(post("/api/v1/feedback").with(customerServices())
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JSON.readTree(response).get("reference").asString();
    }

    /** What the classification endpoint does: changes the type and publishes the event in one transaction. */
    protected void classify(String reference, FeedbackType type) {
        FeedbackRecord record = records.find(reference).orElseThrow();
        transactions.executeWithoutResult(tx -> {
            records.changeType(reference, type);
            records.changeStatus(reference, FeedbackStatus.IN_PROGRESS);
            events.publishEvent(new FeedbackClassified(reference, type, record.chosenType(), null, null,
                    type == record.chosenType() ? null : "Reclassified by the complaints officer", false,
                    "complaints.officer", Instant.now(clock)));
        });
    }

    protected JsonNode json(String body) {
        return JSON.readTree(body);
    }

    protected static String body(Object value) {
        return JSON.writeValueAsString(value);
    }

    protected static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            return (content instanceof String text ? text : GreenMailUtil.getBody(message)).replace("\r\n", "\n");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Emails received for {@code to} whose subject contains {@code subjectPart}. */
    protected static List<MimeMessage> mails(String to, String subjectPart) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(message -> {
            try {
                return message.getSubject() != null && message.getSubject().contains(subjectPart)
                        && Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(address -> address.toString().equalsIgnoreCase(to));
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }

    /** Waits for exactly one such email and returns its body. */
    protected static String awaitMail(String to, String subjectPart) {
        await().atMost(WAIT).until(() -> !mails(to, subjectPart).isEmpty());
        return text(mails(to, subjectPart).get(0));
    }
}
