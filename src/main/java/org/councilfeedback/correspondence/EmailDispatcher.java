package org.councilfeedback.correspondence;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retries emails the mail server did not take, and hands on events whose listeners did not finish (for example after
 * a crash). Runs on one node at a time.
 */
@Component
class EmailDispatcher {

    private final Correspondence correspondence;
    private final IncompleteEventPublications incompletePublications;
    /** An event unfinished for this long is handed on again (its listener failed, or its node died). */
    private final Duration resubmitAfter;

    EmailDispatcher(Correspondence correspondence, IncompleteEventPublications incompletePublications,
            @org.springframework.beans.factory.annotation.Value("${council-feedback.events.resubmit-after:1m}") Duration resubmitAfter) {
        this.correspondence = correspondence;
        this.incompletePublications = incompletePublications;
        this.resubmitAfter = resubmitAfter;
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

    @Scheduled(fixedDelayString = "${council-feedback.events.resubmit-interval:30s}", initialDelayString = "${council-feedback.events.resubmit-interval:30s}")
    @SchedulerLock(name = "event-resubmission", lockAtMostFor = "${council-feedback.events.resubmit-lock:1m}")
    void resubmitUnfinishedEvents() {
        incompletePublications.resubmitIncompletePublicationsOlderThan(resubmitAfter);
    }
}
