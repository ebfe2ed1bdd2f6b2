package org.councilfeedback.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.councilfeedback.support.PeopleAndPrivacyTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The audit trail is one unbroken hash chain: verification passes, and any change to a row is found at that row. */
@PeopleAndPrivacyTest
class AuditTrailTests {

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    boolean postgres() throws Exception {
        try (var connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
    }

    /** Runs a change past the append-only triggers, as only a database superuser could. */
    void bypassingTheTriggers(Runnable change) throws Exception {
        boolean postgres = postgres();
        if (postgres) {
            jdbc.sql("alter table audit_entry disable trigger audit_entry_append_only").update();
        }
        try {
            change.run();
        } finally {
            if (postgres) {
                jdbc.sql("alter table audit_entry enable trigger audit_entry_append_only").update();
            }
        }
    }

    @Test
    void entriesFormAChainThatVerifies() {
        AuditEntry first = audit.record("complaints.officer", "VIEWED", "FB-2026-000001", null, "Case record viewed", "10.0.0.1");
        AuditEntry second = audit.record("dpo", "ERASURE", null, 42L, "Erasure 1", null);

        assertThat(second.id()).isEqualTo(first.id() + 1);
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(first.hash()).isEqualTo(AuditTrail.hash(first.previousHash(), first)).hasSize(64);
        AuditVerification result = audit.verify();
        assertThat(result.intact()).as(result.summary()).isTrue();
        assertThat(result.entriesChecked()).isGreaterThanOrEqualTo(2);
        assertThat(result.lastEntryId()).isGreaterThanOrEqualTo(second.id());
    }

    @Test
    void theFirstEntryFollowsTheGenesisHash() {
        audit.record("system", "TEST", null, null, null, null);
        String previous = jdbc.sql("select previous_hash from audit_entry where id = 1").query(String.class).single();
        assertThat(previous).isEqualTo(AuditTrail.GENESIS);
    }

    @Test
    void aChangedRowIsFoundAtThatRow() throws Exception {
        audit.record("investigator", "VIEWED", "FB-2026-000002", null, "Case record viewed", "10.0.0.2");
        AuditEntry tampered = audit.record("investigator", "VIEWED", "FB-2026-000003", null, "Case record viewed", "10.0.0.2");
        audit.record("investigator", "VIEWED", "FB-2026-000004", null, "Case record viewed", "10.0.0.2");
        try {
            bypassingTheTriggers(() -> jdbc.sql("update audit_entry set actor = 'someone.else' where id = :id")
                    .param("id", tampered.id()).update());

            AuditVerification result = audit.verify();

            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenEntryId()).isEqualTo(tampered.id());
            assertThat(result.problem()).contains("contents do not match");
            assertThat(result.summary()).contains("BROKEN at entry " + tampered.id());
        } finally {
            bypassingTheTriggers(() -> jdbc.sql("update audit_entry set actor = 'investigator' where id = :id")
                    .param("id", tampered.id()).update());
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aRowRehashedToHideAChangeBreaksTheNextLink() throws Exception {
        AuditEntry tampered = audit.record("dpo", "VIEWED", "FB-2026-000005", null, "Case record viewed", "10.0.0.3");
        AuditEntry next = audit.record("dpo", "VIEWED", "FB-2026-000006", null, "Case record viewed", "10.0.0.3");
        AuditEntry forged = new AuditEntry(tampered.id(), tampered.at(), "someone.else", tampered.action(),
                tampered.reference(), null, tampered.detail(), tampered.clientAddress(), tampered.previousHash(), null);
        String forgedHash = AuditTrail.hash(tampered.previousHash(), forged);
        try {
            bypassingTheTriggers(() -> jdbc.sql("update audit_entry set actor = 'someone.else', hash = :hash where id = :id")
                    .param("hash", forgedHash).param("id", tampered.id()).update());

            AuditVerification result = audit.verify();

            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenEntryId()).isEqualTo(next.id());
            assertThat(result.problem()).contains("previous hash");
        } finally {
            bypassingTheTriggers(() -> jdbc.sql("update audit_entry set actor = 'dpo', hash = :hash where id = :id")
                    .param("hash", tampered.hash()).param("id", tampered.id()).update());
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aDeletedRowIsFoundWhereItWas() throws Exception {
        audit.record("dpo", "VIEWED", "FB-2026-000007", null, "Case record viewed", "10.0.0.4");
        AuditEntry removed = audit.record("dpo", "VIEWED", "FB-2026-000008", null, "Case record viewed", "10.0.0.4");
        audit.record("dpo", "VIEWED", "FB-2026-000009", null, "Case record viewed", "10.0.0.4");
        var row = jdbc.sql("select * from audit_entry where id = :id").param("id", removed.id()).query().singleRow();
        try {
            bypassingTheTriggers(() -> jdbc.sql("delete from audit_entry where id = :id").param("id", removed.id()).update());

            AuditVerification result = audit.verify();

            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenEntryId()).isEqualTo(removed.id());
            assertThat(result.problem()).contains("missing");
        } finally {
            jdbc.sql("""
                    insert into audit_entry (id, at, actor, action, reference, person_id, detail, client_address, previous_hash, hash)
                    values (:id, :at, :actor, :action, :reference, :person, :detail, :client, :previous, :hash)""")
                    .param("id", removed.id()).param("at", row.get("at")).param("actor", removed.actor())
                    .param("action", removed.action()).param("reference", removed.reference()).param("person", null)
                    .param("detail", removed.detail()).param("client", removed.clientAddress())
                    .param("previous", removed.previousHash()).param("hash", removed.hash()).update();
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void onPostgresqlTheDatabaseRefusesToChangeOrRemoveEntries() throws Exception {
        assumeTrue(postgres(), "the append-only triggers are PostgreSQL's");
        AuditEntry entry = audit.record("dpo", "VIEWED", "FB-2026-000010", null, "Case record viewed", "10.0.0.5");

        assertThatThrownBy(() -> jdbc.sql("update audit_entry set detail = 'changed' where id = :id").param("id", entry.id()).update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("audit_entry is append-only: UPDATE refused");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where id = :id").param("id", entry.id()).update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("audit_entry is append-only: DELETE refused");
        assertThatThrownBy(() -> jdbc.sql("update audit_chain_head set last_id = last_id - 1").update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("only moves forward");
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void concurrentWritersNeverForkTheChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        AtomicInteger counter = new AtomicInteger();
        List<Callable<AuditEntry>> tasks = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            tasks.add(() -> audit.record("writer-" + counter.incrementAndGet(), "VIEWED", null, null, "concurrent", null));
        }
        List<AuditEntry> written = new ArrayList<>();
        try {
            for (Future<AuditEntry> future : pool.invokeAll(tasks)) {
                written.add(future.get());
            }
        } finally {
            pool.shutdown();
        }

        Set<Long> ids = written.stream().map(AuditEntry::id).collect(Collectors.toSet());
        Set<String> previous = written.stream().map(AuditEntry::previousHash).collect(Collectors.toSet());
        assertThat(ids).hasSize(60);
        assertThat(previous).hasSize(60);
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void administratorsVerifyTheChainThroughTheApi() throws Exception {
        audit.record("dpo", "VIEWED", "FB-2026-000011", null, "Case record viewed", "10.0.0.6");

        mvc.perform(post("/api/v1/audit/verification").with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.firstBrokenEntryId").isEmpty());
        mvc.perform(post("/api/v1/audit/verification").with(user(users.loadUserByUsername("complaints.officer"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theVerificationCommandExitsWithZeroWhenIntactAndOneWhenBroken() throws Exception {
        List<Integer> codes = new ArrayList<>();
        AuditVerificationRunner runner = new AuditVerificationRunner(audit, codes::add);
        runner.run(null);
        AuditEntry tampered = audit.record("dpo", "VIEWED", "FB-2026-000012", null, "Case record viewed", null);
        try {
            bypassingTheTriggers(() -> jdbc.sql("update audit_entry set detail = 'changed' where id = :id")
                    .param("id", tampered.id()).update());
            runner.run(null);
        } finally {
            bypassingTheTriggers(() -> jdbc.sql("update audit_entry set detail = 'Case record viewed' where id = :id")
                    .param("id", tampered.id()).update());
        }
        assertThat(codes).containsExactly(0, 1);
    }

    @Test
    void workDoneTwiceAtOnceRecordsItsEntryOnce() throws Exception {
        String reference = "FB-2026-" + (900000 + System.nanoTime() % 99999);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<java.util.Optional<AuditEntry>>> attempts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                attempts.add(pool.submit(() -> audit.recordOnce("online form", "FEEDBACK_RECEIVED", reference, null,
                        "Feedback received: ONLINE, COMPLAINT", null)));
            }
            int made = 0;
            for (Future<java.util.Optional<AuditEntry>> attempt : attempts) {
                made += attempt.get().isPresent() ? 1 : 0;
            }
            assertThat(made).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(audit.forReference(reference, 0, 100)).extracting(AuditEntry::action).containsExactly("FEEDBACK_RECEIVED");
        assertThat(audit.recordOnce("dpo", "VIEWED", reference, null, "Case record viewed", null)).as("another action is recorded")
                .isPresent();
        assertThat(audit.verify().intact()).isTrue();
    }
}
