package org.councilfeedback.access;

/** How much of a case someone may see. */
public enum CaseAccess {
    /** Nothing: the case does not exist as far as they are concerned (404). */
    NONE,
    /** Counted in statistics and reports only: no case content, no personal data. */
    STATISTICS,
    /** The case, but not the complainant's personal details (the member of staff the case is about). */
    WITHOUT_PERSONAL_DATA,
    /** Everything. */
    FULL;

    public boolean canSeeCase() {
        return this == WITHOUT_PERSONAL_DATA || this == FULL;
    }

    public boolean canSeePersonalData() {
        return this == FULL;
    }
}
