package org.councilfeedback.intake;

/** Who is submitting: a member of the public (online) or a signed-in member of staff recording it. */
public record Submitter(String username, boolean staff, String clientAddress) {

    public static Submitter publicUser(String clientAddress) {
        return new Submitter(null, false, clientAddress);
    }

    public static Submitter staff(String username, String clientAddress) {
        return new Submitter(username, true, clientAddress);
    }

    /** The name shown on the timeline. */
    public String actor() {
        return staff ? username : "online form";
    }

    /** Whose idempotency keys these are: each member of staff has their own; the public share one space. */
    String idempotencyScope() {
        return staff ? "staff:" + username : "public";
    }
}
