package org.councilfeedback.web;

import java.sql.SQLTransientConnectionException;
import java.net.ConnectException;

/** Recognises failures that mean the database cannot be reached right now (so a retry later can work). */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    public static boolean isUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            // a rollback that failed after the connection was cut: what counts is why the transaction failed
            if (t instanceof org.springframework.transaction.TransactionSystemException tx && tx.getApplicationException() != null
                    && tx.getApplicationException() != t && isUnavailable(tx.getApplicationException())) {
                return true;
            }
            // a commit or rollback the database could not carry out: nothing was stored, a retry later can work
            if (t instanceof org.springframework.transaction.TransactionSystemException) {
                return true;
            }
            if (t instanceof SQLTransientConnectionException || t instanceof ConnectException
                    || t instanceof org.springframework.jdbc.CannotGetJdbcConnectionException
                    || t instanceof org.springframework.transaction.CannotCreateTransactionException
                    || t instanceof org.springframework.dao.DataAccessResourceFailureException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
