package org.councilfeedback.people;

/** Why a person already known may be the person behind new feedback. */
public enum MatchReason {
    EMAIL, PHONE, NAME_AND_POSTCODE
}
