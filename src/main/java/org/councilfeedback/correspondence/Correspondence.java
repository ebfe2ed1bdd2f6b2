package org.councilfeedback.correspondence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
 *
 * <p>A message to the member of the public behind a piece of feedback ({@link Outgoing#toThePerson()}) goes the way
 * {@link RecipientRouting} says: their preferred method when it is possible, otherwise the next one, with the reason
 * kept on the message and a sentence at the top telling them why. An email the mail server refuses for good (a 5xx
 * reply to the recipient) is recorded as a bounce and sent again by the next method; messages to staff go as given.
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
    private final ObjectProvider<RecipientRouting> routing;

    Correspondence(MessageStore store, EmailSender email, Clock clock, TransactionTemplate transactions,
            ObjectProvider<MessageCompletionListener> completionListeners, ObjectProvider<RecipientRouting> routing,
            @Value("${council-feedback.mail.retry-backoff:5s}") Duration retryBackoff,
            @Value("${council-feedback.mail.stuck-after:2m}") Duration stuckAfter) {
        this.retryBackoff = retryBackoff;
        this.stuckAfter = stuckAfter;
        this.store = store;
        this.email = email;
        this.clock = clock;
        this.transactions = transactions;
        this.completionListeners = completionListeners;
        this.routing = routing;
    }

    /**
     * What to send, to whom and how; {@code dedupeKey} makes a repeated request store the message only once.
     * {@code suitable} is null for a message sent exactly as given (to staff); for a message to the person the feedback
     * is from, the methods it may go by ({@link #toThePerson()}), and then {@code method} and {@code recipient} are
     * only what the caller expected (either may be null).
     */
    public record Outgoing(String dedupeKey, String reference, MessageKind kind, ContactMethod method,
            String recipientName, String recipient, String subject, String body, LocalDate dueBy,
            Set<ContactMethod> suitable) {

        /** A message sent exactly as given: by this method, to this recipient. */
        public Outgoing(String dedupeKey, String reference, MessageKind kind, ContactMethod method, String recipientName,
                String recipient, String subject, String body, LocalDate dueBy) {
            this(dedupeKey, reference, kind, method, recipientName, recipient, subject, body, dueBy, null);
        }

        /** The same message, to the person the feedback is from, by their preferred method or the next possible one. */
        public Outgoing toThePerson() {
            return toThePerson(EnumSet.allOf(ContactMethod.class));
        }

        /** As {@link #toThePerson()}, by one of these methods only (email and letter for what must be in writing). */
        public Outgoing toThePerson(Set<ContactMethod> methods) {
            // an EnumSet: asking it about a null method is a plain no
            return new Outgoing(dedupeKey, reference, kind, method, recipientName, recipient, subject, body, dueBy,
                    Collections.unmodifiableSet(methods.isEmpty() ? EnumSet.noneOf(ContactMethod.class) : EnumSet.copyOf(methods)));
        }

        boolean followsPreference() {
            return suitable != null && kind != MessageKind.INTERNAL_ALERT;
        }
    }

    /**
     * Stores the message and, for an email, tries to send it at once. Returns the message id. A message to the person
     * goes the way {@link RecipientRouting} says; when they cannot be contacted at all it is stored as
     * {@link MessageStatus#NOT_SENT} with the reason, and nothing is sent. A new email is stored already claimed for
     * its first attempt, and after the mail server takes it, it is marked sent in the same transaction as what its
     * completion listeners record: two short transactions around the SMTP conversation.
     */
    public long send(Outgoing outgoing) {
        RecipientRouting router = outgoing.followsPreference() ? routing.getIfAvailable() : null;
        if (router == null) {
            return store(outgoing, false, null);
        }
        Optional<Long> existing = store.existing(outgoing.dedupeKey());
        if (existing.isPresent()) { // stored before: route it once only, but retry an email that is due
            trySend(existing.get());
            return existing.get();
        }
        RecipientRouting.Route route = router.route(outgoing.reference(), purpose(outgoing.kind()), outgoing.suitable());
        if (!route.canContact()) {
            ContactMethod method = outgoing.method() == null ? ContactMethod.LETTER : outgoing.method();
            log.info("Message {} for {} not sent: {}", outgoing.dedupeKey(), outgoing.reference(), route.reason());
            return transactions.execute(tx -> store.insertOnce(outgoing.dedupeKey(), outgoing.reference(),
                    outgoing.kind(), method, MessageStatus.NOT_SENT, outgoing.recipientName(), null, outgoing.subject(),
                    outgoing.body(), outgoing.dueBy(), clock.instant(), true, false, route.reason(), route.reason()).id());
        }
        List<String> parts = new ArrayList<>();
        if (route.method() == ContactMethod.PHONE && outgoing.method() != ContactMethod.PHONE) {
            parts.add("Call " + route.recipientName() + " on " + route.recipient() + " about their feedback, reference "
                    + outgoing.reference() + ", and tell them:");
        }
        if (route.explanation() != null) {
            parts.add(route.explanation());
        }
        parts.add(outgoing.body());
        return store(new Outgoing(outgoing.dedupeKey(), outgoing.reference(), outgoing.kind(), route.method(),
                route.recipientName(), route.recipient(), outgoing.subject(), String.join("\n\n", parts),
                outgoing.dueBy(), outgoing.suitable()), route.largePrint() && route.method() == ContactMethod.LETTER,
                route.reason());
    }

    private static String purpose(MessageKind kind) {
        return switch (kind) {
            case ACKNOWLEDGEMENT, ACKNOWLEDGEMENT_COPY -> "acknowledgement";
            case RESPONSE -> "response";
            default -> "letter";
        };
    }

    private long store(Outgoing outgoing, boolean largePrint, String routeNote) {
        Instant now = clock.instant();
        if (outgoing.method() != ContactMethod.EMAIL) {
            MessageStatus initial = outgoing.method() == ContactMethod.LETTER ? MessageStatus.PRINT_QUEUED : MessageStatus.CALL_DUE;
            return transactions.execute(tx -> store.insertOnce(outgoing.dedupeKey(), outgoing.reference(), outgoing.kind(),
                    outgoing.method(), initial, outgoing.recipientName(), outgoing.recipient(), outgoing.subject(),
                    outgoing.body(), outgoing.dueBy(), now, outgoing.followsPreference(), largePrint, routeNote, null).id());
        }
        MessageStore.Stored stored = transactions.execute(tx -> store.insertOnce(outgoing.dedupeKey(), outgoing.reference(),
                outgoing.kind(), outgoing.method(), MessageStatus.SENDING, outgoing.recipientName(), outgoing.recipient(),
                outgoing.subject(), outgoing.body(), outgoing.dueBy(), now, outgoing.followsPreference(), false, routeNote, null));
        if (stored.inserted()) {
            deliver(new OutgoingMessage(stored.id(), outgoing.reference(), outgoing.kind(), outgoing.method(),
                    MessageStatus.SENDING, outgoing.recipientName(), outgoing.recipient(), outgoing.subject(), outgoing.body(),
                    outgoing.dueBy(), now, null, null, 1, null, false, routeNote));
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
            Optional<String> refused = RecipientRefusal.permanent(e);
            if (refused.isPresent()) {
                bounced(message, refused.get());
                return false;
            }
            Duration backOff = retryBackoff.multipliedBy(1L << Math.min(message.attempts() - 1, 6));
            if (backOff.compareTo(Duration.ofMinutes(5)) > 0) {
                backOff = Duration.ofMinutes(5);
            }
            Duration wait = backOff;
            String error = RecipientRefusal.describe(e);
            transactions.executeWithoutResult(tx -> store.markFailed(id, error, clock.instant().plus(wait)));
            log.warn("Email {} for {} not sent (attempt {}), will retry in {}s: {}", id, message.reference(),
                    message.attempts(), backOff.toSeconds(), error);
            return false;
        }
    }

    /**
     * The mail server refused the recipient for good: the email is marked bounced and never retried. For a message to
     * the person the feedback is from, the bounce is recorded against their address and the message goes again by the
     * next method (a letter or a call), telling them why.
     */
    private void bounced(OutgoingMessage message, String reason) {
        transactions.executeWithoutResult(tx -> store.markBounced(message.id(), reason));
        log.warn("Email {} for {} refused by the mail server, not retried: {}", message.id(), message.reference(), reason);
        RecipientRouting router = routing.getIfAvailable();
        if (router == null || message.kind() == MessageKind.INTERNAL_ALERT || !store.toThePerson(message.id())) {
            return;
        }
        router.bounced(message.reference(), message.recipient(), reason);
        send(new Outgoing("bounced:" + message.id(), message.reference(), message.kind(), null, message.recipientName(),
                null, message.subject(), message.body(), message.dueBy()).toThePerson());
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
                message.dueBy(), message.createdAt(), sentAt, null, message.attempts(), null, message.largePrint(),
                message.routeNote());
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
