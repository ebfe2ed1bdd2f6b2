/** The complaint procedures: stages, deadlines, extensions, escalation, outcomes, remedies, actions and Ombudsman referrals. */
@org.springframework.modulith.ApplicationModule
package org.councilfeedback.complaints;
