package org.councilfeedback.people;

import java.util.List;

/** A request with bad input (answered with 400 and each field's problem). */
public class InvalidPeopleRequestException extends RuntimeException {

    /** One field and what is wrong with it. */
    public record Problem(String field, String message) {}

    private final List<Problem> problems;

    public InvalidPeopleRequestException(List<Problem> problems) {
        super(problems.isEmpty() ? "Invalid request" : problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public InvalidPeopleRequestException(String field, String message) {
        this(List.of(new Problem(field, message)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
