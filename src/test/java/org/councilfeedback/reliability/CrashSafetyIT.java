package org.councilfeedback.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.councilfeedback.support.TestDatabaseInitializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DESIGN.md §3, "Nothing is lost": the packaged application under load is killed with SIGKILL at random moments and
 * restarted each time. Afterwards every submission that was answered 201 is stored, nothing answered otherwise is
 * stored, and every stored submission has exactly one acknowledgement email marked SENT, received by a real SMTP server
 * (GreenMail, in this test) under exactly one Message-ID. A kill between the mail server accepting an email and the
 * database recording it can make the server receive that email twice, under the same Message-ID; the test counts such
 * repeats and prints them ({@code CRASH TEST …} lines).
 */
class CrashSafetyIT {

    static final int KILLS_POSTGRES = Integer.getInteger("crash.kills", 10);
    static final int KILLS_H2 = Integer.getInteger("crash.kills.h2", 3);
    /**
     * An email still "being sent" this long after its claim is sent again (its sender died). Longer than the slowest
     * possible send (SMTP connect, read and write timeouts), so that only a crash can cause a repeat.
     */
    static final int STUCK_AFTER_SECONDS = 15;
    /** See the application's settings in {@link #crashUnderLoad}. */
    static final int RESUBMITTED_STALE_AFTER_SECONDS = 20;
    static final int CLIENTS = 6;
    static final int ASYNC_THREADS = 8;

    GreenMail smtp;
    int smtpPort;

    @BeforeEach
    void startMailServer() {
        assumeTrue(AppProcess.jar().isPresent(), "the packaged application is needed: run mvn verify (package comes first)");
        smtpPort = AppProcess.freePort();
        AppProcess.quietMailServerLogs();
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopMailServer() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void postgresLosesNothingAcknowledgedWhenKilledUnderLoad() throws Exception {
        boolean required = "postgres".equalsIgnoreCase(System.getenv("CF_TEST_DATABASE"));
        assumeTrue(required || TestDatabaseInitializer.postgresReachable(), "PostgreSQL is not reachable on 127.0.0.1:5432");
        String url = TestDatabaseInitializer.createDatabase();
        crashUnderLoad("postgres", KILLS_POSTGRES, List.of("--spring.datasource.url=" + url,
                "--spring.datasource.username=" + TestDatabaseInitializer.USER, "--spring.datasource.password="),
                () -> DriverManager.getConnection(url, TestDatabaseInitializer.USER, ""));
    }

    @Test
    void embeddedH2FileDatabaseLosesNothingAcknowledgedWhenKilledUnderLoad(@TempDir Path data) throws Exception {
        // the embedded default's own URL (application.yml), only in a folder of this test
        String url = "jdbc:h2:file:" + data.resolve("council-feedback").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
        crashUnderLoad("h2", KILLS_H2, List.of("--spring.datasource.url=" + url), () -> DriverManager.getConnection(url, "sa", ""));
        assertThat(Files.list(data).count()).isPositive();
    }

    interface Database {
        Connection connect() throws SQLException;
    }

    void crashUnderLoad(String name, int kills, List<String> database, Database db) throws Exception {
        String run = "crash" + name + System.currentTimeMillis() % 100000;
        List<String> settings = new ArrayList<>(database);
        settings.addAll(List.of("--spring.profiles.active=reliability-test", "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort, "--council-feedback.intake.rate-limit.per-minute=1000000000",
                "--council-feedback.intake.rate-limit.burst=1000000000", "--council-feedback.mail.retry-interval=1s",
                "--council-feedback.mail.retry-backoff=1s", "--council-feedback.mail.stuck-after=" + STUCK_AFTER_SECONDS + "s",
                "--council-feedback.mail.dispatcher-lock=5s",
                // A kill just as a restarted node hands on what the last kill interrupted leaves those publications
                // "resubmitted" with nobody working on them; the staleness monitor hands them on again, here after
                // seconds rather than the production ten minutes, so that the test sees their emails.
                "--spring.modulith.events.staleness.resubmitted=" + RESUBMITTED_STALE_AFTER_SECONDS + "s",
                "--council-feedback.events.resubmit-after=5s"));
        Random random = new Random();
        long started = System.nanoTime();
        try (AppProcess app = new AppProcess("crash-" + name, AppProcess.freePort(), settings)) {
            app.start();
            assertThat(app.awaitHealthy(Duration.ofSeconds(120))).as("first start").isTrue();
            SubmissionLoad load = new SubmissionLoad(run, CLIENTS, () -> List.of(app.baseUrl())).start();
            try {
                for (int kill = 1; kill <= kills; kill++) {
                    if (kill % 4 == 0) {
                        // now and then while it is starting: mid-way through republishing what the last kill interrupted
                        app.kill();
                        app.start();
                        AppProcess.sleep(1500 + random.nextInt(2500));
                    } else {
                        AppProcess.sleep(1000 + random.nextInt(2500));
                    }
                    app.kill();
                    app.start();
                    assertThat(app.awaitHealthy(Duration.ofSeconds(120))).as("restart after kill " + kill).isTrue();
                }
                AppProcess.sleep(1500);
            } finally {
                load.close();
            }
            long mails = awaitQuiet(Duration.ofSeconds(120), db);
            app.stop();
            check(name, kills, run, db, load.outcomes(), mails, System.nanoTime() - started);
        }
    }

    /**
     * Waits until the mail server has received nothing new for a while (stuck sends are retried after 15 s) and the
     * application has no event publication left unfinished (finished ones are deleted), or until {@code atMost}.
     */
    long awaitQuiet(Duration atMost, Database db) {
        long deadline = System.nanoTime() + atMost.toNanos();
        int last = -1;
        long quietSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            int now = smtp.getReceivedMessages().length;
            if (now != last) {
                last = now;
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince > Duration.ofSeconds(STUCK_AFTER_SECONDS + 4).toNanos()
                    && nothingLeftToDo(db, System.nanoTime() - quietSince)) {
                break;
            }
            AppProcess.sleep(500);
        }
        return last;
    }

    /**
     * Whether the application has finished its work: no event publication unfinished (finished ones are deleted) and
     * no acknowledgement waiting to be sent or marked sent. The embedded database cannot be read while the application
     * has it open: then only a longer quiet spell counts (long enough for a stuck email to be sent again twice).
     */
    private static boolean nothingLeftToDo(Database db, long quietNanos) {
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery("""
                select (select count(*) from event_publication where completion_date is null)
                  + (select count(*) from outgoing_message where kind = 'ACKNOWLEDGEMENT_COPY' and status <> 'SENT')""")) {
            rs.next();
            return rs.getLong(1) == 0;
        } catch (SQLException cannotReadWhileOpen) {
            return quietNanos > Duration.ofSeconds(2L * STUCK_AFTER_SECONDS + 4).toNanos();
        }
    }

    void check(String name, int kills, String run, Database db, List<SubmissionLoad.Outcome> outcomes, long mails, long nanos)
            throws Exception {
        Map<String, String> emailByReference = new HashMap<>();
        Map<String, Integer> sentByReference = new HashMap<>();
        Map<String, Integer> timelineByReference = new HashMap<>();
        int unsent = 0;
        try (Connection c = db.connect()) {
            try (ResultSet rs = c.createStatement().executeQuery(
                    "select reference, contact_email from feedback where description like 'Reliability test " + run + " %'")) {
                while (rs.next()) {
                    emailByReference.put(rs.getString(1), rs.getString(2));
                }
            }
            try (ResultSet rs = c.createStatement().executeQuery(
                    "select reference, status from outgoing_message where kind = 'ACKNOWLEDGEMENT_COPY'")) {
                while (rs.next()) {
                    if ("SENT".equals(rs.getString(2))) {
                        sentByReference.merge(rs.getString(1), 1, Integer::sum);
                    } else {
                        unsent++;
                    }
                }
            }
            try (ResultSet rs = c.createStatement().executeQuery("""
                    select f.reference, count(*) from feedback_event e join feedback f on f.id = e.feedback_id
                    where e.event = 'Acknowledgement email sent' group by f.reference""")) {
                while (rs.next()) {
                    timelineByReference.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        Map<String, Set<String>> messageIds = new HashMap<>();
        Map<String, Integer> received = new HashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            String reference = header(message, "X-Feedback-Reference");
            received.merge(reference, 1, Integer::sum);
            messageIds.computeIfAbsent(reference, r -> new HashSet<>()).add(message.getMessageID());
        }

        long created = outcomes.stream().filter(SubmissionLoad.Outcome::created).count();
        Set<String> emails = new HashSet<>(emailByReference.values());
        List<String> lost = outcomes.stream().filter(SubmissionLoad.Outcome::created)
                .filter(o -> !o.email().equals(emailByReference.get(o.reference()))).map(SubmissionLoad.Outcome::reference).toList();
        List<SubmissionLoad.Outcome> refusedButStored = outcomes.stream()
                .filter(o -> o.status() != 0 && !o.created() && emails.contains(o.email())).toList();
        long noAnswer = outcomes.stream().filter(o -> o.status() == 0).count();
        long storedWithoutAnswer = emailByReference.size() - created;
        List<String> notAcknowledged = emailByReference.keySet().stream()
                .filter(r -> sentByReference.getOrDefault(r, 0) != 1).toList();
        List<String> notOneMessageId = emailByReference.keySet().stream()
                .filter(r -> messageIds.getOrDefault(r, Set.of()).size() != 1).toList();
        List<String> timelineNotOnce = emailByReference.keySet().stream()
                .filter(r -> timelineByReference.getOrDefault(r, 0) != 1).toList();
        int duplicates = emailByReference.keySet().stream().mapToInt(r -> received.getOrDefault(r, 0) - 1).filter(d -> d > 0).sum();
        System.out.printf("CRASH TEST %s: %d kills in %ds; %d requests, %d answered 201, %d without an answer (connection cut), "
                        + "%d others; %d stored (%d of them never answered); lost after 201: %d; stored after a refusal: %d; "
                        + "acknowledgements marked SENT: %d, not SENT: %d; emails received: %d, repeated deliveries of the "
                        + "same Message-ID: %d%n", name, kills, nanos / 1_000_000_000, outcomes.size(), created, noAnswer,
                outcomes.size() - created - noAnswer, emailByReference.size(), storedWithoutAnswer, lost.size(),
                refusedButStored.size(), sentByReference.values().stream().mapToInt(Integer::intValue).sum(), unsent, mails,
                duplicates);

        assertThat(created).as("submissions answered 201").isPositive();
        assertThat(lost).as("answered 201 but not stored").isEmpty();
        assertThat(refusedButStored).as("refused but stored").isEmpty();
        assertThat(notAcknowledged).as("stored without exactly one acknowledgement marked SENT").isEmpty();
        assertThat(unsent).as("acknowledgements left unsent").isZero();
        assertThat(notOneMessageId).as("stored without exactly one acknowledgement email (by Message-ID) received").isEmpty();
        assertThat(timelineNotOnce).as("acknowledgement not on the timeline exactly once").isEmpty();
        assertThat(duplicates).as("repeated deliveries: only emails in flight at a kill can be repeated")
                .isLessThanOrEqualTo(kills * ASYNC_THREADS);
    }

    private static String header(MimeMessage message, String name) throws MessagingException {
        String[] values = message.getHeader(name);
        return values == null || values.length == 0 ? "" : values[0];
    }
}
