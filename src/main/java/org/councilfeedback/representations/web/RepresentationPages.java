package org.councilfeedback.representations.web;

import java.util.List;
import java.util.Map;
import org.councilfeedback.representations.RepresentationException;
import org.councilfeedback.representations.RepresentationsProfile;
import org.councilfeedback.web.Choice;
import org.councilfeedback.web.FormErrors;
import org.councilfeedback.web.PageNotFoundException;
import org.springframework.security.access.AccessDeniedException;

/** What the representation pages share: who may do what, the choices of their forms, and errors as form errors. */
final class RepresentationPages {

    static final String FORM_VIEW = "staff/types/form-page";
    static final String TEMPLATE = "staff/types/representation";
    static final String ROUTERS = "hasAnyRole('COMPLAINTS_OFFICER','DIRECTOR')";
    static final String DIRECTORS = "hasRole('DIRECTOR')";
    static final String[] ROUTER_ROLES = {"COMPLAINTS_OFFICER", "DIRECTOR"};

    static final List<Choice> DECISION_CHOICES = List.of(
            new Choice("NO_CHANGE", "No change", "The policy stays. Give the reason: the person is told it is the "
                    + "council's final decision on this representation at this time"),
            new Choice("CHANGE_PROPOSED", "Change proposed", "Taken forward; elected members decide. Describe the next steps"),
            new Choice("OTHER_ORGANISATION", "Another organisation's policy", "Choose the organisation: the person is told "
                    + "who to contact"));
    static final List<Choice> MEMBERS_CHOICES = List.of(
            Choice.of("CHANGE_AGREED", "Change agreed"),
            Choice.of("CHANGE_NOT_AGREED", "Change not agreed"));
    static final List<Choice> RECONSIDERATION_CHOICES = List.of(
            new Choice("REINVESTIGATE", "Re-investigate", "The concerns raised are looked at again"),
            new Choice("NO_REINVESTIGATION", "Do not re-investigate", "The decisions stand"));

    /** The Director's decision form's fields, as the representations module names them. */
    static final Map<String, String> DECISION_FIELDS = Map.of(
            "decision", "representationDecision",
            "reason", "representationReason",
            "nextSteps", "representationNextSteps",
            "organisation", "representationOrganisation");

    private RepresentationPages() {
    }

    static List<Choice> policyAreaChoices(RepresentationsProfile settings) {
        return settings.policyAreas().stream().map(area -> Choice.of(area.code(), area.name())).toList();
    }

    static List<Choice> organisationChoices(RepresentationsProfile settings) {
        return settings.otherOrganisations().stream().map(org -> Choice.of(org.code(), org.name())).toList();
    }

    static String policyAreaName(RepresentationsProfile settings, String code) {
        return code == null ? null : settings.policyArea(code).map(RepresentationsProfile.PolicyArea::name).orElse(code);
    }

    /**
     * What is wrong, as form errors: each field's message on the form field {@code fields} maps it to ({@code ruleField}
     * when unknown), a broken rule on {@code ruleField}. Not found and forbidden are thrown as the pages show them.
     */
    static FormErrors errors(RepresentationException e, Map<String, String> fields, String ruleField) {
        switch (e.reason()) {
            case NOT_FOUND -> throw new PageNotFoundException();
            case FORBIDDEN -> throw new AccessDeniedException(e.getMessage());
            default -> {
            }
        }
        FormErrors errors = new FormErrors();
        if (e.reason() == RepresentationException.Reason.INVALID) {
            e.errors().forEach(error -> errors.add(fields.getOrDefault(error.field(), ruleField), error.message()));
        } else {
            errors.add(ruleField, e.getMessage());
        }
        return errors;
    }

    /** The start of a text, on one line, for tables. */
    static String summary(String text) {
        String line = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return line.length() <= 120 ? line : line.substring(0, 117) + "...";
    }
}
