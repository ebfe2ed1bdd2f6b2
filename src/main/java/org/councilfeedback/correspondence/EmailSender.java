package org.councilfeedback.correspondence;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Hands emails to the council's mail server over SMTP. Each sending thread keeps its SMTP connection open between
 * emails (a new TCP connection and SMTP greeting per email cost more than the email), and tells its caller the moment
 * the server has accepted an email, before anything else happens on the connection: the caller records it then, so that
 * the window in which a crash can make us send an accepted email again is as short as it can be.
 */
@Component
class EmailSender implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmailSender.class);
    /**
     * A connection unused for longer is checked (NOOP, one round trip) before use: mail servers close idle connections,
     * and a restarted one has forgotten them. A connection in steady use is not checked; one that went stale in the
     * moment between two emails fails that email's attempt, which is retried as any failed attempt is.
     */
    static final Duration CHECK_IDLE_AFTER = Duration.ofSeconds(1);

    private final JavaMailSender mail;
    private final String from;
    private final Map<Thread, Connection> connections = new ConcurrentHashMap<>();

    EmailSender(JavaMailSender mail, @Value("${council-feedback.mail.from}") String from) {
        this.mail = mail;
        this.from = from;
    }

    /**
     * Sends the message and runs {@code accepted} as soon as the mail server has taken it. A stable Message-ID lets a
     * mail server or reader recognise a retried copy.
     */
    void send(OutgoingMessage message, Runnable accepted) throws MailException, MessagingException {
        MimeMessage mime = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(message.recipient());
        helper.setSubject(message.subject());
        helper.setText(message.body(), false);
        mime.setHeader("X-Feedback-Reference", message.reference());
        mime.setHeader("X-Message-Kind", message.kind().name());
        MimeMessage stable = new StableIdMimeMessage(mime, "<message-" + message.id() + "." + message.reference() + "@council-feedback>");
        if (!(mail instanceof JavaMailSenderImpl sender)) {
            mail.send(stable);
            accepted.run();
            return;
        }
        stable.setSentDate(new Date());
        stable.saveChanges();
        Connection connection = connections.computeIfAbsent(Thread.currentThread(), thread -> new Connection());
        Transport transport = connection.open(sender);
        try {
            transport.sendMessage(stable, stable.getAllRecipients());
        } catch (MessagingException | RuntimeException e) {
            connection.close();
            throw e;
        }
        connection.used();
        accepted.run();
    }

    @Override
    public void destroy() {
        connections.values().forEach(Connection::close);
        connections.clear();
    }

    /** One thread's SMTP connection. */
    private static final class Connection {

        private Transport transport;
        private long lastUsed;

        synchronized Transport open(JavaMailSenderImpl sender) throws MessagingException {
            // isConnected() asks the server (NOOP), so only for a connection that has been idle a while
            if (transport != null && System.nanoTime() - lastUsed > CHECK_IDLE_AFTER.toNanos() && !transport.isConnected()) {
                close();
            }
            if (transport == null) {
                Transport fresh = sender.getSession().getTransport(sender.getProtocol() == null ? "smtp" : sender.getProtocol());
                fresh.connect(sender.getHost(), sender.getPort(), sender.getUsername(), sender.getPassword());
                transport = fresh;
            }
            return transport;
        }

        synchronized void used() {
            lastUsed = System.nanoTime();
        }

        synchronized void close() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException e) {
                    log.debug("Closing an SMTP connection failed: {}", e.getMessage());
                }
                transport = null;
            }
        }
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
