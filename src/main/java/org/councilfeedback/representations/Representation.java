package org.councilfeedback.representations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A representation as stored: its policy area, group, the Director's decision and the members' decision. */
public record Representation(
        long feedbackId,
        String reference,
        Instant receivedAt,
        boolean active,
        String policyArea,
        Long groupId,
        Long proposedGroupId,
        Double proposedSimilarity,
        Instant routedAt,
        Instant noticeSentAt,
        LocalDate decisionDueBy,
        RepresentationDecision decision,
        String reason,
        String nextSteps,
        String organisation,
        String decidedBy,
        Instant decidedAt,
        MembersDecision membersDecision,
        LocalDate membersDecidedOn,
        String membersSummary,
        String membersRecordedBy) {

    /** The representation as the API shows it. */
    public Map<String, Object> asMap() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("reference", reference);
        json.put("policyArea", policyArea);
        json.put("groupId", groupId);
        Map<String, Object> proposal = null;
        if (proposedGroupId != null && groupId == null) {
            proposal = new LinkedHashMap<>();
            proposal.put("groupId", proposedGroupId);
            proposal.put("similarity", proposedSimilarity == null ? null : Math.round(proposedSimilarity * 100) / 100.0);
        }
        json.put("proposedGroup", proposal);
        json.put("passedToDirectorAt", routedAt);
        json.put("decisionDueBy", decisionDueBy);
        json.put("decision", decision);
        json.put("reason", reason);
        json.put("nextSteps", nextSteps);
        json.put("organisation", organisation);
        json.put("decidedBy", decidedBy);
        json.put("decidedAt", decidedAt);
        Map<String, Object> members = null;
        if (membersDecision != null) {
            members = new LinkedHashMap<>();
            members.put("decision", membersDecision);
            members.put("decidedOn", membersDecidedOn);
            members.put("summary", membersSummary);
            members.put("recordedBy", membersRecordedBy);
        }
        json.put("membersDecision", members);
        return json;
    }
}
