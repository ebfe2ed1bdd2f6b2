package org.councilfeedback.suggestions.web;

import org.councilfeedback.suggestions.SuggestionDecision;

/** The suggestion forms as submitted: the service it is for, and the service's decision. */
final class SuggestionForms {

    private SuggestionForms() {
    }

    /** The service a suggestion is for. */
    static class ServiceForm {

        static final String[] FIELDS = {"serviceArea"};

        private String serviceArea;

        public String getServiceArea() {
            return serviceArea;
        }

        public void setServiceArea(String serviceArea) {
            this.serviceArea = serviceArea;
        }
    }

    /** The service's decision and its explanation, which the person is told. */
    static class DecisionForm {

        static final String[] FIELDS = {"decision", "explanation"};

        private String decision;
        private String explanation;

        /** The decision chosen, or null when none (or an unknown one) was. */
        SuggestionDecision parsedDecision() {
            for (SuggestionDecision value : SuggestionDecision.values()) {
                if (value.name().equals(decision)) {
                    return value;
                }
            }
            return null;
        }

        public String getDecision() {
            return decision;
        }

        public void setDecision(String decision) {
            this.decision = decision;
        }

        public String getExplanation() {
            return explanation;
        }

        public void setExplanation(String explanation) {
            this.explanation = explanation;
        }
    }
}
