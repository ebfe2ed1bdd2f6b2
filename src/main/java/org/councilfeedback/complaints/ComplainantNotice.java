package org.councilfeedback.complaints;

import java.time.LocalDate;
import org.councilfeedback.correspondence.MessageKind;

/**
 * A message to the complainant, written in the transaction that decided it and sent after commit (retried by the event
 * publication registry until done). The dedupe key makes a repeat harmless.
 */
record ComplainantNotice(String reference, String dedupeKey, MessageKind kind, String subject, String body, LocalDate dueBy) {}
