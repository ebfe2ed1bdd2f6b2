/** The public form journey, the submission API, staff recording, references, idempotency, spam and rate limits. */
@org.springframework.modulith.ApplicationModule
package org.councilfeedback.intake;
