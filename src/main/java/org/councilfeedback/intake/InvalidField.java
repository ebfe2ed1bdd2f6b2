package org.councilfeedback.intake;

/** One thing wrong with a submission: the field's JSON path (e.g. {@code contact.email}) and a message for people. */
public record InvalidField(String field, String message) {}
