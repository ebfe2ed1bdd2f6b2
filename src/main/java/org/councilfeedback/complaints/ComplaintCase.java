package org.councilfeedback.complaints;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.councilfeedback.timescales.WorkingDayCalendar;

/**
 * A complaint handled under one version of a procedure: its stages in order, the current one last, and any Ombudsman
 * referral. Every change goes through a method here that checks the procedure allows it, so a case can only move the
 * way its procedure says.
 */
final class ComplaintCase {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final long feedbackId;
    private final String reference;
    private final Procedure procedure;
    private final Instant receivedAt;
    private final List<Stage> stages;
    private OmbudsmanReferral referral;

    ComplaintCase(long feedbackId, String reference, Procedure procedure, Instant receivedAt, List<Stage> stages,
            OmbudsmanReferral referral) {
        this.feedbackId = feedbackId;
        this.reference = reference;
        this.procedure = procedure;
        this.receivedAt = receivedAt;
        this.stages = new ArrayList<>(stages);
        this.referral = referral;
    }

    /** A new case with its first stage open from {@code openedOn} (the day the clock started for the complaint). */
    static ComplaintCase open(long feedbackId, String reference, Procedure procedure, Instant receivedAt, Instant at,
            LocalDate openedOn, String by) {
        return new ComplaintCase(feedbackId, reference, procedure, receivedAt,
                List.of(Stage.opened(1, at, openedOn, by, null)), null);
    }

    long feedbackId() {
        return feedbackId;
    }

    String reference() {
        return reference;
    }

    Procedure procedure() {
        return procedure;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    List<Stage> stages() {
        return List.copyOf(stages);
    }

    Optional<OmbudsmanReferral> referral() {
        return Optional.ofNullable(referral);
    }

    Stage current() {
        return stages.get(stages.size() - 1);
    }

    StageRules rules(Stage stage) {
        return procedure.stage(stage.number());
    }

    StageDeadlines deadlines(Stage stage, WorkingDayCalendar calendar) {
        return rules(stage).deadlines(stage, calendar);
    }

    /** The earliest deadline still to meet at the current stage (null once it is responded to). */
    LocalDate nextDeadline(WorkingDayCalendar calendar) {
        return nextDeadline(procedure, current(), calendar);
    }

    static LocalDate nextDeadline(Procedure procedure, Stage stage, WorkingDayCalendar calendar) {
        if (stage.responded()) {
            return null;
        }
        StageRules rules = procedure.stage(stage.number());
        StageDeadlines d = rules.deadlines(stage, calendar);
        LocalDate next = d.respondBy();
        if (rules.needsAcknowledgement() && stage.acknowledgedOn() == null && d.acknowledgeBy().isBefore(next)) {
            next = d.acknowledgeBy();
        }
        if (d.panelBy() != null && stage.panelHeldOn() == null && d.panelBy().isBefore(next)) {
            next = d.panelBy();
        }
        if (d.reportBy() != null && stage.panelReportOn() == null && d.reportBy().isBefore(next)) {
            next = d.reportBy();
        }
        return next;
    }

    /** Whether the complainant may ask for the next stage on {@code today}, and the reason when not. */
    Optional<String> whyNoEscalation(LocalDate today, WorkingDayCalendar calendar) {
        Stage stage = current();
        String name = rules(stage).name();
        if (!stage.responded()) {
            return Optional.of("We have not responded at " + name + " yet; the complaint can be taken further once we have.");
        }
        if (stage.response().outcome() == Outcome.WITHDRAWN) {
            return Optional.of("The complaint was withdrawn at " + name + ", so it cannot be taken further.");
        }
        if (!procedure.hasStageAfter(stage.number())) {
            return Optional.of(name + " was the last stage of the " + procedure.name() + "; there is no further stage. "
                    + "The complainant can now go to the " + ombudsmanWords() + ".");
        }
        LocalDate escalateBy = deadlines(stage, calendar).escalateBy();
        if (today.isAfter(escalateBy)) {
            return Optional.of("The time to ask for " + procedure.stage(stage.number() + 1).name() + " ended on "
                    + escalateBy.format(DATE) + " (" + rules(stage).escalateWithin().describe() + " after our response on "
                    + stage.response().respondedOn().format(DATE) + ").");
        }
        return Optional.empty();
    }

    // transitions

    Stage acknowledge(LocalDate on) {
        Stage stage = openStage("acknowledge");
        if (stage.acknowledgedOn() != null) {
            throw rule(rules(stage).name() + " was already acknowledged on " + stage.acknowledgedOn().format(DATE) + ".");
        }
        LocalDate day = on.isBefore(stage.openedOn()) ? stage.openedOn() : on;
        return replaceCurrent(stage.acknowledged(day));
    }

    Stage assign(String handler, String independentPerson) {
        Stage stage = openStage("assign");
        StageRules rules = rules(stage);
        if (rules.differentHandler()) {
            for (Stage earlier : stages) {
                if (earlier.number() < stage.number() && handled(earlier, handler)) {
                    throw rule(handler + " handled " + rules(earlier).name() + " of this complaint; at " + rules.name()
                            + " of the " + procedure.name() + " someone who did not deal with it before must handle it.");
                }
            }
        }
        if (independentPerson != null && !rules.independentPerson()) {
            throw rule(rules.name() + " of the " + procedure.name() + " does not have an independent person.");
        }
        return replaceCurrent(stage.assigned(handler, independentPerson != null ? independentPerson : stage.independentPerson()));
    }

    Stage extend(LocalDate to, String reason, WorkingDayCalendar calendar) {
        Stage stage = openStage("extend");
        StageRules rules = rules(stage);
        if (rules.extendByUpTo() == null) {
            throw rule(rules.name() + " of the " + procedure.name() + " cannot be extended.");
        }
        StageDeadlines d = rules.deadlines(stage, calendar);
        if (!calendar.isWorkingDay(to)) {
            throw rule(to.format(DATE) + " is not a working day; choose a working day for the new due date.");
        }
        if (!to.isAfter(d.respondBy())) {
            throw rule("The new due date must be after the current one, " + d.respondBy().format(DATE) + ".");
        }
        if (to.isAfter(d.latestExtension())) {
            throw rule(rules.name() + " can be extended by up to " + rules.extendByUpTo().describe() + ", to "
                    + d.latestExtension().format(DATE) + " at the latest.");
        }
        return replaceCurrent(stage.extended(to, reason));
    }

    Stage agreeResponseDate(LocalDate respondBy, String note, LocalDate today, WorkingDayCalendar calendar) {
        Stage stage = openStage("agree a response date for");
        StageRules rules = rules(stage);
        if (!rules.responseAgreedWithComplainant()) {
            throw rule("At " + rules.name() + " of the " + procedure.name()
                    + " the response date is set by the procedure, not agreed with the complainant.");
        }
        if (respondBy.isBefore(today) || respondBy.isBefore(stage.openedOn())) {
            throw rule("The agreed response date must be today or later.");
        }
        if (!calendar.isWorkingDay(respondBy)) {
            throw rule(respondBy.format(DATE) + " is not a working day; agree a working day.");
        }
        return replaceCurrent(stage.agreed(respondBy, note).extended(null, null));
    }

    Stage recordPanel(LocalDate heldOn, LocalDate today) {
        Stage stage = openStage("record a review panel for");
        requireReviewPanel(stage);
        if (heldOn.isAfter(today) || heldOn.isBefore(stage.openedOn())) {
            throw rule("The panel date must be between the request (" + stage.openedOn().format(DATE) + ") and today.");
        }
        return replaceCurrent(stage.panelHeld(heldOn));
    }

    Stage recordPanelReport(LocalDate receivedOn, LocalDate today) {
        Stage stage = openStage("record a review panel report for");
        requireReviewPanel(stage);
        if (stage.panelHeldOn() == null) {
            throw rule("Record the date the review panel met before its report.");
        }
        if (receivedOn.isAfter(today) || receivedOn.isBefore(stage.panelHeldOn())) {
            throw rule("The report date must be between the panel (" + stage.panelHeldOn().format(DATE) + ") and today.");
        }
        return replaceCurrent(stage.panelReported(receivedOn));
    }

    Stage respond(Stage.Response response) {
        Stage stage = openStage("respond to");
        StageRules rules = rules(stage);
        String handler = stage.handler() != null ? stage.handler() : response.respondedBy();
        boolean withdrawn = response.outcome() == Outcome.WITHDRAWN;
        if (rules.differentHandler() && !withdrawn) {
            for (Stage earlier : stages) {
                if (earlier.number() < stage.number() && handled(earlier, handler)) {
                    throw rule(handler + " handled " + rules(earlier).name() + " of this complaint; at " + rules.name()
                            + " someone who did not deal with it before must handle it. Assign another handler first.");
                }
            }
        }
        if (rules.independentPerson() && stage.independentPerson() == null && !withdrawn) {
            throw rule("Record the independent person for " + rules.name() + " (with the assignment) before responding.");
        }
        if (rules.reviewPanel() && stage.panelReportOn() == null && !withdrawn) {
            throw rule("Record the review panel's report before responding at " + rules.name() + ".");
        }
        return replaceCurrent(stage.assigned(handler, stage.independentPerson()).respondedWith(response));
    }

    Stage escalate(String reason, Instant at, LocalDate openedOn, String by, LocalDate today, WorkingDayCalendar calendar) {
        whyNoEscalation(today, calendar).ifPresent(why -> {
            throw rule(why);
        });
        Stage next = Stage.opened(current().number() + 1, at, openedOn, by, reason);
        stages.add(next);
        return next;
    }

    OmbudsmanReferral refer(OmbudsmanReferral newReferral) {
        if (referral != null) {
            throw rule("A referral to the " + referral.body() + " is already recorded; update it with PUT.");
        }
        checkReferral(newReferral);
        referral = newReferral;
        return referral;
    }

    OmbudsmanReferral updateReferral(OmbudsmanReferral updated) {
        if (referral == null) {
            throw new ComplaintException.NotFound("No Ombudsman referral is recorded for " + reference + "; record it with POST first.");
        }
        checkReferral(updated);
        referral = updated;
        return referral;
    }

    private void checkReferral(OmbudsmanReferral r) {
        if (r.body() != procedure.ombudsman()) {
            throw rule(procedure.name() + " complaints go to the " + procedure.ombudsman() + ", not the " + r.body() + ".");
        }
        if (r.enquiryOn() != null && r.decisionOn() != null && r.decisionOn().isBefore(r.enquiryOn())) {
            throw rule("The decision date cannot be before the enquiry date.");
        }
        if (r.complianceDueBy() != null && r.decisionOn() != null && r.complianceDueBy().isBefore(r.decisionOn())) {
            throw rule("The compliance date cannot be before the decision date.");
        }
    }

    private void requireReviewPanel(Stage stage) {
        if (!rules(stage).reviewPanel()) {
            throw rule(rules(stage).name() + " of the " + procedure.name() + " has no review panel.");
        }
    }

    private Stage openStage(String verb) {
        Stage stage = current();
        if (stage.responded()) {
            throw rule("We have already responded at " + rules(stage).name() + " (on "
                    + stage.response().respondedOn().format(DATE) + "), so there is no open stage to " + verb + ".");
        }
        return stage;
    }

    private Stage replaceCurrent(Stage stage) {
        stages.set(stages.size() - 1, stage);
        return stage;
    }

    private static boolean handled(Stage stage, String username) {
        return username != null && (username.equalsIgnoreCase(stage.handler())
                || stage.responded() && username.equalsIgnoreCase(stage.response().respondedBy()));
    }

    String ombudsmanWords() {
        return procedure.ombudsman() == OmbudsmanBody.ICO ? "Information Commissioner's Office" : "Local Government and Social Care Ombudsman";
    }

    private static ComplaintException.RuleBroken rule(String detail) {
        return new ComplaintException.RuleBroken(detail);
    }
}
