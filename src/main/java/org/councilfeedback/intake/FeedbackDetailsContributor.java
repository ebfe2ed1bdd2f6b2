package org.councilfeedback.intake;

import java.util.Map;

/**
 * Lets other modules add what they own (process, stages, flags…) to a feedback record's details, without intake
 * depending on them. Implementations are Spring beans; keys they add appear in the API's JSON and on the staff page.
 */
public interface FeedbackDetailsContributor {

    void contribute(FeedbackRecord record, Map<String, Object> details);
}
