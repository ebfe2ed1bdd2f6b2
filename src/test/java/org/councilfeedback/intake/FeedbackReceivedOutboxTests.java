package org.councilfeedback.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;

/** The event stored with new feedback is an outbox: a listener that fails leaves it pending, and it is handed on again. */
@SpringBootTest(properties = "council-feedback.events.resubmit-interval=1h")
class FeedbackReceivedOutboxTests {

    @Autowired
    FeedbackIntake intake;

    @Autowired
    EventPublicationRegistry registry;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    FlakyListener listener;

    @Test
    void anEventWhoseListenerFailedStaysPendingAndIsRepublished() {
        listener.failNext();
        var submission = new FeedbackSubmission(FeedbackType.SUGGESTION, null, null, null,
                "Please add a bench at the bus stop.", null, null, true, null, null);

        String reference = intake.submit(submission, Submitter.publicUser("10.0.0.1"), null).receipt().reference();

        await().atMost(Duration.ofSeconds(10)).until(() -> listener.failed(reference));
        await().atMost(Duration.ofSeconds(5)).until(() -> registry.findIncompletePublications().stream()
                .anyMatch(p -> p.getEvent() instanceof FeedbackReceived e && e.reference().equals(reference)));

        incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof FeedbackReceived e && e.reference().equals(reference));

        await().atMost(Duration.ofSeconds(10)).until(() -> listener.handled(reference));
        await().atMost(Duration.ofSeconds(5)).until(() -> registry.findIncompletePublications().stream()
                .noneMatch(p -> p.getEvent() instanceof FeedbackReceived e && e.reference().equals(reference)));
    }

    @TestConfiguration
    static class Listeners {
        @Bean
        FlakyListener flakyListener() {
            return new FlakyListener();
        }
    }

    static class FlakyListener {
        final AtomicBoolean failNext = new AtomicBoolean();
        final List<String> failures = new CopyOnWriteArrayList<>();
        final List<String> handled = new CopyOnWriteArrayList<>();

        public void failNext() {
            failNext.set(true);
        }

        public boolean failed(String reference) {
            return failures.contains(reference);
        }

        public boolean handled(String reference) {
            return handled.contains(reference);
        }

        @Async
        @TransactionalEventListener
        public void on(FeedbackReceived event) {
            if (failNext.getAndSet(false)) {
                failures.add(event.reference());
                throw new IllegalStateException("listener failed on purpose");
            }
            handled.add(event.reference());
        }
    }
}
