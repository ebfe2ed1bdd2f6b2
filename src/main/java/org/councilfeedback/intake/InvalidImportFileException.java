package org.councilfeedback.intake;

import java.util.List;

/** A bulk import file that cannot be read as a whole (wrong header, empty, not UTF-8); nothing was queued. */
public class InvalidImportFileException extends RuntimeException {

    private final List<InvalidField> errors;

    public InvalidImportFileException(List<InvalidField> errors) {
        super("Import file rejected: " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<InvalidField> errors() {
        return errors;
    }
}
