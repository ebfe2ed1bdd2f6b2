package org.councilfeedback.intake.web;

import java.util.ArrayList;
import java.util.List;
import org.councilfeedback.organisation.CouncilProfile;

/**
 * One radio button: the value sent, its label, an optional hint, and whether an "or" divider comes before it. The
 * lists below are the journey's answers; the wording of the four types is the feedback policy's.
 */
record Choice(String value, String text, String hint, boolean dividerBefore) {

    static final String NOT_SURE = "not-sure";

    static Choice of(String value, String text, String hint) {
        return new Choice(value, text, hint, false);
    }

    static Choice orElse(String value, String text, String hint) {
        return new Choice(value, text, hint, true);
    }

    static List<Choice> about() {
        return List.of(
                of("SOMEONE_AT_RISK", "Someone may be unsafe or at risk of being harmed",
                        "This includes a child or an adult who may be being abused or neglected"),
                of("SCHOOL", "A complaint about an individual school or academy",
                        "Complaints about a school are handled by the school's governing body"),
                of("HIGHWAY_PROBLEM", "Reporting a problem with a road or pavement for the first time",
                        "For example, a pothole, a blocked drain or a broken streetlight"),
                orElse("FEEDBACK", "None of these", null));
    }

    static List<Choice> types(CouncilProfile council) {
        return List.of(
                of("COMPLAINT", "Complaint", "An expression of dissatisfaction with " + council.name()
                        + " that you believe needs resolution. For example, a service that is delayed or unsatisfactory, "
                        + "or an employee's attitude or behaviour."),
                of("COMPLIMENT", "Compliment", "An expression of praise or gratitude about an individual, a service, or a policy."),
                of("SUGGESTION", "Suggestion", "An idea or plan put forward for consideration."),
                of("REPRESENTATION", "Representation", "A comment or complaint about council policy or procedure "
                        + "(rather than how we have applied a policy or procedure), or about the allocation of resources "
                        + "or the nature or availability of services."),
                orElse("NOT_SURE", "I'm not sure", "We will decide which it is and tell you."));
    }

    static List<Choice> serviceAreas(CouncilProfile council) {
        List<Choice> choices = new ArrayList<>();
        for (CouncilProfile.ServiceArea area : council.serviceAreas()) {
            choices.add(of(area.code(), area.name(), null));
        }
        choices.add(orElse(NOT_SURE, "I'm not sure", "We will find the right service"));
        return List.copyOf(choices);
    }

    static List<Choice> yesNo() {
        return List.of(of("yes", "Yes", null), of("no", "No", null));
    }

    static List<Choice> consent() {
        return List.of(of("yes", "Yes, they have agreed", null),
                of("no", "No, or they cannot agree", "For example, because they are a young child or are too unwell"));
    }

    static List<Choice> reply() {
        return List.of(
                of("contact", "Yes, I will give my contact details",
                        "We will let you know we have received your feedback and keep you updated"),
                of("anonymous", "No, I want to stay anonymous",
                        "We will still look into your feedback, but we will not be able to reply to you or tell you what happens"));
    }

    static List<Choice> contactMethods() {
        return List.of(
                of("EMAIL", "Email", "We will email you straight away to confirm we have received your feedback"),
                of("LETTER", "Letter", "We will write to you by post"),
                of("PHONE", "Phone", "We will call you"));
    }
}
