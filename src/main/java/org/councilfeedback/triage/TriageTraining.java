package org.councilfeedback.triage;

import java.time.Instant;

/**
 * What the triage assistant's classifiers were last trained on.
 *
 * @param corpusMessages the labelled messages bundled with the application
 * @param staffDecisions the recorded staff decisions used (anonymised ones are never used)
 * @param tookMillis     how long training took
 * @param trainedAt      when training finished
 */
public record TriageTraining(int corpusMessages, int staffDecisions, long tookMillis, Instant trainedAt) {
}
