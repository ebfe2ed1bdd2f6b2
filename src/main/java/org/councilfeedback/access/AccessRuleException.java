package org.councilfeedback.access;

/** A request that breaks one of the access rules (for example naming the member of staff complained about). */
public class AccessRuleException extends RuntimeException {

    public AccessRuleException(String message) {
        super(message);
    }
}
