package org.councilfeedback.safeguarding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.councilfeedback.intake.FeedbackDetailsContributor;
import org.councilfeedback.intake.FeedbackRecord;
import org.springframework.stereotype.Component;

/** Puts the SAFEGUARDING flag and the banner's details on every case with a concern. */
@Component
class SafeguardingDetailsContributor implements FeedbackDetailsContributor {

    static final String FLAG = "SAFEGUARDING";

    private final Safeguarding safeguarding;

    SafeguardingDetailsContributor(Safeguarding safeguarding) {
        this.safeguarding = safeguarding;
    }

    @Override
    public void contribute(FeedbackRecord record, Map<String, Object> details) {
        List<SafeguardingConcern> concerns = safeguarding.concernsFor(record.reference());
        if (concerns.isEmpty()) {
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
        boolean open = concerns.stream().anyMatch(c -> c.status() == ConcernStatus.OPEN);
        Map<String, Object> banner = new LinkedHashMap<>();
        banner.put("status", open ? ConcernStatus.OPEN : ConcernStatus.REFERRED);
        banner.put("banner", open
                ? "Safeguarding concern raised: refer it to " + safeguarding.referralPhone() + " now and record the referral."
                : "Safeguarding concern referred to the appropriate authority.");
        banner.put("statement", safeguarding.statement());
        banner.put("referralPhone", safeguarding.referralPhone());
        banner.put("concerns", concerns.stream().map(SafeguardingJson::concern).toList());
        details.put("safeguarding", banner);
    }
}
