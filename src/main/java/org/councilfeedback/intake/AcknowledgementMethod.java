package org.councilfeedback.intake;

/** How feedback is acknowledged: by the reply method, or not at all when it is anonymous. */
public enum AcknowledgementMethod {
    EMAIL, LETTER, PHONE, NONE;

    static AcknowledgementMethod of(ContactMethod method) {
        return method == null ? NONE : valueOf(method.name());
    }
}
