package org.councilfeedback.complaints;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.councilfeedback.correspondence.MessageKind;
import org.councilfeedback.intake.FeedbackRecord;
import org.councilfeedback.intake.FeedbackRecords;
import org.councilfeedback.intake.FeedbackType;
import org.councilfeedback.organisation.CouncilProfile;
import org.councilfeedback.timescales.WorkingDayCalendar;
import org.councilfeedback.triage.Exclusion;
import org.councilfeedback.triage.FeedbackClassified;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Acts on a classification in the same transaction that records it, so that the answer to the classification request
 * already shows the open case: a complaint given a process opens its first stage under the procedure version in force
 * when it was received; a complaint the procedure does not apply to is answered kindly, and referred on where it must
 * be (safeguarding at once, highway faults as a service request, councillors to the Monitoring Officer).
 */
@Component
class ComplaintOpening {

    static final String SAFEGUARDING = "SAFEGUARDING";

    private final ComplaintStore store;
    private final Procedures procedures;
    private final FeedbackRecords records;
    private final ComplaintLetters letters;
    private final WorkingDayCalendar calendar;
    private final CouncilProfile profile;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ComplaintOpening(ComplaintStore store, Procedures procedures, FeedbackRecords records, ComplaintLetters letters,
            WorkingDayCalendar calendar, CouncilProfile profile, Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.procedures = procedures;
        this.records = records;
        this.letters = letters;
        this.calendar = calendar;
        this.profile = profile;
        this.clock = clock;
        this.events = events;
    }

    @EventListener
    void on(FeedbackClassified classified) {
        if (classified.type() != FeedbackType.COMPLAINT) {
            return;
        }
        FeedbackRecord record = records.find(classified.reference())
                .orElseThrow(() -> new IllegalStateException("Classified feedback not found: " + classified.reference()));
        if (classified.process() != null) {
            open(record, classified);
        } else if (classified.exclusion() != null) {
            exclude(record, classified);
        }
    }

    private void open(FeedbackRecord record, FeedbackClassified classified) {
        if (store.exists(record.id())) {
            return;
        }
        Procedure procedure = procedures.inForce(classified.process(), record.receivedAt());
        ComplaintCase c = ComplaintCase.open(record.id(), record.reference(), procedure, record.receivedAt(),
                classified.at(), record.clockStart(), classified.classifiedBy());
        boolean reachable = !record.anonymous() && record.contact() != null && record.contact().replyMethod().isPresent();
        if (reachable) {
            // the "what happens next" message below is the acknowledgement of stage 1
            c.acknowledge(LocalDate.ofInstant(clock.instant(), profile.timeZone()));
        }
        store.insertCase(c, classified.at(), classified.classifiedBy());
        Stage stage = c.current();
        store.insertStage(c.feedbackId(), stage, c.nextDeadline(calendar));
        StageDeadlines d = c.deadlines(stage, calendar);
        records.recordOnTimeline(record.reference(), classified.classifiedBy(), "Complaint opened",
                procedure.name() + " (version " + procedure.version() + "), " + c.rules(stage).name() + " open; response due by "
                        + ComplaintLetters.date(d.respondBy()) + ".");
        if (reachable) {
            ComplaintLetters.Message message = letters.nextSteps(c, record, classified.typeChanged(),
                    classified.outOfTimeAccepted());
            events.publishEvent(new ComplainantNotice(record.reference(), "complaint:" + record.reference() + ":next-steps",
                    MessageKind.NOTICE, message.subject(), message.body(), null));
        }
    }

    private void exclude(FeedbackRecord record, FeedbackClassified classified) {
        Exclusion exclusion = classified.exclusion();
        String reference = record.reference();
        ComplaintLetters.Message message = letters.exclusion(exclusion, record, classified.typeChanged());
        events.publishEvent(new ComplainantNotice(reference, "exclusion:" + reference + ":" + exclusion.name(),
                MessageKind.NOTICE, message.subject(), message.body(), null));
        var contacts = profile.contacts();
        String summary = "Feedback " + reference + " received " + ComplaintLetters.date(record.clockStart())
                + (record.serviceArea() == null ? "" : " about " + profile.serviceAreaName(record.serviceArea()))
                + ":\n\n" + record.description();
        switch (exclusion) {
            case SAFEGUARDING -> {
                store.addFlag(record.id(), SAFEGUARDING, classified.at(), classified.classifiedBy());
                String phone = contacts.safeguarding() == null ? "" : contacts.safeguarding().phone();
                records.recordOnTimeline(reference, classified.classifiedBy(), "Referred to safeguarding",
                        "Passed at once to the safeguarding team (" + phone + ") and flagged SAFEGUARDING.");
                List<String> leads = contacts.safeguarding() == null ? List.of() : contacts.safeguarding().leads();
                for (int i = 0; i < leads.size(); i++) {
                    events.publishEvent(new StaffAlert(reference, "safeguarding:" + reference + ":" + i, "Safeguarding",
                            leads.get(i), "Safeguarding referral – " + reference,
                            "A concern about someone's safety came in as feedback and has been referred to you.\n\n"
                                    + summary + "\n\nReason for referral: " + classified.reason(), null));
                }
            }
            case HIGHWAY_FIRST_REPORT -> {
                String url = contacts.highwaysReporting() == null ? "" : contacts.highwaysReporting().url();
                records.recordOnTimeline(reference, classified.classifiedBy(), "Logged as a service request",
                        "First report of a highway fault, logged for the highways team to inspect and repair (" + url + ").");
                alertServiceManager(record, "highways", "Highway fault reported – " + reference,
                        "A highway fault was reported for the first time through feedback. Please log and inspect it.\n\n" + summary);
            }
            case SERVICE_REQUEST, INFORMATION_REQUEST, APPEAL -> {
                String what = exclusion == Exclusion.SERVICE_REQUEST ? "a request for a service"
                        : exclusion == Exclusion.INFORMATION_REQUEST ? "a request for information" : "an appeal against a decision";
                records.recordOnTimeline(reference, classified.classifiedBy(), "Passed to the service",
                        "Handled as " + what + " rather than as a complaint.");
                alertServiceManager(record, record.serviceArea(), "Passed to your service – " + reference,
                        "This feedback is " + what + " rather than a complaint; please deal with it.\n\n" + summary);
            }
            case COUNCILLOR_CONDUCT -> {
                records.recordOnTimeline(reference, classified.classifiedBy(), "Passed to the Monitoring Officer",
                        "A complaint about a County Councillor's conduct.");
                if (contacts.monitoringOfficer() != null) {
                    events.publishEvent(new StaffAlert(reference, "monitoring-officer:" + reference,
                            contacts.monitoringOfficer().name(), contacts.monitoringOfficer().email(),
                            "Complaint about a councillor – " + reference,
                            "A complaint about a County Councillor's conduct came in as feedback.\n\n" + summary, null));
                }
            }
            default -> records.recordOnTimeline(reference, classified.classifiedBy(), "Complaints procedure does not apply",
                    "Signposted: " + ComplaintLetters.key(exclusion).replace('-', ' ') + ".");
        }
    }

    private void alertServiceManager(FeedbackRecord record, String serviceArea, String subject, String body) {
        if (serviceArea == null) {
            return;
        }
        profile.serviceArea(serviceArea).filter(area -> area.managerEmail() != null).ifPresent(area ->
                events.publishEvent(new StaffAlert(record.reference(), "service-request:" + record.reference(),
                        area.name(), area.managerEmail(), subject, body, null)));
    }
}
