package org.councilfeedback.web;

/** One option of a radio group or a select: the submitted value, its label and an optional hint. */
public record Choice(String value, String label, String hint) {

    public static Choice of(String value, String label) {
        return new Choice(value, label, null);
    }
}
