package org.councilfeedback.complaints;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.councilfeedback.intake.FeedbackRecord;
import org.councilfeedback.organisation.CouncilProfile;
import org.councilfeedback.timescales.WorkingDayCalendar;
import org.councilfeedback.triage.Exclusion;

/**
 * Writes every message a complainant receives, in the profile's words: what happens next, acknowledgements,
 * escalations, extensions, responses and the kind explanation when the complaints procedure does not apply.
 * {@code {trackingLink}} and {@code {trackingLinkExpires}} are left in place: a fresh link is issued when the message
 * is sent, so no link is kept in plain text before then.
 */
final class ComplaintLetters {

    /** A message: its subject and its text, paragraphs separated by a blank line. */
    record Message(String subject, String body) {}

    private final Map<String, String> wording;
    private final Map<String, ComplaintsSettings.ExclusionWording> exclusions;
    private final CouncilProfile profile;
    private final WorkingDayCalendar calendar;

    ComplaintLetters(ComplaintsSettings settings, CouncilProfile profile, WorkingDayCalendar calendar, Procedures procedures) {
        this.wording = settings.wording();
        this.exclusions = settings.exclusions();
        this.profile = profile;
        this.calendar = calendar;
        checkComplete(procedures);
    }

    private void checkComplete(Procedures procedures) {
        List<String> keys = new ArrayList<>(List.of("sign-off", "treated-as-complaint", "out-of-time-accepted",
                "next-steps.subject", "next-steps.tracking", "acknowledgement.subject", "acknowledgement.body",
                "escalation.subject", "escalation.body", "escalation.body-awaiting-acknowledgement", "extension.subject",
                "extension.body", "extension.ombudsman-note", "response.subject", "response.opening", "response.decision",
                "response.reasons", "response.remedies", "response.actions", "response.escalate", "response.final",
                "ombudsman.declined"));
        for (Outcome outcome : Outcome.values()) {
            keys.add("outcomes." + key(outcome));
        }
        for (Remedy remedy : Remedy.values()) {
            keys.add("remedies." + key(remedy));
        }
        procedures.all().forEach(p -> keys.add("next-steps." + p.nextStepsWording()));
        for (String key : keys) {
            if (!wording.containsKey(key)) {
                throw new IllegalStateException("The council profile has no wording for 'complaints.wording." + key + "'");
            }
        }
        for (Exclusion exclusion : Exclusion.values()) {
            var w = exclusions.get(key(exclusion));
            if (w == null || w.subject() == null || w.text() == null) {
                throw new IllegalStateException("The council profile has no subject and text for 'complaints.exclusions."
                        + key(exclusion) + "'");
            }
        }
    }

    static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    // the messages

    Message nextSteps(ComplaintCase c, FeedbackRecord record, boolean typeChanged, boolean outOfTimeAccepted) {
        Stage stage = c.current();
        Map<String, String> values = stageValues(c, stage, record);
        List<String> paragraphs = new ArrayList<>();
        if (typeChanged) {
            paragraphs.add(text("treated-as-complaint", values));
        }
        if (outOfTimeAccepted) {
            paragraphs.add(text("out-of-time-accepted", values));
        }
        paragraphs.add(text("next-steps." + c.procedure().nextStepsWording(), values));
        paragraphs.add(text("next-steps.tracking", values));
        return letter(text("next-steps.subject", values), values, paragraphs);
    }

    Message acknowledgement(ComplaintCase c, Stage stage, FeedbackRecord record) {
        Map<String, String> values = stageValues(c, stage, record);
        return letter(text("acknowledgement.subject", values), values, List.of(text("acknowledgement.body", values),
                text("next-steps.tracking", values)));
    }

    Message escalation(ComplaintCase c, Stage stage, FeedbackRecord record) {
        Map<String, String> values = stageValues(c, stage, record);
        boolean awaitingAcknowledgement = c.rules(stage).clock() instanceof ResponseClock.FromAcknowledgement
                && stage.acknowledgedOn() == null;
        String body = text(awaitingAcknowledgement ? "escalation.body-awaiting-acknowledgement" : "escalation.body", values);
        return letter(text("escalation.subject", values), values, List.of(body, text("next-steps.tracking", values)));
    }

    Message extension(ComplaintCase c, Stage stage, FeedbackRecord record) {
        Map<String, String> values = stageValues(c, stage, record);
        values.put("extendedTo", date(stage.extendedTo()));
        values.put("reason", stage.extensionReason());
        return letter(text("extension.subject", values), values,
                List.of(text("extension.body", values), text("extension.ombudsman-note", values)));
    }

    /** The response at the current stage as it would be sent if given on {@code respondedOn}. */
    Message response(ComplaintCase c, Stage stage, FeedbackRecord record, Outcome outcome, List<Remedy> remedies,
            String summary, List<Stage.Action> actions, LocalDate respondedOn) {
        Map<String, String> values = stageValues(c, stage, record);
        StageRules rules = c.rules(stage);
        values.put("decision", outcome == null ? "[the decision]" : text("outcomes." + key(outcome), values));
        values.put("summary", summary == null || summary.isBlank() ? "[the reasons for the decision]" : summary.strip());
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(text("response.opening", values));
        paragraphs.add(text("response.decision", values));
        if (outcome != Outcome.WITHDRAWN) {
            paragraphs.add(text("response.reasons", values));
        }
        if (remedies != null && !remedies.isEmpty()) {
            StringBuilder list = new StringBuilder(text("response.remedies", values));
            remedies.stream().distinct().forEach(r -> list.append("\n- ").append(text("remedies." + key(r), values)));
            paragraphs.add(list.toString());
        }
        List<Stage.Action> open = actions == null ? List.of() : actions.stream().filter(Stage.Action::open).toList();
        if (!open.isEmpty()) {
            StringBuilder list = new StringBuilder(text("response.actions", values));
            open.forEach(a -> list.append("\n- ").append(a.description().strip()).append(" (by ").append(date(a.dueBy())).append(")"));
            paragraphs.add(list.toString());
        }
        if (outcome != Outcome.WITHDRAWN) {
            if (c.procedure().hasStageAfter(stage.number())) {
                values.put("escalateBy", date(rules.escalateWithin().after(respondedOn, calendar)));
                paragraphs.add(text("response.escalate", values));
            } else {
                paragraphs.add(text("response.final", values));
            }
        }
        return letter(text("response.subject", values), values, paragraphs);
    }

    Message exclusion(Exclusion exclusion, FeedbackRecord record, boolean typeChanged) {
        Map<String, String> values = commonValues(record);
        var contacts = profile.contacts();
        values.put("schoolsExplanation", contacts.schools() == null ? "" : contacts.schools().explanation());
        values.put("beyondTheSchool", contacts.schools() == null ? "" : contacts.schools().beyondTheSchool());
        values.put("highwaysUrl", contacts.highwaysReporting() == null ? "" : contacts.highwaysReporting().url());
        values.put("highwaysPhone", contacts.highwaysReporting() == null ? "" : contacts.highwaysReporting().phone());
        values.put("monitoringOfficerName", contacts.monitoringOfficer() == null ? "Monitoring Officer" : contacts.monitoringOfficer().name());
        values.put("monitoringOfficerEmail", contacts.monitoringOfficer() == null ? "" : contacts.monitoringOfficer().email());
        values.put("mpExplanation", contacts.membersOfParliament() == null ? "" : contacts.membersOfParliament().explanation());
        values.put("mpUrl", contacts.membersOfParliament() == null ? "" : contacts.membersOfParliament().url());
        values.put("dataProtectionEmail", contacts.dataProtection() == null ? "" : contacts.dataProtection().email());
        values.put("dataProtectionPhone", contacts.dataProtection() == null ? "" : contacts.dataProtection().phone());
        values.putAll(ombudsmanValues(OmbudsmanBody.LGSCO));
        ComplaintsSettings.ExclusionWording w = exclusions.get(key(exclusion));
        List<String> paragraphs = new ArrayList<>();
        if (typeChanged) {
            paragraphs.add(text("treated-as-complaint", values));
        }
        paragraphs.add(fill(w.text(), values));
        if (w.ombudsman()) {
            paragraphs.add(text("ombudsman.declined", values));
        }
        return letter(fill(w.subject(), values), values, paragraphs);
    }

    // values and text

    private Map<String, String> stageValues(ComplaintCase c, Stage stage, FeedbackRecord record) {
        Map<String, String> values = commonValues(record);
        StageRules rules = c.rules(stage);
        StageDeadlines d = rules.deadlines(stage, calendar);
        values.put("procedureName", c.procedure().name());
        values.put("stageName", rules.name());
        values.put("stageNumber", Integer.toString(stage.number()));
        values.put("stageCount", Integer.toString(c.procedure().stages().size()));
        values.put("nextStageName", c.procedure().hasStageAfter(stage.number())
                ? c.procedure().stage(stage.number() + 1).name() : "");
        values.put("acknowledgeBy", d.acknowledgeBy() == null ? "" : date(d.acknowledgeBy()));
        values.put("dueBy", date(d.respondBy()));
        values.put("respondWithin", rules.clock().within().describe());
        values.putAll(ombudsmanValues(c.procedure().ombudsman()));
        return values;
    }

    private Map<String, String> commonValues(FeedbackRecord record) {
        var contacts = profile.contacts();
        Map<String, String> values = new HashMap<>();
        values.put("council", profile.name());
        values.put("reference", record.reference());
        values.put("name", record.contact() == null || record.contact().name() == null ? "" : record.contact().name());
        values.put("customerServicesPhone", contacts.customerServices().phone());
        values.put("minicom", contacts.customerServices().minicom());
        values.put("postalAddress", contacts.postalAddressOneLine());
        values.put("safeguardingPhone", contacts.safeguarding() == null ? "" : contacts.safeguarding().phone());
        return values;
    }

    Map<String, String> ombudsmanValues(OmbudsmanBody body) {
        CouncilProfile.Body contact = body == OmbudsmanBody.ICO ? profile.contacts().informationCommissioner()
                : profile.contacts().ombudsman();
        Map<String, String> values = new HashMap<>();
        values.put("ombudsmanName", contact == null ? "" : contact.name());
        values.put("ombudsmanAddress", contact == null ? "" : contact.addressOneLine());
        values.put("ombudsmanPhone", contact == null ? "" : contact.phone());
        values.put("ombudsmanWebsite", contact == null ? "" : contact.website());
        return values;
    }

    private Message letter(String subject, Map<String, String> values, List<String> paragraphs) {
        List<String> all = new ArrayList<>();
        String name = values.get("name");
        all.add("Dear " + (name == null || name.isBlank() ? "Sir or Madam" : name) + ",");
        all.addAll(paragraphs);
        all.add("Yours sincerely,\n" + text("sign-off", values) + "\n" + profile.name());
        return new Message(subject, String.join("\n\n", all));
    }

    String text(String key, Map<String, String> values) {
        String template = wording.get(key);
        if (template == null) {
            throw new IllegalStateException("The council profile has no wording for 'complaints.wording." + key + "'");
        }
        return fill(template, values);
    }

    static String fill(String template, Map<String, String> values) {
        String text = template.strip();
        for (var entry : values.entrySet()) {
            text = text.replace("{" + entry.getKey() + "}", entry.getValue() == null ? "" : entry.getValue());
        }
        return text;
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.format(ComplaintCase.DATE);
    }
}
