package org.councilfeedback.correspondence;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The embedded default's local mail server: a real SMTP server inside the application that keeps every email it is
 * sent, so that a newcomer can read the acknowledgements in the staff application. Never used in production.
 */
@Component
@ConditionalOnProperty(name = "council-feedback.mail-capture.enabled", havingValue = "true")
public class MailCapture implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(MailCapture.class);
    private final GreenMail server;

    MailCapture(@Value("${council-feedback.mail-capture.port:3025}") int port) {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        log.info("Local mail capture listening on 127.0.0.1:{}; read captured email at /staff/mail", port);
    }

    /** An email as captured. */
    public record CapturedMail(String messageId, Instant receivedAt, String from, String to, String subject, String body) {}

    /** Every captured email, newest first. */
    public List<CapturedMail> messages() {
        List<CapturedMail> mails = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            try {
                mails.add(new CapturedMail(message.getMessageID(),
                        message.getSentDate() == null ? null : message.getSentDate().toInstant(),
                        addresses(message.getFrom()), addresses(message.getRecipients(Message.RecipientType.TO)),
                        message.getSubject(), GreenMailUtil.getBody(message)));
            } catch (MessagingException e) {
                log.warn("Unreadable captured message: {}", e.getMessage());
            }
        }
        java.util.Collections.reverse(mails);
        return mails;
    }

    private static String addresses(jakarta.mail.Address[] addresses) {
        return addresses == null ? "" : Arrays.stream(addresses).map(Object::toString).collect(Collectors.joining(", "));
    }

    @Override
    public void destroy() {
        server.stop();
    }
}
