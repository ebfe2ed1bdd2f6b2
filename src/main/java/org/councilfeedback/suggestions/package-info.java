/**
 * Suggestions: passing each one to the service it relates to (an email to the service manager), the service's
 * decision ({@code ADOPTED}, {@code UNDER_CONSIDERATION} or {@code NOT_ADOPTED}, with an explanation) within the
 * profile's working days, reminders when that decision is due and when it is overdue, telling the person whether we
 * made any changes as a result (by the method they asked for), and counts by outcome for reporting.
 *
 * <p>A suggestion is passed on when staff classify it as one ({@link org.councilfeedback.triage.FeedbackClassified})
 * and its service area is known, or when its service area is set later
 * ({@code PUT /api/v1/feedback/{reference}/suggestion}).
 */
@org.springframework.modulith.ApplicationModule
package org.councilfeedback.suggestions;
