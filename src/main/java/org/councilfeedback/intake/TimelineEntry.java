package org.councilfeedback.intake;

import java.time.Instant;

/** One line of a case's timeline: when, who, what happened and any detail. */
public record TimelineEntry(Instant at, String actor, String event, String detail) {}
