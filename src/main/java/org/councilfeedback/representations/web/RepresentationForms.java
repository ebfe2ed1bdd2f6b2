package org.councilfeedback.representations.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.councilfeedback.representations.MembersDecision;
import org.councilfeedback.representations.ReconsiderationDecision;
import org.councilfeedback.representations.RepresentationDecision;
import org.councilfeedback.representations.Representations;

/** The representation forms as submitted: text as typed, turned into commands only when valid. */
final class RepresentationForms {

    private RepresentationForms() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        return null;
    }

    /** The policy area a representation is about. */
    static class PolicyAreaForm {

        static final String[] FIELDS = {"policyArea"};

        private String policyArea;

        public String getPolicyArea() {
            return policyArea;
        }

        public void setPolicyArea(String policyArea) {
            this.policyArea = policyArea;
        }
    }

    /** The group: an existing one ({@code groupId}) or a new one ({@code newGroup=true}, with an optional title). */
    static class GroupForm {

        static final String[] FIELDS = {"groupId", "newGroup", "title"};

        private String groupId;
        private String newGroup;
        private String title;

        boolean isNewGroup() {
            return "true".equals(newGroup);
        }

        /** The group chosen, or null when none (or no number) was. */
        Long parsedGroupId() {
            try {
                return groupId == null || groupId.isBlank() ? null : Long.valueOf(groupId.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }

        public String getGroupId() {
            return groupId;
        }

        public void setGroupId(String groupId) {
            this.groupId = groupId;
        }

        public String getNewGroup() {
            return newGroup;
        }

        public void setNewGroup(String newGroup) {
            this.newGroup = newGroup;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }
    }

    /** The Director's decision, on one representation or on a whole group. */
    static class DecisionForm {

        static final String[] FIELDS = {"decision", "reason", "nextSteps", "organisation"};

        private String decision;
        private String reason;
        private String nextSteps;
        private String organisation;

        RepresentationDecision parsedDecision() {
            return parse(RepresentationDecision.class, decision);
        }

        Representations.DecisionCommand command() {
            return new Representations.DecisionCommand(parsedDecision(), reason, nextSteps, organisation);
        }

        public String getDecision() {
            return decision;
        }

        public void setDecision(String decision) {
            this.decision = decision;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public String getNextSteps() {
            return nextSteps;
        }

        public void setNextSteps(String nextSteps) {
            this.nextSteps = nextSteps;
        }

        public String getOrganisation() {
            return organisation;
        }

        public void setOrganisation(String organisation) {
            this.organisation = organisation;
        }
    }

    /** The elected members' decision on a proposed change, with the date they made it. */
    static class MembersForm {

        static final String[] FIELDS = {"decision", "decidedOnDay", "decidedOnMonth", "decidedOnYear", "summary"};

        private String decision;
        private String decidedOnDay;
        private String decidedOnMonth;
        private String decidedOnYear;
        private String summary;

        MembersDecision parsedDecision() {
            return parse(MembersDecision.class, decision);
        }

        boolean dateBlank() {
            return blank(decidedOnDay) && blank(decidedOnMonth) && blank(decidedOnYear);
        }

        /** The date, or null when it is not a real date. */
        LocalDate parsedDate() {
            try {
                return LocalDate.of(Integer.parseInt(decidedOnYear.trim()), Integer.parseInt(decidedOnMonth.trim()),
                        Integer.parseInt(decidedOnDay.trim()));
            } catch (DateTimeException | NumberFormatException | NullPointerException e) {
                return null;
            }
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }

        public String getDecision() {
            return decision;
        }

        public void setDecision(String decision) {
            this.decision = decision;
        }

        public String getDecidedOnDay() {
            return decidedOnDay;
        }

        public void setDecidedOnDay(String decidedOnDay) {
            this.decidedOnDay = decidedOnDay;
        }

        public String getDecidedOnMonth() {
            return decidedOnMonth;
        }

        public void setDecidedOnMonth(String decidedOnMonth) {
            this.decidedOnMonth = decidedOnMonth;
        }

        public String getDecidedOnYear() {
            return decidedOnYear;
        }

        public void setDecidedOnYear(String decidedOnYear) {
            this.decidedOnYear = decidedOnYear;
        }

        public String getSummary() {
            return summary;
        }

        public void setSummary(String summary) {
            this.summary = summary;
        }
    }

    /** The Director's consideration of whether to re-investigate a group's concerns. */
    static class ReconsiderationForm {

        static final String[] FIELDS = {"decision", "reason"};

        private String decision;
        private String reason;

        ReconsiderationDecision parsedDecision() {
            return parse(ReconsiderationDecision.class, decision);
        }

        public String getDecision() {
            return decision;
        }

        public void setDecision(String decision) {
            this.decision = decision;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }
}
