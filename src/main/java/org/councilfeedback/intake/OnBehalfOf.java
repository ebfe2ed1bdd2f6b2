package org.councilfeedback.intake;

/** The person feedback is about when someone gives it on their behalf, with the giver's relationship to them. */
public record OnBehalfOf(String name, String relationship, Boolean consentGiven) {}
