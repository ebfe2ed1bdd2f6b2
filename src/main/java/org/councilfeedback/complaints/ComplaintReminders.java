package org.councilfeedback.complaints;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.councilfeedback.access.Role;
import org.councilfeedback.access.StaffAccounts;
import org.councilfeedback.correspondence.Correspondence;
import org.councilfeedback.correspondence.MessageKind;
import org.councilfeedback.intake.ContactMethod;
import org.councilfeedback.organisation.CouncilProfile;
import org.councilfeedback.timescales.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds the person handling a complaint, and their manager, a set number of working days before each deadline
 * (acknowledgement, review panel, report, response, promised actions), and tells them once when it has passed. When no
 * one is assigned, the team that owns the process is told. Each email has a dedupe key naming the case, stage,
 * deadline, kind and recipient, so it goes exactly once however often the job runs and on however many nodes.
 */
@Component
class ComplaintReminders {

    private static final Logger log = LoggerFactory.getLogger(ComplaintReminders.class);
    static final int PAGE = 500;

    private final ComplaintStore store;
    private final StaffAccounts staff;
    private final Correspondence correspondence;
    private final WorkingDayCalendar calendar;
    private final CouncilProfile profile;
    private final Clock clock;
    private final int workingDaysBefore;

    ComplaintReminders(ComplaintStore store, StaffAccounts staff, Correspondence correspondence,
            WorkingDayCalendar calendar, CouncilProfile profile, Clock clock, ComplaintsSettings settings) {
        this.store = store;
        this.staff = staff;
        this.correspondence = correspondence;
        this.calendar = calendar;
        this.profile = profile;
        this.clock = clock;
        this.workingDaysBefore = settings.reminderWorkingDays();
    }

    @Scheduled(cron = "${council-feedback.complaints.reminders.cron:0 0 7-19 * * *}", zone = "${council-feedback.complaints.reminders.zone:Europe/London}")
    @SchedulerLock(name = "complaint-reminders", lockAtMostFor = "30m")
    void sendDueReminders() {
        int sent = sendReminders(LocalDate.ofInstant(clock.instant(), profile.timeZone()));
        if (sent > 0) {
            log.info("Sent {} complaint reminder and overdue emails", sent);
        }
    }

    /** A deadline worth telling someone about. */
    record Deadline(String reference, int stage, String what, LocalDate date, String handler, Role owner, String about) {}

    /** Sends every reminder and overdue alert due on {@code today}; returns how many messages it stored. */
    int sendReminders(LocalDate today) {
        List<Deadline> deadlines = new ArrayList<>();
        long after = 0;
        List<ComplaintStore.OpenStage> page;
        do {
            page = store.openStagesAfter(after, PAGE);
            for (ComplaintStore.OpenStage open : page) {
                after = open.stage().id();
                deadlines.addAll(deadlinesOf(open));
            }
        } while (page.size() == PAGE);
        LocalDate horizon = calendar.addWorkingDays(today, workingDaysBefore);
        for (ComplaintStore.OpenAction open : store.openActionsDueBy(horizon, 5000)) {
            String owner = staff.find(open.action().owner()).isPresent() ? open.action().owner() : open.handler();
            deadlines.add(new Deadline(open.reference(), open.stage(), "action-" + open.action().id(), open.action().dueBy(),
                    owner, null, "the action \"" + open.action().description() + "\""));
        }
        int sent = 0;
        for (Deadline deadline : deadlines) {
            try {
                sent += remind(deadline, today);
            } catch (RuntimeException e) {
                log.warn("Reminder for {} stage {} {} not sent this time: {}", deadline.reference(), deadline.stage(),
                        deadline.what(), e.getMessage());
            }
        }
        return sent;
    }

    private List<Deadline> deadlinesOf(ComplaintStore.OpenStage open) {
        Procedure procedure = open.procedure();
        Stage stage = open.stage();
        StageRules rules = procedure.stage(stage.number());
        StageDeadlines d = rules.deadlines(stage, calendar);
        LocalDate next = ComplaintCase.nextDeadline(procedure, stage, calendar);
        if (!next.equals(open.storedDeadline())) {
            // the calendar or the profile changed since the stage was last written: keep the queues' projection true
            store.refreshDeadline(stage.id(), next);
        }
        String reference = open.row().reference();
        String about = rules.name() + " of " + procedure.name();
        List<Deadline> list = new ArrayList<>();
        if (rules.needsAcknowledgement() && stage.acknowledgedOn() == null) {
            list.add(new Deadline(reference, stage.number(), "acknowledgement", d.acknowledgeBy(), stage.handler(),
                    procedure.owner(), "the acknowledgement at " + about));
        }
        if (d.panelBy() != null && stage.panelHeldOn() == null) {
            list.add(new Deadline(reference, stage.number(), "panel", d.panelBy(), stage.handler(), procedure.owner(),
                    "the review panel at " + about));
        }
        if (d.reportBy() != null && stage.panelReportOn() == null) {
            list.add(new Deadline(reference, stage.number(), "panel-report", d.reportBy(), stage.handler(),
                    procedure.owner(), "the review panel's report at " + about));
        }
        list.add(new Deadline(reference, stage.number(), "response", d.respondBy(), stage.handler(), procedure.owner(),
                "the response at " + about));
        return list;
    }

    private int remind(Deadline deadline, LocalDate today) {
        boolean overdue = today.isAfter(deadline.date());
        if (!overdue && calendar.workingDaysBetween(today, deadline.date()) > workingDaysBefore) {
            return 0;
        }
        String kind = deadline.what() + (overdue ? "-overdue" : "-due");
        String when = ComplaintLetters.date(deadline.date());
        String subject = (overdue ? "Overdue: " : "Reminder: ") + deadline.reference() + " – "
                + deadline.about() + (overdue ? " was due " : " is due ") + when;
        int sent = 0;
        for (Map.Entry<StaffAccounts.StaffMember, String> recipient : recipients(deadline).entrySet()) {
            StaffAccounts.StaffMember member = recipient.getKey();
            if (member.email() == null || member.email().isBlank()) {
                continue;
            }
            String body = "Complaint " + deadline.reference() + ": " + deadline.about() + (overdue ? " was due on " : " is due on ")
                    + when + ".\n\n" + "Handled by: " + (deadline.handler() == null ? "not yet assigned" : deadline.handler())
                    + "\n\nYou are receiving this as " + recipient.getValue() + ".";
            String key = key(deadline, kind, member.username());
            correspondence.send(new Correspondence.Outgoing(key, deadline.reference(), MessageKind.INTERNAL_ALERT,
                    ContactMethod.EMAIL, member.displayName(), member.email(), subject, body, deadline.date()));
            sent++;
        }
        return sent;
    }

    /** The handler and their manager; with no handler, the team that owns the process. */
    private Map<StaffAccounts.StaffMember, String> recipients(Deadline deadline) {
        Map<StaffAccounts.StaffMember, String> recipients = new LinkedHashMap<>();
        if (deadline.handler() != null) {
            staff.find(deadline.handler()).ifPresent(handler -> {
                recipients.put(handler, "the person handling it");
                if (handler.manager() != null) {
                    staff.find(handler.manager()).ifPresent(manager -> recipients.putIfAbsent(manager, "the handler's manager"));
                }
            });
        } else if (deadline.owner() != null) {
            staff.withRole(deadline.owner()).forEach(member -> recipients.put(member, "a member of the team that owns it"));
        }
        return recipients;
    }

    /** {@code reminder:{reference}:{stage}:{deadline}:{kind}:{recipient}}, at most 120 characters. */
    static String key(Deadline deadline, String kind, String username) {
        String base = "reminder:" + deadline.reference() + ":" + deadline.stage() + ":" + deadline.date() + ":" + kind + ":";
        String key = base + username;
        if (key.length() <= 120) {
            return key;
        }
        try {
            String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((kind + ":" + username).getBytes(StandardCharsets.UTF_8)));
            String shortKey = "reminder:" + deadline.reference() + ":" + deadline.stage() + ":" + deadline.date() + ":" + digest;
            return shortKey.substring(0, Math.min(120, shortKey.length()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
