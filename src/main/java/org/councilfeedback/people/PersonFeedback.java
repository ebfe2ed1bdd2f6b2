package org.councilfeedback.people;

import java.time.Instant;

/** A piece of feedback a person gave, and how it came to be linked to them. */
public record PersonFeedback(String reference, long personId, Instant linkedAt, String linkedBy, String how) {}
