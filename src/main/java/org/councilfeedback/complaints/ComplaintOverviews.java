package org.councilfeedback.complaints;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.councilfeedback.access.Role;
import org.councilfeedback.organisation.CouncilProfile;
import org.councilfeedback.timescales.WorkingDayCalendar;
import org.councilfeedback.triage.Process;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A complaint as a caseworker's page shows it: the procedure and version, every stage with its deadlines computed now,
 * the promised actions, the Ombudsman referral, and which of {@link ComplaintHandling}'s actions the member of staff may
 * take now (the same checks the actions make, so a page offers only what will be allowed).
 */
@Service
public class ComplaintOverviews {

    private final ComplaintStore store;
    private final WorkingDayCalendar calendar;
    private final CouncilProfile profile;
    private final Clock clock;

    ComplaintOverviews(ComplaintStore store, WorkingDayCalendar calendar, CouncilProfile profile, Clock clock) {
        this.store = store;
        this.calendar = calendar;
        this.profile = profile;
        this.clock = clock;
    }

    /** The complaint as {@code actor} may handle it; empty when the feedback is not handled under a procedure. */
    @Transactional(readOnly = true)
    public Optional<Overview> of(String reference, Actor actor) {
        return store.load(reference, false).map(c -> overview(c, actor));
    }

    private Overview overview(ComplaintCase c, Actor actor) {
        Procedure procedure = c.procedure();
        LocalDate today = LocalDate.ofInstant(clock.instant(), profile.timeZone());
        Stage current = c.current();
        StageRules rules = c.rules(current);
        boolean manager = !actor.complainant() && actor.roles().contains(procedure.owner());
        boolean handler = !actor.complainant() && actor.username().equalsIgnoreCase(current.handler());
        boolean managerOrHandler = manager || handler;
        boolean open = !current.responded();
        StageDeadlines d = c.deadlines(current, calendar);
        Optional<String> whyNoEscalation = c.whyNoEscalation(today, calendar);
        boolean anyResponse = c.stages().stream().anyMatch(Stage::responded);
        OmbudsmanReferral r = c.referral().orElse(null);
        Allowed allowed = new Allowed(
                open && managerOrHandler && rules.needsAcknowledgement() && current.acknowledgedOn() == null,
                open && manager,
                open && managerOrHandler && rules.extendByUpTo() != null && !rules.responseAgreedWithComplainant(),
                open && managerOrHandler && rules.responseAgreedWithComplainant(),
                open && manager && rules.reviewPanel() && current.panelHeldOn() == null,
                open && manager && rules.reviewPanel() && current.panelHeldOn() != null && current.panelReportOn() == null,
                open && managerOrHandler,
                manager && whyNoEscalation.isEmpty(),
                manager && r == null && anyResponse,
                manager && r != null);
        List<StageView> stages = c.stages().stream().map(s -> stage(c, s)).toList();
        List<ActionView> actions = c.stages().stream().filter(Stage::responded)
                .flatMap(s -> s.response().actions().stream().map(a -> new ActionView(a.id(), s.number(), a.description(),
                        a.owner(), a.dueBy(), a.completedOn(), a.completedBy(),
                        a.open() && (managerOrHandler || actor.username().equalsIgnoreCase(a.owner())))))
                .toList();
        Referral referral = r == null ? null : new Referral(r.body(), r.reference(), r.enquiryOn(), r.decisionOn(),
                r.decision(), r.remedy(), r.complianceDueBy());
        return new Overview(c.reference(), procedure.process(), procedure.name(), procedure.version(),
                procedure.ombudsman(), procedure.owner(), stages, rules.name(), rules.differentHandler(),
                rules.independentPerson(), rules.extendByUpTo() == null ? null : rules.extendByUpTo().describe(),
                d.latestExtension(), d.respondBy(), whyNoEscalation.isEmpty() && procedure.hasStageAfter(current.number())
                        ? procedure.stage(current.number() + 1).name() : null,
                whyNoEscalation.isEmpty() ? d.escalateBy() : null, whyNoEscalation.orElse(null), actions, referral,
                allowed);
    }

    private StageView stage(ComplaintCase c, Stage s) {
        StageDeadlines d = c.deadlines(s, calendar);
        Stage.Response r = s.response();
        return new StageView(s.number(), c.rules(s).name(), s.openedOn(), d.acknowledgeBy(), s.acknowledgedOn(),
                d.dueBy(), s.extendedTo(), s.extensionReason(), d.respondBy(), s.agreedResponseBy(), d.panelBy(),
                s.panelHeldOn(), d.reportBy(), s.panelReportOn(), r == null ? null : r.respondedOn(),
                r == null ? null : r.outcome(), r == null ? List.of() : r.remedies(), r == null ? null : r.summary(),
                s.handler() != null ? s.handler() : r == null ? null : r.respondedBy(), s.independentPerson(),
                s.escalationReason(), d.escalateBy());
    }

    /** The complaint: its procedure, stages (the current one last), actions, referral and what may be done now. */
    public record Overview(String reference, Process process, String procedureName, String procedureVersion,
            OmbudsmanBody ombudsman, Role owner, List<StageView> stages, String currentStageName,
            boolean differentHandler, boolean independentPerson, String maximumExtension, LocalDate latestExtension,
            LocalDate respondBy, String nextStageName, LocalDate escalateBy, String whyNoEscalation,
            List<ActionView> actions, Referral referral, Allowed allowed) {

        public StageView current() {
            return stages.get(stages.size() - 1);
        }
    }

    /** One stage with its deadlines as they stand today. */
    public record StageView(int number, String name, LocalDate openedOn, LocalDate acknowledgeBy,
            LocalDate acknowledgedOn, LocalDate dueBy, LocalDate extendedTo, String extensionReason, LocalDate respondBy,
            LocalDate agreedResponseBy, LocalDate panelBy, LocalDate panelHeldOn, LocalDate reportBy,
            LocalDate panelReportOn, LocalDate respondedOn, Outcome outcome, List<Remedy> remedies, String summary,
            String handler, String independentPerson, String escalationReason, LocalDate escalateBy) {

        public boolean responded() {
            return respondedOn != null;
        }
    }

    /** An action promised in a response; {@code completable} when the member of staff may mark it done now. */
    public record ActionView(Long id, int stage, String description, String owner, LocalDate dueBy,
            LocalDate completedOn, String completedBy, boolean completable) {}

    /** The Ombudsman (or ICO) referral as recorded. */
    public record Referral(OmbudsmanBody body, String reference, LocalDate enquiryOn, LocalDate decisionOn,
            OmbudsmanDecision decision, String remedy, LocalDate complianceDueBy) {}

    /** Which actions the member of staff may take now. */
    public record Allowed(boolean acknowledge, boolean assign, boolean extend, boolean agreeResponsePeriod,
            boolean recordReviewPanel, boolean recordReviewPanelReport, boolean respond, boolean escalate,
            boolean refer, boolean updateReferral) {

        public boolean any() {
            return acknowledge || assign || extend || agreeResponsePeriod || recordReviewPanel || recordReviewPanelReport
                    || respond || escalate || refer || updateReferral;
        }
    }
}
