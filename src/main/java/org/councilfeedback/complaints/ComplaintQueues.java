package org.councilfeedback.complaints;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.councilfeedback.access.Role;
import org.councilfeedback.organisation.CouncilProfile;
import org.councilfeedback.timescales.WorkingDayCalendar;
import org.councilfeedback.triage.Process;
import org.springframework.stereotype.Service;

/**
 * Work queues over open complaint stages: a caseworker's own cases, their team's (the processes their role owns), what
 * falls due soon and what is overdue. Filtered and sorted in SQL on the stored next deadline, then each summary's
 * deadlines are computed afresh.
 */
@Service
public class ComplaintQueues {

    static final int LIMIT = 200;

    private final ComplaintStore store;
    private final Procedures procedures;
    private final WorkingDayCalendar calendar;
    private final CouncilProfile profile;
    private final Clock clock;
    private final int reminderWorkingDays;

    ComplaintQueues(ComplaintStore store, Procedures procedures, WorkingDayCalendar calendar, CouncilProfile profile,
            Clock clock, ComplaintsSettings settings) {
        this.store = store;
        this.procedures = procedures;
        this.calendar = calendar;
        this.profile = profile;
        this.clock = clock;
        this.reminderWorkingDays = settings.reminderWorkingDays();
    }

    /** One open stage in a queue. {@code nextDeadline} is the earliest deadline still to meet (acknowledgement first). */
    public record ComplaintSummary(String reference, Process process, String procedureVersion, int stage, String stageName,
            String handler, LocalDate openedOn, LocalDate acknowledgeBy, LocalDate acknowledgedOn, LocalDate dueBy,
            LocalDate nextDeadline, boolean overdue) {}

    /** Open stages the member of staff is handling, earliest deadline first. */
    public List<ComplaintSummary> myCases(String username) {
        return summaries(store.openStagesOf(username, LIMIT), s -> true);
    }

    /** Open stages of the processes the roles own (all of them, assigned or not), earliest deadline first. */
    public List<ComplaintSummary> teamQueue(Set<Role> roles) {
        return summaries(store.openStagesIn(processesOwnedBy(roles), LIMIT), s -> true);
    }

    /** Open stages with a deadline from today to the profile's reminder period (in working days) ahead. */
    public List<ComplaintSummary> dueSoon(Set<Role> roles) {
        return dueSoon(roles, reminderWorkingDays);
    }

    public List<ComplaintSummary> dueSoon(Set<Role> roles, int workingDays) {
        LocalDate today = today();
        LocalDate until = calendar.addWorkingDays(today, workingDays);
        return summaries(store.openStagesWithDeadlineBy(until, processesOwnedBy(roles), LIMIT),
                s -> !s.nextDeadline().isBefore(today) && !s.nextDeadline().isAfter(until));
    }

    /** Open stages with a deadline already passed. */
    public List<ComplaintSummary> overdue(Set<Role> roles) {
        LocalDate today = today();
        return summaries(store.openStagesWithDeadlineBy(today.minusDays(1), processesOwnedBy(roles), LIMIT),
                ComplaintSummary::overdue);
    }

    Set<Process> processesOwnedBy(Set<Role> roles) {
        Set<Process> processes = EnumSet.noneOf(Process.class);
        procedures.all().stream().filter(p -> roles.contains(p.owner())).forEach(p -> processes.add(p.process()));
        return processes;
    }

    private List<ComplaintSummary> summaries(List<ComplaintStore.OpenStage> stages, Predicate<ComplaintSummary> keep) {
        LocalDate today = today();
        return stages.stream().map(open -> summary(open, today)).filter(keep).toList();
    }

    private ComplaintSummary summary(ComplaintStore.OpenStage open, LocalDate today) {
        Procedure procedure = open.procedure();
        Stage stage = open.stage();
        StageRules rules = procedure.stage(stage.number());
        StageDeadlines d = rules.deadlines(stage, calendar);
        LocalDate next = ComplaintCase.nextDeadline(procedure, stage, calendar);
        return new ComplaintSummary(open.row().reference(), procedure.process(), procedure.version(), stage.number(),
                rules.name(), stage.handler(), stage.openedOn(), d.acknowledgeBy(), stage.acknowledgedOn(), d.respondBy(),
                next, next != null && next.isBefore(today));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), profile.timeZone());
    }
}
