package org.councilfeedback.people;

/** A request that breaks one of the people rules (answered with 422). */
public class PeopleRuleException extends RuntimeException {

    public PeopleRuleException(String message) {
        super(message);
    }
}
