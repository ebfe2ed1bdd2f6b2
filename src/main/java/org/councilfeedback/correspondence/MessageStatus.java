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
    CALLED,
    /** An email the mail server refused for good (the address does not exist): not retried; sent another way instead. */
    BOUNCED,
    /** A message that could not be sent at all: the person cannot be contacted (the reason is with it). */
    NOT_SENT
}
