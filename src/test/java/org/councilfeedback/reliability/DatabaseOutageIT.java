package org.councilfeedback.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md §8, "a PostgreSQL restart is survived without manual action": PostgreSQL is restarted (fast shutdown, as
 * {@code pg_ctlcluster … restart} does) while submissions arrive. Requests meanwhile are answered 503 with
 * {@code Retry-After} (never 500), the application serves again by itself within 10 seconds of the database being back,
 * every 201 is stored and every stored submission is acknowledged once. Uses a PostgreSQL server of its own
 * ({@link PrivatePostgres}), so it is skipped, with the reason, where that cannot be made (not root, no binaries).
 */
class DatabaseOutageIT {

    @Test
    void recoversByItselfWithinTenSecondsAndAnswers503MeanwhileWhenPostgresRestartsUnderLoad() throws Exception {
        assumeTrue(AppProcess.jar().isPresent(), "the packaged application is needed: run mvn verify (package comes first)");
        String reason = PrivatePostgres.unavailableReason();
        assumeTrue(reason == null, () -> "Skipping the PostgreSQL restart test: " + reason);
        int smtpPort = AppProcess.freePort();
        AppProcess.quietMailServerLogs();
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        String run = "outage" + System.currentTimeMillis() % 100000;
        try (PrivatePostgres postgres = PrivatePostgres.create()) {
            postgres.createDatabase("council_feedback");
            String url = postgres.url("council_feedback");
            try (AppProcess app = new AppProcess("outage", AppProcess.freePort(), List.of("--spring.datasource.url=" + url,
                    "--spring.datasource.username=postgres", "--spring.datasource.password=",
                    "--spring.profiles.active=reliability-test", "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
                    "--council-feedback.intake.rate-limit.per-minute=1000000000",
                    "--council-feedback.intake.rate-limit.burst=1000000000", "--council-feedback.mail.retry-interval=1s",
                    "--council-feedback.mail.retry-backoff=1s", "--council-feedback.mail.stuck-after=10s",
                    "--council-feedback.events.resubmit-interval=2s",
                    "--council-feedback.events.resubmit-after=5s", "--council-feedback.events.resubmit-lock=5s",
                    "--spring.modulith.events.staleness.published=5s", "--spring.modulith.events.staleness.processing=5s",
                    "--spring.modulith.events.staleness.resubmitted=5s", "--spring.modulith.events.staleness.check-interval=2s"))) {
                app.start();
                assertThat(app.awaitHealthy(Duration.ofSeconds(120))).isTrue();
                SubmissionLoad load = new SubmissionLoad(run, 4, () -> List.of(app.baseUrl())).start();
                long restartBegan;
                long restartEnded;
                long healthyAgain = -1;
                try {
                    AppProcess.sleep(3000);
                    restartBegan = System.nanoTime();
                    postgres.restart();
                    restartEnded = System.nanoTime();
                    while (System.nanoTime() - restartEnded < Duration.ofSeconds(12).toNanos()) {
                        if (healthyAgain < 0 && app.healthy()) {
                            healthyAgain = System.nanoTime();
                        }
                        AppProcess.sleep(100);
                    }
                } finally {
                    load.close();
                }
                List<SubmissionLoad.Outcome> outcomes = load.outcomes();
                long lastFailure = outcomes.stream().filter(o -> !o.created()).mapToLong(SubmissionLoad.Outcome::answeredAt)
                        .max().orElse(restartBegan);
                long firstCreatedAfter = outcomes.stream().filter(SubmissionLoad.Outcome::created)
                        .mapToLong(SubmissionLoad.Outcome::answeredAt).filter(at -> at > restartEnded).min().orElse(Long.MAX_VALUE);
                Map<Integer, Long> statuses = new HashMap<>();
                outcomes.forEach(o -> statuses.merge(o.status(), 1L, Long::sum));
                List<SubmissionLoad.Outcome> failures = outcomes.stream().filter(o -> !o.created()).toList();

                // Acknowledgements: a listener that failed during the outage, and an event whose commit went through while
                // the application saw it fail (no after-commit listener ran), are marked failed after 5 s here (1-2 min in
                // production) and handed on again; an email whose own commit was cut off as it was stored waits until it
                // counts as stuck (10 s here, 2 min in production). Not part of the 10 s: wait until every stored
                // submission has its one acknowledgement sent, or the bound runs out, then a little longer for any late
                // duplicate.
                long loadStopped = System.nanoTime();
                Map<String, String> stored = new HashMap<>();
                Map<String, Integer> sent = new HashMap<>();
                long acknowledgedAfter = -1;
                while (System.nanoTime() - loadStopped < Duration.ofSeconds(90).toNanos()) {
                    readStoredAndSent(url, run, stored, sent);
                    if (stored.keySet().stream().allMatch(r -> sent.getOrDefault(r, 0) == 1)) {
                        acknowledgedAfter = (System.nanoTime() - loadStopped) / 1_000_000;
                        break;
                    }
                    AppProcess.sleep(500);
                }
                AppProcess.sleep(3000);
                readStoredAndSent(url, run, stored, sent);
                Set<String> storedEmails = new HashSet<>(stored.values());
                List<SubmissionLoad.Outcome> lost = outcomes.stream().filter(SubmissionLoad.Outcome::created)
                        .filter(o -> !o.email().equals(stored.get(o.reference()))).toList();
                List<SubmissionLoad.Outcome> refusedButStored = failures.stream().filter(o -> storedEmails.contains(o.email())).toList();
                List<String> notAcknowledged = stored.keySet().stream().filter(r -> sent.getOrDefault(r, 0) != 1).toList();
                System.out.printf("DATABASE OUTAGE: restart took %d ms; answers by status %s; 503s without Retry-After: %d; "
                                + "last refusal %d ms after the database was back, first 201 after it %d ms, health UP after %d ms; "
                                + "%d stored, lost after 201: %d, stored after a 503 (commit outcome cut off): %d, "
                                + "stored without exactly one acknowledgement sent: %d, all acknowledged %d ms after the load stopped%n",
                        (restartEnded - restartBegan) / 1_000_000, statuses,
                        failures.stream().filter(o -> o.status() == 503 && o.retryAfter() == null).count(),
                        (lastFailure - restartEnded) / 1_000_000, (firstCreatedAfter - restartEnded) / 1_000_000,
                        healthyAgain < 0 ? -1 : (healthyAgain - restartEnded) / 1_000_000, stored.size(), lost.size(),
                        refusedButStored.size(), notAcknowledged.size(), acknowledgedAfter);

                assertThat(statuses.keySet()).as("every answer is 201 or 503").isSubsetOf(201, 503);
                assertThat(failures).as("503s carry Retry-After").allSatisfy(o -> assertThat(o.retryAfter()).isNotNull());
                assertThat(statuses.getOrDefault(503, 0L)).as("requests during the outage were refused").isPositive();
                assertThat((firstCreatedAfter - restartEnded) / 1_000_000).as("ms until a submission succeeds again")
                        .isLessThanOrEqualTo(10_000);
                assertThat((lastFailure - restartEnded) / 1_000_000).as("ms until nothing fails any more").isLessThanOrEqualTo(10_000);
                assertThat(healthyAgain).as("health UP again").isPositive();
                assertThat((healthyAgain - restartEnded) / 1_000_000).isLessThanOrEqualTo(10_000);
                assertThat(lost).as("answered 201 but not stored").isEmpty();
                assertThat(refusedButStored.size()).as("a 503 whose commit went through as the connection was cut")
                        .isLessThanOrEqualTo(4);
                assertThat(notAcknowledged).as("stored without exactly one acknowledgement sent").isEmpty();
            }
        } finally {
            smtp.stop();
        }
    }

    private static void readStoredAndSent(String url, String run, Map<String, String> stored, Map<String, Integer> sent)
            throws java.sql.SQLException {
        stored.clear();
        sent.clear();
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            try (ResultSet rs = c.createStatement().executeQuery(
                    "select reference, contact_email from feedback where description like 'Reliability test " + run + " %'")) {
                while (rs.next()) {
                    stored.put(rs.getString(1), rs.getString(2));
                }
            }
            try (ResultSet rs = c.createStatement().executeQuery(
                    "select reference, count(*) from outgoing_message where status = 'SENT' group by reference")) {
                while (rs.next()) {
                    sent.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
    }
}
