package org.councilfeedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.councilfeedback.correspondence.MailCapture;
import org.councilfeedback.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The README's first command: the embedded default on an H2 file database with the demo profile, demo accounts and
 * the local mail capture, where a newcomer can read the acknowledgement that was sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "council-feedback.test.database=h2",
        "spring.datasource.url=jdbc:h2:file:./target/embedded-default-it/${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0",
        "council-feedback.mail-capture.enabled=true",
        "council-feedback.mail-capture.port=3927",
        "spring.mail.port=3927"})
class EmbeddedDefaultIT {

    @LocalServerPort
    int port;

    @Autowired
    MailCapture mailCapture;

    @Test
    void runsOnTheEmbeddedDatabaseWithDemoAccountsAndCapturesTheAcknowledgementEmail() {
        Api api = new Api(port);
        assertThat(api.get("/actuator/health").send().body()).contains("\"UP\"");

        Api.Response response = api.post("/api/v1/feedback", """
                {"type": "COMPLIMENT", "description": "The staff at Ely library were wonderful.",
                 "contact": {"name": "Mo Reader", "email": "mo@example.org"}}""").send();
        assertThat(response.status()).isEqualTo(201);
        String reference = response.json().get("reference").asString();

        await().atMost(Duration.ofSeconds(10)).until(() -> mailCapture.messages().stream()
                .anyMatch(mail -> mail.to().contains("mo@example.org") && mail.subject().contains(reference)));
        assertThat(api.get("/api/v1/feedback/" + reference).as("complaints.officer").send().status()).isEqualTo(200);
        assertThat(api.get("/api/v1/feedback/" + reference).as("dpo").send().status()).isEqualTo(200);
    }
}
