/**
 * The complaint procedures: stages, deadlines, extensions, escalation, outcomes, remedies, actions and Ombudsman
 * referrals, reminders, and the complainant's tracking link. See {@code docs/complaints.md}.
 */
@org.springframework.modulith.ApplicationModule
package org.councilfeedback.complaints;
