package org.councilfeedback.correspondence;

/** Where an outgoing message is. */
public enum MessageStatus {
    /** An email waiting to be sent (or to be retried). */
    PENDING,
    /** An email being handed to the mail server. */
    SENDING,
    /** An email the mail server accepted. */
    SENT,
    /** A letter waiting in the print queue. */
    PRINT_QUEUED,
    /** A letter staff have marked as posted. */
    POSTED,
    /** A phone call staff still have to make. */
    CALL_DUE,
    /** A phone call staff have made. */
    CALLED
}
