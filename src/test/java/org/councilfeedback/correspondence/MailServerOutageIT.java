package org.councilfeedback.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Duration;
import org.councilfeedback.support.Api;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With the mail server down nothing is lost: the acknowledgement waits and goes by itself when the server is back. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mail.port=3926", "council-feedback.mail.retry-interval=500ms", "council-feedback.mail.retry-backoff=500ms"})
class MailServerOutageIT {

    @LocalServerPort
    int port;

    @Autowired
    Correspondence correspondence;

    GreenMail smtp;

    @AfterEach
    void stopMailServer() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void acknowledgementWaitsWhileTheMailServerIsDownAndIsSentOnceWhenItReturns() {
        Api api = new Api(port);
        Api.Response response = api.post("/api/v1/feedback", """
                {"channel": "EMAIL", "description": "Emailed complaint about a missed bin.",
                 "contact": {"name": "Lee Mail", "email": "lee@example.org"}}""").as("customer.services").send();
        assertThat(response.status()).isEqualTo(201);
        String reference = response.json().get("reference").asString();

        OutgoingMessage waiting = await().atMost(Duration.ofSeconds(10)).until(
                () -> correspondence.forReference(reference).stream().filter(m -> m.attempts() > 0).findFirst().orElse(null),
                m -> m != null && m.lastError() != null);
        assertThat(waiting.status()).isIn(MessageStatus.PENDING, MessageStatus.SENDING);
        assertThat(api.get("/api/v1/feedback/" + reference).as("customer.services").send().json()
                .at("/acknowledgement/sentAt").isNull()).isTrue();

        smtp = new GreenMail(new ServerSetup(3926, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();

        assertThat(smtp.waitForIncomingEmail(15_000, 1)).isTrue();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(api.get("/api/v1/feedback/" + reference)
                .as("customer.services").send().json().at("/acknowledgement/sentAt").isNull()).isFalse());
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> smtp.getReceivedMessages().length == 1);
        assertThat(correspondence.forReference(reference)).singleElement()
                .satisfies(message -> assertThat(message.status()).isEqualTo(MessageStatus.SENT));
    }
}
