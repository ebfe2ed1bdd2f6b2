package org.councilfeedback.correspondence;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retries emails the mail server did not take, and hands on events whose listeners did not finish. Runs on one node
 * at a time.
 *
 * <p>An event publication is handed on again only once it is marked failed: by its listener throwing, or by Spring
 * Modulith's staleness monitor ({@code spring.modulith.events.staleness.*}) when it has been waiting too long in the
 * state it is in. That covers a listener cut off by a crash or an outage (processing, resubmitted) and a publication
 * no listener ever started (published): its node died before handing it on, or the database committed the transaction
 * while the application saw the commit fail (the connection was cut during a restart), so no after-commit listener
 * ran. Publications still published or processing are never taken from under the node working on them, however old;
 * the listeners are idempotent in any case, so a publication handed on while its first run is still queued does its
 * work once.
 */
@Component
class EmailDispatcher {

    private final Correspondence correspondence;
    private final FailedEventPublications failedPublications;
    private final ResubmissionOptions resubmission;

    EmailDispatcher(Correspondence correspondence, FailedEventPublications failedPublications,
            /* A failed publication is handed on once it is at least this old (since it was published). */
            @Value("${council-feedback.events.resubmit-after:30s}") Duration resubmitAfter,
            /* At most this many handed on per run, and no more while this many are still waiting to run. */
            @Value("${council-feedback.events.resubmit-batch:100}") int batchSize) {
        this.correspondence = correspondence;
        this.failedPublications = failedPublications;
        this.resubmission = ResubmissionOptions.defaults().withMinAge(resubmitAfter).withBatchSize(batchSize)
                .withMaxInFlight(batchSize);
    }

    @Scheduled(fixedDelayString = "${council-feedback.mail.retry-interval:5s}", initialDelayString = "${council-feedback.mail.retry-interval:5s}")
    // Short: a node killed mid-run keeps the lock until it runs out. Two nodes overlapping is harmless (each email is
    // claimed by one), a long pause in retries after a crash is not.
    @SchedulerLock(name = "email-dispatcher", lockAtMostFor = "${council-feedback.mail.dispatcher-lock:30s}")
    void sendWaitingEmails() {
        for (Long id : correspondence.emailsDue()) {
            correspondence.trySend(id);
        }
    }

    // A run takes well under a second (it claims publications and queues their listeners). The lock is short so that
    // one left behind, by a node that died or by a database that went away before it could be released, does not
    // pause resubmission for long.
    @Scheduled(fixedDelayString = "${council-feedback.events.resubmit-interval:10s}", initialDelayString = "${council-feedback.events.resubmit-interval:10s}")
    @SchedulerLock(name = "event-resubmission", lockAtMostFor = "${council-feedback.events.resubmit-lock:20s}")
    void resubmitUnfinishedEvents() {
        failedPublications.resubmit(resubmission);
    }
}
