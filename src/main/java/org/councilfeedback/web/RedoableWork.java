package org.councilfeedback.web;

import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs work that is done again if it is lost, in a transaction whose commit does not wait for the disk (PostgreSQL's
 * {@code synchronous_commit = off} for that transaction only).
 *
 * <p>Only for work that an event's listener does and that is safe to repeat: the event's publication stays incomplete
 * until the listener's own bookkeeping commits, and PostgreSQL writes commits to its log in order, so a database crash
 * that loses this commit also loses everything after it and the event is handed on again, finding nothing done. An
 * application crash loses nothing (the commit is in the database's memory and its log buffer). What the public were
 * promised, such as a submission answered 201, never goes through here: it commits durably.
 *
 * <p>Joins the caller's transaction when there is one (and then leaves its durability alone).
 */
@Component
public class RedoableWork {

    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final boolean postgres;

    RedoableWork(PlatformTransactionManager transactionManager, JdbcClient jdbc, DataSource dataSource) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
        this.jdbc = jdbc;
        this.postgres = DatabaseVendor.isPostgres(dataSource);
    }

    /** Runs {@code work} in a transaction that commits without waiting for the disk, or in the caller's. */
    public <T> T execute(Supplier<T> work) {
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()) {
            return work.get();
        }
        return transactions.execute(status -> {
            if (postgres) {
                jdbc.sql("set local synchronous_commit to off").update();
            }
            return work.get();
        });
    }

    /** Runs {@code work} in a transaction that commits without waiting for the disk, or in the caller's. */
    public void run(Runnable work) {
        execute(() -> {
            work.run();
            return null;
        });
    }
}
