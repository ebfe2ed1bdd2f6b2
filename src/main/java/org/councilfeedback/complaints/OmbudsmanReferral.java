package org.councilfeedback.complaints;

import java.time.Instant;
import java.time.LocalDate;

/** A complaint the complainant took to the Ombudsman (or the ICO): their reference, dates, decision and remedy. */
record OmbudsmanReferral(
        OmbudsmanBody body,
        String reference,
        LocalDate enquiryOn,
        LocalDate decisionOn,
        OmbudsmanDecision decision,
        String remedy,
        LocalDate complianceDueBy,
        String recordedBy,
        Instant recordedAt,
        Instant updatedAt) {}
