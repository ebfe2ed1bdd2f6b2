package org.councilfeedback.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Proxy;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Work an event's listener may do again commits without waiting for the disk on PostgreSQL; everything else, above
 * all a submission answered 201, keeps waiting for it.
 */
@SpringBootTest
class RedoableWorkTests {

    @Autowired
    RedoableWork redoable;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationContext context;

    @Test
    void commitsRedoableWorkWithoutWaitingForTheDiskAndOtherWorkDurably() {
        assumeTrue(DatabaseVendor.isPostgres(dataSource), "synchronous_commit is a PostgreSQL setting");
        String during = redoable.execute(this::synchronousCommit);
        assertThat(during).isEqualTo("off");
        String durable = transactions.execute(status -> synchronousCommit());
        assertThat(durable).isEqualTo("on");
        assertThat(synchronousCommit()).as("the setting ends with the transaction").isEqualTo("on");
    }

    @Test
    void joinsTheCallersTransactionAndLeavesItsDurabilityAlone() {
        assumeTrue(DatabaseVendor.isPostgres(dataSource), "synchronous_commit is a PostgreSQL setting");
        String inside = transactions.execute(status -> redoable.<String>execute(this::synchronousCommit));
        assertThat(inside).isEqualTo("on");
    }

    @Test
    void runsTheWorkAndCommitsItOnEveryDatabase() {
        String marker = "redoable-" + System.nanoTime();
        redoable.run(() -> jdbc.sql("insert into shedlock (name, lock_until, locked_at, locked_by) values (:n, :at, :at, 'test')")
                .param("n", marker).param("at", java.sql.Timestamp.from(java.time.Instant.now())).update());
        assertThat(jdbc.sql("select count(*) from shedlock where name = :n").param("n", marker).query(Long.class).single())
                .isEqualTo(1);
        jdbc.sql("delete from shedlock where name = :n").param("n", marker).update();
    }

    @Test
    void eventPublicationBookkeepingGoesThroughIt() throws Exception {
        Object repository = context.getBean(Class.forName(EventBookkeeping.REPOSITORY));
        assertThat(Proxy.isProxyClass(repository.getClass())).as("the outermost wrapper is a JDK proxy").isTrue();
        assertThat(Proxy.getInvocationHandler(repository).getClass().getName()).startsWith(EventBookkeeping.class.getName());
    }

    private String synchronousCommit() {
        return jdbc.sql("show synchronous_commit").query(String.class).single();
    }
}
