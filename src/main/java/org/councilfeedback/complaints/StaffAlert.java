package org.councilfeedback.complaints;

import java.time.LocalDate;

/** An email to a member of staff or a team address (a referral or a new-information alert), sent after commit. */
record StaffAlert(String reference, String dedupeKey, String recipientName, String email, String subject, String body,
        LocalDate dueBy) {}
