package org.councilfeedback.access;

import java.util.List;

/** A restriction naming someone who cannot be named there: each problem names the field and what is wrong. */
public class InvalidRestrictionException extends RuntimeException {

    /** One field and what is wrong with it. */
    public record Problem(String field, String message) {}

    private final List<Problem> problems;

    public InvalidRestrictionException(List<Problem> problems) {
        super(problems.stream().map(Problem::message).reduce((a, b) -> a + "; " + b).orElse("Invalid restriction"));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
