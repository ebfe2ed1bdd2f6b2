package org.councilfeedback.privacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.councilfeedback.intake.FeedbackDetailsContributor;
import org.councilfeedback.intake.FeedbackRecord;
import org.councilfeedback.intake.FeedbackRecords;
import org.springframework.stereotype.Component;

/** Shows a LEGAL_HOLD flag and the holds in force on a case, and when its personal data was anonymised. */
@Component
class LegalHoldDetailsContributor implements FeedbackDetailsContributor {

    static final String FLAG = "LEGAL_HOLD";

    private final LegalHolds holds;
    private final FeedbackRecords records;

    LegalHoldDetailsContributor(LegalHolds holds, FeedbackRecords records) {
        this.holds = holds;
        this.records = records;
    }

    @Override
    public void contribute(FeedbackRecord record, Map<String, Object> details) {
        if (records.isAnonymised(record.reference())) {
            details.put("anonymised", true);
        }
        List<LegalHold> inForce = holds.inForce(record.reference());
        if (inForce.isEmpty()) {
            return;
        }
        List<Object> flags = new ArrayList<>();
        if (details.get("flags") instanceof List<?> existing) {
            flags.addAll(existing);
        }
        if (!flags.contains(FLAG)) {
            flags.add(FLAG);
        }
        details.put("flags", flags);
        Map<String, Object> hold = new LinkedHashMap<>();
        hold.put("banner", "Legal hold: keep this case whole; the retention schedule will not anonymise it");
        hold.put("holds", inForce);
        details.put("legalHold", hold);
    }
}
