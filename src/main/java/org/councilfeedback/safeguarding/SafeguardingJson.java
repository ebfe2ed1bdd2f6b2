package org.councilfeedback.safeguarding;

import java.util.LinkedHashMap;
import java.util.Map;

/** A concern as JSON, the same in the API and in a case's details. */
public final class SafeguardingJson {

    private SafeguardingJson() {
    }

    public static Map<String, Object> concern(SafeguardingConcern c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", c.id());
        json.put("reference", c.reference());
        json.put("status", c.status());
        json.put("concern", c.concern());
        json.put("raisedBy", c.raisedBy());
        json.put("raisedAt", c.raisedAt());
        json.put("statement", c.statement());
        json.put("leadsAlertedAt", c.leadsAlertedAt());
        Map<String, Object> referral = null;
        if (c.referral() != null) {
            referral = new LinkedHashMap<>();
            referral.put("referredTo", c.referral().referredTo());
            referral.put("referredBy", c.referral().referredBy());
            referral.put("referredAt", c.referral().referredAt());
            referral.put("outcome", c.referral().outcome());
            referral.put("recordedAt", c.referral().recordedAt());
        }
        json.put("referral", referral);
        return json;
    }
}
