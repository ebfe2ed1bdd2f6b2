package org.councilfeedback.safeguarding;

/** Published in the transaction that stores a new safeguarding concern; the leads are alerted from it after commit. */
public record SafeguardingConcernRaised(long concernId, String reference) {}
