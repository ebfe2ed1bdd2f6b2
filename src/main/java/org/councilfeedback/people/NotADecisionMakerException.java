package org.councilfeedback.people;

/** Only the profile's decision-makers may place, renew or end handling restrictions (answered with 403). */
public class NotADecisionMakerException extends RuntimeException {

    public NotADecisionMakerException(String username) {
        super(username + " is not an authorised decision-maker for the Customer Handling Policy");
    }
}
