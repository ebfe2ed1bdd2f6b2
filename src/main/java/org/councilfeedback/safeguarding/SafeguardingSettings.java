package org.councilfeedback.safeguarding;

/** The council profile's {@code safeguarding} section. */
record SafeguardingSettings(String referralAuthority, String statement, String alertSubject) {

    static final String DEFAULT_STATEMENT =
            "Shared to protect someone at risk: confidentiality overridden under the Feedback Policy";

    SafeguardingSettings {
        referralAuthority = blank(referralAuthority) ? "the council's safeguarding referral line" : referralAuthority.trim();
        statement = blank(statement) ? DEFAULT_STATEMENT : statement.trim();
        alertSubject = blank(alertSubject) ? "Safeguarding concern raised on {reference}" : alertSubject.trim();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
