package org.councilfeedback.intake;

/** How a person wants us to reply. */
public enum ContactMethod {
    EMAIL, LETTER, PHONE
}
