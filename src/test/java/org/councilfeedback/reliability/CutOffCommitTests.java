package org.councilfeedback.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import javax.sql.DataSource;
import org.councilfeedback.intake.ContactDetails;
import org.councilfeedback.intake.FeedbackIntake;
import org.councilfeedback.intake.FeedbackSubmission;
import org.councilfeedback.intake.FeedbackType;
import org.councilfeedback.intake.Submitter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A commit whose outcome is cut off: PostgreSQL commits the submission with its event publications, but the connection
 * goes before the answer arrives (a restart under load), so the application sees the commit fail, answers 503, and no
 * after-commit listener runs. The submission must still be acknowledged, exactly once, and its other listeners run
 * once, without waiting for a restart. Here the commit is cut off on purpose (it goes through, then the driver throws),
 * with short staleness settings; production's are in application.yml. Likewise an email the mail server has taken is
 * marked sent through a brief database failure, rather than left to be sent a second time.
 */
@SpringBootTest(properties = {"spring.modulith.events.staleness.published=2s",
        "spring.modulith.events.staleness.processing=10s", "spring.modulith.events.staleness.resubmitted=10s",
        "spring.modulith.events.staleness.check-interval=1s", "council-feedback.events.resubmit-interval=1s",
        "council-feedback.events.resubmit-after=1s", "council-feedback.mail.retry-interval=1s"})
class CutOffCommitTests {

    static final GreenMail smtp = new GreenMail(new ServerSetup(AppProcess.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        smtp.start();
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @AfterAll
    static void stopMailServer() {
        smtp.stop();
    }

    @Autowired
    FeedbackIntake intake;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSubmissionWhoseCommitWentThroughUnseenIsAcknowledgedOnceWithoutARestart() {
        String description = "Cut-off commit " + System.nanoTime() + ": the pothole on Mill Road is back.";
        var submission = new FeedbackSubmission(FeedbackType.COMPLAINT, null, null, "highways", description,
                "Please fix it.", null, false, new ContactDetails("Sam Smith", "sam.cutoff@example.org", null, null, null), null);

        CutOffCommits.cutOffNextCommitWithEvents();
        assertThatThrownBy(() -> intake.submit(submission, Submitter.publicUser("10.0.0.9"), null))
                .as("the application saw the commit fail").isNotNull();

        String reference = jdbc.sql("select reference from feedback where description = :d").param("d", description)
                .query(String.class).single();
        assertThat(publications(reference)).as("its event publications were committed, none started").isPositive();

        long began = System.nanoTime();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> publications(reference) == 0
                && sent(reference) == 1);
        System.out.printf("CUT-OFF COMMIT: %s acknowledged and its events handed on %d ms after the commit%n", reference,
                (System.nanoTime() - began) / 1_000_000);

        // give any second run time to show itself
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(4)).until(() -> true);
        assertThat(sent(reference)).as("acknowledgements marked sent").isEqualTo(1);
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> reference.equals(header(m, "X-Feedback-Reference"))))
                .as("emails the mail server received for it").hasSize(1);
        assertThat(jdbc.sql("select count(*) from audit_entry where reference = :r and action = 'FEEDBACK_RECEIVED'")
                .param("r", reference).query(Long.class).single()).as("receipt audit entries").isEqualTo(1);
    }

    @Test
    void anEmailTheMailServerTookIsMarkedSentThroughABriefDatabaseFailureAndNotSentAgain() {
        String description = "Sent-record failure " + System.nanoTime() + ": the streetlight on Mill Road is out.";
        var submission = new FeedbackSubmission(FeedbackType.COMPLAINT, null, null, "highways", description,
                "Please fix it.", null, false, new ContactDetails("Ann Wright", "ann.sent@example.org", null, null, null), null);
        // the acknowledgement's own "sent" record, and the plain one tried after it, fail a few times
        CutOffCommits.failNextStatements("update outgoing_message set status = 'SENT'", 3);

        String reference = intake.submit(submission, Submitter.publicUser("10.0.0.10"), null).receipt().reference();

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> sent(reference) == 1);
        CutOffCommits.failNextStatements("", 0);
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(4)).until(() -> true);
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> reference.equals(header(m, "X-Feedback-Reference"))))
                .as("emails the mail server received for it").hasSize(1);
        assertThat(jdbc.sql("select count(*) from outgoing_message where reference = :r and status <> 'SENT'")
                .param("r", reference).query(Long.class).single()).as("left waiting to be sent again").isZero();
    }

    private long publications(String reference) {
        return jdbc.sql("select count(*) from event_publication where serialized_event like :r")
                .param("r", "%" + reference + "%").query(Long.class).single();
    }

    private long sent(String reference) {
        return jdbc.sql("select count(*) from outgoing_message where reference = :r and status = 'SENT'")
                .param("r", reference).query(Long.class).single();
    }

    private static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, null);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @TestConfiguration
    static class Config {
        @Bean
        static BeanPostProcessor cutOffCommits() {
            return new CutOffCommits();
        }
    }

    /**
     * Wraps the data source: when armed, the next commit of a transaction that stored event publications goes through
     * and then fails, as when the connection is cut while the commit's answer is on its way.
     */
    static class CutOffCommits implements BeanPostProcessor {

        private static final ThreadLocal<Boolean> armed = new ThreadLocal<>();
        private static final java.util.concurrent.atomic.AtomicInteger failingStatements = new java.util.concurrent.atomic.AtomicInteger();
        private static volatile String failingStatement = "";

        static void cutOffNextCommitWithEvents() {
            armed.set(true);
        }

        /** The next {@code times} statements (on any thread) containing {@code sql} fail, as when no connection is free. */
        static void failNextStatements(String sql, int times) {
            failingStatement = sql;
            failingStatements.set(times);
        }

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (bean instanceof DataSource dataSource && !(bean instanceof DelegatingDataSource)) {
                return new DelegatingDataSource(dataSource) {
                    @Override
                    public Connection getConnection() throws SQLException {
                        return wrap(super.getConnection());
                    }
                };
            }
            return bean;
        }

        private static Connection wrap(Connection connection) {
            boolean[] storedEvents = {false};
            InvocationHandler handler = (proxy, method, args) -> {
                String name = method.getName();
                if ((name.equals("prepareStatement") || name.equals("prepareCall")) && args != null && args[0] instanceof String sql
                        && sql.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").contains("insert into event_publication")) {
                    storedEvents[0] = true;
                }
                if (name.equals("prepareStatement") && args != null && args[0] instanceof String sql
                        && sql.replaceAll("\\s+", " ").contains(failingStatement) && !failingStatement.isEmpty()
                        && failingStatements.getAndUpdate(n -> Math.max(n - 1, 0)) > 0) {
                    throw new SQLException("Connection is not available, request timed out (failed on purpose)", "08001");
                }
                if (name.equals("commit") || name.equals("rollback") || name.equals("close")) {
                    boolean cutOff = name.equals("commit") && storedEvents[0] && Boolean.TRUE.equals(armed.get());
                    storedEvents[0] = false;
                    if (cutOff) {
                        armed.remove();
                        connection.commit();
                        throw new SQLException("An I/O error occurred while sending to the backend (cut off on purpose)", "08006");
                    }
                }
                try {
                    return method.invoke(connection, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            };
            return (Connection) Proxy.newProxyInstance(CutOffCommits.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
        }
    }
}
