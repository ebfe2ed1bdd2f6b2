package org.councilfeedback.intake;

/** An idempotency key used again with a different request body. */
public class IdempotencyConflictException extends RuntimeException {

    public IdempotencyConflictException() {
        super("This Idempotency-Key was already used with a different request body");
    }
}
