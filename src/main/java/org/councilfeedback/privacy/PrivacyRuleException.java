package org.councilfeedback.privacy;

/** A request that breaks a privacy rule, such as erasing feedback under a legal hold (answered with 422). */
public class PrivacyRuleException extends RuntimeException {

    public PrivacyRuleException(String message) {
        super(message);
    }
}
