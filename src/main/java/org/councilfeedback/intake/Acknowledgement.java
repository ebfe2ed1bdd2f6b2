package org.councilfeedback.intake;

import java.time.Instant;
import java.time.LocalDate;

/** The acknowledgement promise for one piece of feedback: how, by when, and when it was done. */
public record Acknowledgement(AcknowledgementMethod method, LocalDate dueBy, Instant sentAt) {}
