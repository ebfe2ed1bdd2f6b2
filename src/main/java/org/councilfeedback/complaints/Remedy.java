package org.councilfeedback.complaints;

/** How we put things right when a complaint is upheld (in whole or part). */
public enum Remedy {
    APOLOGY, EXPLANATION, ACT_ON_DELAY, RECONSIDER_DECISION, AMEND_RECORD, FINANCIAL_REMEDY, CHANGE_POLICY_OR_PROCEDURE
}
