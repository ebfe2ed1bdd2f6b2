package org.councilfeedback.complaints;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.councilfeedback.intake.FeedbackDetailsContributor;
import org.councilfeedback.intake.FeedbackRecord;
import org.councilfeedback.organisation.CouncilProfile;
import org.councilfeedback.timescales.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/**
 * Adds the complaint to the feedback record: {@code procedure}, {@code stages} (deadlines computed now from the stage's
 * facts, its procedure version and the calendar), {@code assignedTo}, {@code flags}, {@code actions},
 * {@code escalation} and {@code ombudsmanReferral}.
 */
@Component
class ComplaintDetailsContributor implements FeedbackDetailsContributor {

    private final ComplaintStore store;
    private final WorkingDayCalendar calendar;
    private final CouncilProfile profile;
    private final Clock clock;

    ComplaintDetailsContributor(ComplaintStore store, WorkingDayCalendar calendar, CouncilProfile profile, Clock clock) {
        this.store = store;
        this.calendar = calendar;
        this.profile = profile;
        this.clock = clock;
    }

    @Override
    public void contribute(FeedbackRecord record, Map<String, Object> details) {
        details.put("flags", store.flags(record.id()));
        store.load(record.id()).ifPresent(c -> {
            Procedure procedure = c.procedure();
            details.put("process", procedure.process());
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("process", procedure.process());
            p.put("version", procedure.version());
            p.put("name", procedure.name());
            p.put("ombudsman", procedure.ombudsman());
            details.put("procedure", p);
            details.put("assignedTo", c.current().handler());
            details.put("stages", c.stages().stream().map(stage -> stage(c, stage)).toList());
            details.put("actions", c.stages().stream().filter(Stage::responded)
                    .flatMap(stage -> stage.response().actions().stream().map(a -> action(stage, a))).toList());
            LocalDate today = LocalDate.ofInstant(clock.instant(), profile.timeZone());
            var why = c.whyNoEscalation(today, calendar);
            Map<String, Object> escalation = new LinkedHashMap<>();
            escalation.put("possible", why.isEmpty());
            escalation.put("nextStage", why.isEmpty() ? procedure.stage(c.current().number() + 1).name() : null);
            escalation.put("escalateBy", why.isEmpty() ? c.deadlines(c.current(), calendar).escalateBy() : null);
            escalation.put("reason", why.orElse(null));
            details.put("escalation", escalation);
            details.put("ombudsmanReferral", c.referral().map(ComplaintDetailsContributor::referral).orElse(null));
        });
    }

    private Map<String, Object> stage(ComplaintCase c, Stage stage) {
        StageDeadlines d = c.deadlines(stage, calendar);
        Stage.Response r = stage.response();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("number", stage.number());
        json.put("stage", stage.number());
        json.put("name", c.rules(stage).name());
        json.put("openedOn", stage.openedOn());
        json.put("acknowledgeBy", d.acknowledgeBy());
        json.put("acknowledgedOn", stage.acknowledgedOn());
        json.put("dueBy", d.dueBy());
        json.put("extendedTo", stage.extendedTo());
        json.put("respondedOn", r == null ? null : r.respondedOn());
        json.put("outcome", r == null ? null : r.outcome());
        json.put("handler", stage.handler());
        json.put("respondBy", d.respondBy());
        json.put("latestExtension", d.latestExtension());
        json.put("extensionReason", stage.extensionReason());
        json.put("escalationReason", stage.escalationReason());
        json.put("independentPerson", stage.independentPerson());
        json.put("agreedResponseBy", stage.agreedResponseBy());
        json.put("panelBy", d.panelBy());
        json.put("panelHeldOn", stage.panelHeldOn());
        json.put("reportBy", d.reportBy());
        json.put("panelReportOn", stage.panelReportOn());
        json.put("remedies", r == null ? List.of() : r.remedies());
        json.put("summary", r == null ? null : r.summary());
        json.put("respondedBy", r == null ? null : r.respondedBy());
        json.put("escalateBy", d.escalateBy());
        return json;
    }

    private static Map<String, Object> action(Stage stage, Stage.Action a) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", a.id());
        json.put("stage", stage.number());
        json.put("description", a.description());
        json.put("owner", a.owner());
        json.put("dueBy", a.dueBy());
        json.put("completedOn", a.completedOn());
        json.put("completedBy", a.completedBy());
        return json;
    }

    private static Map<String, Object> referral(OmbudsmanReferral r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("body", r.body());
        json.put("reference", r.reference());
        json.put("enquiryOn", r.enquiryOn());
        json.put("decisionOn", r.decisionOn());
        json.put("decision", r.decision());
        json.put("remedy", r.remedy());
        json.put("complianceDueBy", r.complianceDueBy());
        json.put("recordedBy", r.recordedBy());
        json.put("updatedAt", r.updatedAt());
        return json;
    }
}
