package org.councilfeedback.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The publications of an event, one per listener, are written together just before the transaction that published
 * the event commits: durably with it, readable by the event store as before, and not at all if it rolls back.
 */
@SpringBootTest
class EventPublicationBatchTests {

    record SomethingHappened(String reference, int count) {}

    @Autowired
    EventPublicationRepository publications;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    private final String reference = "batch-" + UUID.randomUUID();

    @AfterEach
    void removeThem() {
        jdbc.sql("delete from event_publication where serialized_event like :r").param("r", "%" + reference + "%").update();
    }

    @Test
    void storesEveryListenersPublicationWithTheTransactionThatPublishedTheEvent() {
        var event = new SomethingHappened(reference, 3);
        transactions.executeWithoutResult(status -> {
            for (String listener : List.of("audit", "people", "acknowledgements")) {
                publications.create(TargetEventPublication.of(event, PublicationTargetIdentifier.of(listener)));
            }
            assertThat(stored()).as("not yet written: they go in one batch before the commit").isZero();
        });

        assertThat(stored()).isEqualTo(3);
        var incomplete = publications.findIncompletePublications().stream()
                .filter(publication -> publication.getEvent() instanceof SomethingHappened happened
                        && happened.reference().equals(reference))
                .toList();
        assertThat(incomplete).hasSize(3);
        assertThat(incomplete).extracting(publication -> publication.getTargetIdentifier().getValue())
                .containsExactlyInAnyOrder("audit", "people", "acknowledgements");
        assertThat(incomplete).allSatisfy(publication -> {
            assertThat(publication.getEvent()).isEqualTo(event);
            assertThat(publication.isCompleted()).isFalse();
        });
    }

    @Test
    void findsPublicationsCreatedEarlierInTheSameTransaction() {
        var event = new SomethingHappened(reference, 1);
        transactions.executeWithoutResult(status -> {
            publications.create(TargetEventPublication.of(event, PublicationTargetIdentifier.of("audit")));
            assertThat(publications.findIncompletePublicationsByEventAndTargetIdentifier(event,
                    PublicationTargetIdentifier.of("audit"))).isPresent();
        });
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void storesNothingWhenTheTransactionRollsBack() {
        var event = new SomethingHappened(reference, 2);
        transactions.executeWithoutResult(status -> {
            publications.create(TargetEventPublication.of(event, PublicationTargetIdentifier.of("audit")));
            publications.create(TargetEventPublication.of(event, PublicationTargetIdentifier.of("people")));
            status.setRollbackOnly();
        });
        assertThat(stored()).isZero();
        transactions.executeWithoutResult(status -> assertThat(stored()).isZero());
    }

    @Test
    void storesAPublicationMadeOutsideATransactionAtOnce() {
        var event = new SomethingHappened(reference, 4);
        publications.create(TargetEventPublication.of(event, PublicationTargetIdentifier.of("audit")));
        assertThat(stored()).isEqualTo(1);
    }

    private long stored() {
        return jdbc.sql("select count(*) from event_publication where serialized_event like :r")
                .param("r", "%" + reference + "%").query(Long.class).single();
    }
}
