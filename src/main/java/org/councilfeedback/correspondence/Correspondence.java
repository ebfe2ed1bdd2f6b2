package org.councilfeedback.correspondence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.councilfeedback.intake.ContactMethod;
import org.slf4j.Logger;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends messages to people by the method they asked for: emails over SMTP (retried until the mail server takes them),
 * letters into the print queue, and phone calls as tasks for staff. Every message is stored before anything is sent,
 * so nothing is lost if the mail server or the application stops.
 */
@Service
public class Correspondence {

    private static final Logger log = LoggerFactory.getLogger(Correspondence.class);

    private final Duration retryBackoff;
    /** How long an email may stay "being sent" before another attempt is made (its sender probably died). */
    private final Duration stuckAfter;
    private final MessageStore store;
    private final EmailSender email;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final ObjectProvider<MessageCompletionListener> completionListeners;

    Correspondence(MessageStore store, EmailSender email, Clock clock, TransactionTemplate transactions,
            ObjectProvider<MessageCompletionListener> completionListeners,
            @Value("${council-feedback.mail.retry-backoff:5s}") Duration retryBackoff,
            @Value("${council-feedback.mail.stuck-after:2m}") Duration stuckAfter) {
        this.retryBackoff = retryBackoff;
        this.stuckAfter = stuckAfter;
        this.store = store;
        this.email = email;
        this.clock = clock;
        this.transactions = transactions;
        this.completionListeners = completionListeners;
    }

    /** What to send, to whom and how; {@code dedupeKey} makes a repeated request store the message only once. */
    public record Outgoing(String dedupeKey, String reference, MessageKind kind, ContactMethod method,
            String recipientName, String recipient, String subject, String body, LocalDate dueBy) {}

    /**
     * Stores the message and, for an email, tries to send it at once. Returns the message id. A new email is stored
     * already claimed for its first attempt, and after the mail server takes it, it is marked sent in the same
     * transaction as what its completion listeners record: two short transactions around the SMTP conversation.
     */
    public long send(Outgoing outgoing) {
        Instant now = clock.instant();
        if (outgoing.method() != ContactMethod.EMAIL) {
            MessageStatus initial = outgoing.method() == ContactMethod.LETTER ? MessageStatus.PRINT_QUEUED : MessageStatus.CALL_DUE;
            return transactions.execute(tx -> store.insertOnce(outgoing.dedupeKey(), outgoing.reference(), outgoing.kind(),
                    outgoing.method(), initial, outgoing.recipientName(), outgoing.recipient(), outgoing.subject(),
                    outgoing.body(), outgoing.dueBy(), now).id());
        }
        MessageStore.Stored stored = transactions.execute(tx -> store.insertOnce(outgoing.dedupeKey(), outgoing.reference(),
                outgoing.kind(), outgoing.method(), MessageStatus.SENDING, outgoing.recipientName(), outgoing.recipient(),
                outgoing.subject(), outgoing.body(), outgoing.dueBy(), now));
        if (stored.inserted()) {
            deliver(new OutgoingMessage(stored.id(), outgoing.reference(), outgoing.kind(), outgoing.method(),
                    MessageStatus.SENDING, outgoing.recipientName(), outgoing.recipient(), outgoing.subject(), outgoing.body(),
                    outgoing.dueBy(), now, null, null, 1, null));
        } else {
            trySend(stored.id());
        }
        return stored.id();
    }

    /** Tries to hand one email to the mail server; on failure it stays pending and is retried with back-off. */
    boolean trySend(long id) {
        Instant now = clock.instant();
        Boolean claimed = transactions.execute(tx -> store.claim(id, now, now.minus(stuckAfter)));
        if (!Boolean.TRUE.equals(claimed)) {
            return false;
        }
        return deliver(store.find(id).orElseThrow());
    }

    /** Sends a claimed email and records the outcome. */
    private boolean deliver(OutgoingMessage message) {
        long id = message.id();
        java.util.concurrent.atomic.AtomicBoolean accepted = new java.util.concurrent.atomic.AtomicBoolean();
        try {
            email.send(message, () -> {
                accepted.set(true);
                recordSent(message);
            });
            return true;
        } catch (Exception e) {
            if (accepted.get()) {
                log.warn("Email {} for {} was accepted by the mail server but recording it failed: {}", id,
                        message.reference(), e.getMessage());
                return true;
            }
            Duration backOff = retryBackoff.multipliedBy(1L << Math.min(message.attempts() - 1, 6));
            if (backOff.compareTo(Duration.ofMinutes(5)) > 0) {
                backOff = Duration.ofMinutes(5);
            }
            Duration wait = backOff;
            transactions.executeWithoutResult(tx -> store.markFailed(id, e.getMessage(), clock.instant().plus(wait)));
            log.warn("Email {} for {} not sent (attempt {}), will retry in {}s: {}", id, message.reference(),
                    message.attempts(), backOff.toSeconds(), e.getMessage());
            return false;
        }
    }

    /**
     * The mail server has the email: mark it sent at once, in one transaction with what its completion listeners record
     * (an acknowledgement on the timeline), so that a crash from here on can repeat it only in this short window. The
     * commit need not wait for the disk (PostgreSQL): an application crash cannot lose it, and a database crash can at
     * worst make us send the email again, under the same Message-ID, never lose it.
     */
    private void recordSent(OutgoingMessage message) {
        long id = message.id();
        Instant sentAt = clock.instant();
        OutgoingMessage sent = new OutgoingMessage(id, message.reference(), message.kind(), message.method(),
                MessageStatus.SENT, message.recipientName(), message.recipient(), message.subject(), message.body(),
                message.dueBy(), message.createdAt(), sentAt, null, message.attempts(), null);
        try {
            transactions.executeWithoutResult(tx -> {
                store.commitWithoutWaitingForDisk();
                store.markSent(id, sentAt);
                completed(sent, "system");
            });
        } catch (RuntimeException listenerFailed) {
            log.warn("Email {} for {} was sent but recording what follows from it failed: {}", id, message.reference(),
                    listenerFailed.getMessage());
            markSentDespiteDatabaseTrouble(id, sentAt);
        }
    }

    /**
     * Records that the mail server has the email, retrying for a while if the database is briefly unavailable (no
     * connection free in time, a restart): left "being sent", it would be sent again once it counts as stuck, a second
     * copy of an email the person already has. Only a crash in this window may do that.
     */
    private void markSentDespiteDatabaseTrouble(long id, Instant sentAt) {
        long giveUpAt = System.nanoTime() + stuckAfter.dividedBy(2).toNanos();
        long pauseMillis = 100;
        while (true) {
            try {
                transactions.executeWithoutResult(tx -> store.markSent(id, sentAt));
                return;
            } catch (RuntimeException e) {
                if (System.nanoTime() + pauseMillis * 1_000_000 > giveUpAt) {
                    throw e;
                }
                log.warn("Email {} was sent but marking it sent failed, trying again in {} ms: {}", id, pauseMillis, e.getMessage());
                try {
                    Thread.sleep(pauseMillis);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                pauseMillis = Math.min(pauseMillis * 2, 2000);
            }
        }
    }

    /** Emails waiting for a (re)try. */
    List<Long> emailsDue() {
        Instant now = clock.instant();
        return store.emailsToSend(now, now.minus(stuckAfter), 200);
    }

    public List<OutgoingMessage> printQueue() {
        return store.withStatus(MessageStatus.PRINT_QUEUED, 500);
    }

    public List<OutgoingMessage> callTasks() {
        return store.withStatus(MessageStatus.CALL_DUE, 500);
    }

    public List<OutgoingMessage> pendingEmails() {
        return store.withStatus(MessageStatus.PENDING, 500);
    }

    public List<OutgoingMessage> forReference(String reference) {
        return store.forReference(reference);
    }

    public Optional<OutgoingMessage> find(long id) {
        return store.find(id);
    }

    /** Staff have posted the printed letter. */
    public boolean markPosted(long id, String username) {
        return complete(id, MessageStatus.PRINT_QUEUED, MessageStatus.POSTED, username);
    }

    /** Staff have made the phone call. */
    public boolean markCalled(long id, String username) {
        return complete(id, MessageStatus.CALL_DUE, MessageStatus.CALLED, username);
    }

    private boolean complete(long id, MessageStatus from, MessageStatus to, String username) {
        Instant at = clock.instant();
        Boolean done = transactions.execute(tx -> store.complete(id, from, to, username, at));
        if (Boolean.TRUE.equals(done)) {
            completed(store.find(id).orElseThrow(), username);
            return true;
        }
        return false;
    }

    private void completed(OutgoingMessage message, String actor) {
        for (MessageCompletionListener listener : completionListeners.orderedStream().toList()) {
            listener.completed(message, actor);
        }
    }
}
