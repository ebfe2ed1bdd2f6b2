package org.councilfeedback.people;

/** How we told a represented person that someone contacted us on their behalf. */
public enum InformMethod {
    LETTER, EMAIL, PHONE, IN_PERSON
}
