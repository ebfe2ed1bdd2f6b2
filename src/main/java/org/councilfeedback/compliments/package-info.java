/**
 * Compliments: who or what is praised (a named employee, a team or a service area), passing each compliment on to
 * the person and their service's managers, and counting compliments by service area for reporting.
 *
 * <p>A compliment is passed on once its subject is recorded ({@code PUT /api/v1/feedback/{reference}/compliment})
 * and the feedback is a compliment: chosen as one by the person, or classified as one by staff
 * ({@link org.councilfeedback.triage.FeedbackClassified}). The recipients come from the council profile's service
 * areas ({@code manager-email} and {@code compliment-recipients}), plus the named person's own email if given.
 */
@org.springframework.modulith.ApplicationModule
package org.councilfeedback.compliments;
