package org.councilfeedback.correspondence;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Hands emails to the council's mail server over SMTP. */
@Component
class EmailSender {

    private final JavaMailSender mail;
    private final String from;

    EmailSender(JavaMailSender mail, @Value("${council-feedback.mail.from}") String from) {
        this.mail = mail;
        this.from = from;
    }

    /** Sends the message; a stable Message-ID lets a mail server or reader recognise a retried copy. */
    void send(OutgoingMessage message) throws MailException, MessagingException {
        MimeMessage mime = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(message.recipient());
        helper.setSubject(message.subject());
        helper.setText(message.body(), false);
        mime.setHeader("X-Feedback-Reference", message.reference());
        mime.setHeader("X-Message-Kind", message.kind().name());
        mail.send(new StableIdMimeMessage(mime, "<message-" + message.id() + "." + message.reference() + "@council-feedback>"));
    }

    /** Keeps a Message-ID derived from the stored message, so that every attempt carries the same one. */
    private static final class StableIdMimeMessage extends MimeMessage {

        private final String messageId;

        StableIdMimeMessage(MimeMessage source, String messageId) throws MessagingException {
            super(source);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
