package org.councilfeedback.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.councilfeedback.intake.ContactMethod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The SMTP connection a sending thread keeps open between emails, against a real (in-process) mail server. */
class EmailSenderTests {

    final int port = freePort();
    GreenMail server = start();
    final EmailSender sender = new EmailSender(mailSender(), "feedback@council.example");

    @AfterEach
    void stop() {
        sender.destroy();
        server.stop();
    }

    @Test
    void sendsOnANewConnectionWhenTheMailServerRestartedSinceTheLastEmail() throws Exception {
        AtomicInteger accepted = new AtomicInteger();
        sender.send(message(1), accepted::incrementAndGet);
        server.stop();
        server = start();
        Thread.sleep(1_200); // a restart a little over a second before the next email

        sender.send(message(2), accepted::incrementAndGet);

        assertThat(accepted).hasValue(2);
        MimeMessage[] received = server.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getHeader("Message-ID")[0]).isEqualTo("<message-2.FB-2026-000002@council-feedback>");
    }

    GreenMail start() {
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    JavaMailSenderImpl mailSender() {
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(port);
        return mail;
    }

    static OutgoingMessage message(long id) {
        String reference = "FB-2026-00000" + id;
        return new OutgoingMessage(id, reference, MessageKind.ACKNOWLEDGEMENT, ContactMethod.EMAIL, MessageStatus.PENDING,
                "Sam Jones", "sam@example.org", "We have received your feedback " + reference, "Thank you.", null,
                Instant.now(), null, null, 0, null, false, null);
    }

    static int freePort() {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
