package org.councilfeedback.complaints;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.councilfeedback.access.Role;
import org.councilfeedback.access.StaffAccounts;
import org.councilfeedback.correspondence.MessageKind;
import org.councilfeedback.intake.FeedbackRecord;
import org.councilfeedback.intake.FeedbackRecords;
import org.councilfeedback.intake.FeedbackStatus;
import org.councilfeedback.organisation.CouncilProfile;
import org.councilfeedback.timescales.WorkingDayCalendar;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handles complaints through their procedure, stage by stage: acknowledge, assign, agree or extend the response date,
 * record a review panel, respond (with the letter), escalate, refer to the Ombudsman and complete promised actions.
 * Each request locks its case, checks who is asking, lets the case check its procedure allows it, stores the facts and
 * tells the complainant after commit.
 */
@Service
public class ComplaintHandling {

    static final String INFORMATION_EVENT = "Information from complainant";
    /** The longest text (in characters) a complainant or member of staff may send with a request. */
    public static final int MAX_TEXT = 5000;
    static final int MAX_LETTER = 50_000;

    private final ComplaintStore store;
    private final FeedbackRecords records;
    private final StaffAccounts staff;
    private final WorkingDayCalendar calendar;
    private final ComplaintLetters letters;
    private final CouncilProfile profile;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ComplaintHandling(ComplaintStore store, FeedbackRecords records, StaffAccounts staff, WorkingDayCalendar calendar,
            ComplaintLetters letters, CouncilProfile profile, Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.records = records;
        this.staff = staff;
        this.calendar = calendar;
        this.letters = letters;
        this.profile = profile;
        this.clock = clock;
        this.events = events;
    }

    private record Loaded(FeedbackRecord record, ComplaintCase complaint) {}

    @Transactional
    public void acknowledge(String reference, Actor actor) {
        Loaded l = load(reference);
        requireManagerOrHandler(l.complaint(), actor, "acknowledge");
        Stage stage = l.complaint().acknowledge(today());
        save(l.complaint(), stage);
        String name = l.complaint().rules(stage).name();
        timeline(l, actor, name + " acknowledged", "Response due by "
                + ComplaintLetters.date(l.complaint().deadlines(stage, calendar).respondBy()) + ".");
        ComplaintLetters.Message message = letters.acknowledgement(l.complaint(), stage, l.record());
        tell(l, "stage:" + stage.number() + ":acknowledgement", MessageKind.NOTICE, message, null);
    }

    @Transactional
    public void assign(String reference, ComplaintCommands.Assignment command, Actor actor) {
        List<ComplaintException.FieldError> errors = new ArrayList<>();
        String handler = required(command.handler(), "handler", "Enter the username of the person to handle the complaint", 100, errors);
        String independent = optional(command.independentPerson(), "independentPerson", 200, errors);
        invalidIf(errors);
        Loaded l = load(reference);
        ComplaintCase c = l.complaint();
        requireManager(c, actor, "assign");
        StaffAccounts.StaffMember member = staff.find(handler).orElseThrow(() ->
                new ComplaintException.RuleBroken("There is no staff account '" + handler + "'."));
        Role owner = c.procedure().owner();
        if (!member.has(owner) && !member.has(Role.INVESTIGATING_OFFICER)) {
            throw new ComplaintException.RuleBroken(member.username() + " cannot handle complaints under the "
                    + c.procedure().name() + ": they need the " + roleWords(owner) + " or investigating officer role.");
        }
        Stage stage = c.assign(member.username(), independent);
        save(c, stage);
        timeline(l, actor, c.rules(stage).name() + " assigned", "Handled by " + member.username()
                + (stage.independentPerson() == null ? "" : ", with " + stage.independentPerson() + " as independent person") + ".");
    }

    @Transactional
    public void extend(String reference, ComplaintCommands.Extension command, Actor actor) {
        List<ComplaintException.FieldError> errors = new ArrayList<>();
        if (command.extendedTo() == null) {
            errors.add(new ComplaintException.FieldError("extendedTo", "Enter the new due date"));
        }
        String reason = required(command.reason(), "reason", "Enter the reason for the extension; the complainant is told it", 2000, errors);
        invalidIf(errors);
        Loaded l = load(reference);
        ComplaintCase c = l.complaint();
        requireManagerOrHandler(c, actor, "extend");
        Stage stage = c.extend(command.extendedTo(), reason, calendar);
        save(c, stage);
        timeline(l, actor, c.rules(stage).name() + " extended", "New due date " + ComplaintLetters.date(stage.extendedTo())
                + ". Reason: " + reason);
        ComplaintLetters.Message message = letters.extension(c, stage, l.record());
        tell(l, "stage:" + stage.number() + ":extension:" + stage.extendedTo(), MessageKind.NOTICE, message, null);
    }

    @Transactional
    public void agreeResponsePeriod(String reference, ComplaintCommands.ResponsePeriod command, Actor actor) {
        List<ComplaintException.FieldError> errors = new ArrayList<>();
        if (command.respondBy() == null) {
            errors.add(new ComplaintException.FieldError("respondBy", "Enter the response date agreed with the complainant"));
        }
        String note = optional(command.note(), "note", 2000, errors);
        invalidIf(errors);
        Loaded l = load(reference);
        ComplaintCase c = l.complaint();
        requireManagerOrHandler(c, actor, "agree a response date for");
        Stage stage = c.agreeResponseDate(command.respondBy(), note, today(), calendar);
        save(c, stage);
        timeline(l, actor, "Response date agreed", "Agreed with the complainant: response by "
                + ComplaintLetters.date(stage.agreedResponseBy()) + (note == null ? "." : ". " + note));
    }

    @Transactional
    public void recordReviewPanel(String reference, ComplaintCommands.ReviewPanel command, Actor actor) {
        if (command.heldOn() == null) {
            throw invalid("heldOn", "Enter the date the review panel met");
        }
        Loaded l = load(reference);
        requireManager(l.complaint(), actor, "record a review panel for");
        Stage stage = l.complaint().recordPanel(command.heldOn(), today());
        save(l.complaint(), stage);
        timeline(l, actor, "Review panel held", "The review panel met on " + ComplaintLetters.date(command.heldOn()) + ".");
    }

    @Transactional
    public void recordReviewPanelReport(String reference, ComplaintCommands.ReviewPanelReport command, Actor actor) {
        if (command.receivedOn() == null) {
            throw invalid("receivedOn", "Enter the date the review panel's report was received");
        }
        Loaded l = load(reference);
        requireManager(l.complaint(), actor, "record a review panel report for");
        Stage stage = l.complaint().recordPanelReport(command.receivedOn(), today());
        save(l.complaint(), stage);
        timeline(l, actor, "Review panel report received", "Report received on "
                + ComplaintLetters.date(command.receivedOn()) + "; the council's response is due by "
                + ComplaintLetters.date(l.complaint().deadlines(stage, calendar).respondBy()) + ".");
    }

    /** The letter the response would send, generated from the profile's wording, to preview and edit. */
    @Transactional(readOnly = true)
    public ComplaintCommands.ResponseDraft responseDraft(String reference, ComplaintCommands.Response command, Actor actor) {
        Loaded l = read(reference);
        ComplaintCase c = l.complaint();
        requireManagerOrHandler(c, actor, "draft a response to");
        Stage stage = c.current();
        if (stage.responded()) {
            throw new ComplaintException.RuleBroken("We have already responded at " + c.rules(stage).name() + ".");
        }
        ComplaintLetters.Message message = letters.response(c, stage, l.record(), command.outcome(), command.remedies(),
                command.summary(), actions(command.actions()), today());
        return new ComplaintCommands.ResponseDraft(message.subject(), message.body());
    }

    @Transactional
    public void respond(String reference, ComplaintCommands.Response command, Actor actor) {
        List<ComplaintException.FieldError> errors = new ArrayList<>();
        if (command.outcome() == null) {
            errors.add(new ComplaintException.FieldError("outcome", "Choose the outcome: UPHELD, PARTLY_UPHELD, NOT_UPHELD or WITHDRAWN"));
        }
        String summary = command.outcome() == Outcome.WITHDRAWN
                ? optional(command.summary(), "summary", 10_000, errors)
                : required(command.summary(), "summary", "Enter the reasons for the decision; they go in the response", 10_000, errors);
        List<Remedy> remedies = command.remedies() == null ? List.of() : command.remedies();
        if (remedies.stream().anyMatch(java.util.Objects::isNull)) {
            errors.add(new ComplaintException.FieldError("remedies", "Each remedy must be one of " + List.of(Remedy.values())));
        }
        List<ComplaintCommands.Action> actions = command.actions() == null ? List.of() : command.actions();
        for (int i = 0; i < actions.size(); i++) {
            ComplaintCommands.Action a = actions.get(i);
            if (a == null) {
                errors.add(new ComplaintException.FieldError("actions[" + i + "]", "Describe the action"));
                continue;
            }
            required(a.description(), "actions[" + i + "].description", "Describe the action", 2000, errors);
            required(a.owner(), "actions[" + i + "].owner", "Enter who owns the action", 200, errors);
            if (a.dueBy() == null) {
                errors.add(new ComplaintException.FieldError("actions[" + i + "].dueBy", "Enter the date the action is due"));
            }
        }
        String letterText = optional(command.letterText(), "letterText", MAX_LETTER, errors);
        invalidIf(errors);
        Loaded l = load(reference);
        ComplaintCase c = l.complaint();
        requireManagerOrHandler(c, actor, "respond to");
        LocalDate today = today();
        for (int i = 0; i < actions.size(); i++) {
            if (actions.get(i).dueBy().isBefore(today)) {
                throw new ComplaintException.RuleBroken("Action " + (i + 1) + " is due in the past; give a date from today.");
            }
        }
        Stage current = c.current();
        List<Stage.Action> promised = actions(actions);
        List<Remedy> distinct = remedies.stream().distinct().toList();
        ComplaintLetters.Message generated = letters.response(c, current, l.record(), command.outcome(), distinct, summary,
                promised, today);
        String letter = letterText != null ? letterText : generated.body();
        Stage.Response response = new Stage.Response(today, clock.instant(), actor.username(), command.outcome(), distinct,
                summary, letter, promised);
        Stage stage = c.respond(response);
        save(c, stage);
        store.insertResponseDetails(stage.id(), response);
        records.changeStatus(l.record().reference(), FeedbackStatus.RESPONDED);
        timeline(l, actor, c.rules(stage).name() + " response", words(command.outcome()) + "."
                + (distinct.isEmpty() ? "" : " Remedies: " + distinct.stream().map(ComplaintHandling::words).collect(Collectors.joining(", ")) + ".")
                + (promised.isEmpty() ? "" : " Actions: " + promised.size() + "."));
        tell(l, "stage:" + stage.number() + ":response", MessageKind.RESPONSE,
                new ComplaintLetters.Message(generated.subject(), letter), null);
    }

    /** Opens the next stage at the complainant's request (made to staff, or through their tracking link). */
    @Transactional
    public void escalate(String reference, ComplaintCommands.Escalation command, Actor actor) {
        List<ComplaintException.FieldError> errors = new ArrayList<>();
        String reason = required(command.reason(), "reason", "Say why the complainant remains dissatisfied", MAX_TEXT, errors);
        invalidIf(errors);
        Loaded l = load(reference);
        ComplaintCase c = l.complaint();
        if (!actor.complainant()) {
            requireManager(c, actor, "escalate");
        }
        Instant now = clock.instant();
        Stage stage = c.escalate(reason, now, calendar.clockStart(now), actor.username(), today(), calendar);
        long id = store.insertStage(c.feedbackId(), stage, ComplaintCase.nextDeadline(c.procedure(), stage, calendar));
        records.changeStatus(l.record().reference(), FeedbackStatus.IN_PROGRESS);
        String name = c.rules(stage).name();
        timeline(l, actor, "Escalated to " + name, (actor.complainant() ? "Asked for through the tracking link. " : "")
                + "Reason: " + reason);
        Stage opened = stage.withId(id);
        ComplaintLetters.Message message = letters.escalation(c, opened, l.record());
        tell(l, "stage:" + stage.number() + ":escalation", MessageKind.NOTICE, message, null);
    }

    @Transactional
    public void referToOmbudsman(String reference, ComplaintCommands.OmbudsmanReferral command, Actor actor) {
        referral(reference, command, actor, true);
    }

    @Transactional
    public void updateOmbudsmanReferral(String reference, ComplaintCommands.OmbudsmanReferral command, Actor actor) {
        referral(reference, command, actor, false);
    }

    private void referral(String reference, ComplaintCommands.OmbudsmanReferral command, Actor actor, boolean create) {
        List<ComplaintException.FieldError> errors = new ArrayList<>();
        if (command.body() == null) {
            errors.add(new ComplaintException.FieldError("body", "Choose LGSCO or ICO"));
        }
        String bodyReference = optional(command.reference(), "reference", 60, errors);
        String remedy = optional(command.remedy(), "remedy", MAX_TEXT, errors);
        invalidIf(errors);
        Loaded l = load(reference);
        ComplaintCase c = l.complaint();
        requireManager(c, actor, "record an Ombudsman referral for");
        Instant now = clock.instant();
        OmbudsmanReferral referral = new OmbudsmanReferral(command.body(), bodyReference, command.enquiryOn(),
                command.decisionOn(), command.decision(), remedy, command.complianceDueBy(), actor.username(),
                create ? now : c.referral().map(OmbudsmanReferral::recordedAt).orElse(now), now);
        if (create) {
            c.refer(referral);
        } else {
            c.updateReferral(referral);
        }
        store.saveReferral(c.feedbackId(), referral, create);
        timeline(l, actor, create ? "Referred to the " + command.body() : command.body() + " referral updated",
                (bodyReference == null ? "" : "Their reference " + bodyReference + ". ")
                        + (command.decision() == null ? "" : "Decision: " + words(command.decision()) + ". ")
                        + (command.complianceDueBy() == null ? "" : "Compliance due by " + ComplaintLetters.date(command.complianceDueBy()) + "."));
    }

    @Transactional
    public void completeAction(String reference, long actionId, Actor actor) {
        Loaded l = load(reference);
        ComplaintCase c = l.complaint();
        Stage.Action action = c.stages().stream().filter(Stage::responded).flatMap(s -> s.response().actions().stream())
                .filter(a -> a.id() == actionId).findFirst()
                .orElseThrow(() -> new ComplaintException.NotFound("No action " + actionId + " on " + l.record().reference() + "."));
        if (!actor.username().equalsIgnoreCase(action.owner())) {
            requireManagerOrHandler(c, actor, "complete actions on");
        }
        if (!action.open()) {
            throw new ComplaintException.RuleBroken("That action was already completed on " + ComplaintLetters.date(action.completedOn()) + ".");
        }
        store.completeAction(c.feedbackId(), actionId, today(), actor.username());
        timeline(l, actor, "Action completed", action.description());
    }

    // the complainant's view

    @Transactional(readOnly = true)
    public TrackingView trackingView(String reference) {
        Loaded l = read(reference);
        ComplaintCase c = l.complaint();
        List<TrackingView.StageView> stages = c.stages().stream().map(s -> {
            StageDeadlines d = c.deadlines(s, calendar);
            return new TrackingView.StageView(s.number(), c.rules(s).name(), s.openedOn(), s.acknowledgedOn(),
                    d.respondBy(), s.extendedTo() != null, s.responded() ? s.response().respondedOn() : null,
                    s.responded() ? s.response().outcome() : null);
        }).toList();
        Stage current = c.current();
        var why = c.whyNoEscalation(today(), calendar);
        boolean canEscalate = why.isEmpty();
        String nextStage = c.procedure().hasStageAfter(current.number()) ? c.procedure().stage(current.number() + 1).name() : null;
        String status;
        if (!current.responded()) {
            status = "We are considering your complaint at " + c.rules(current).name() + ".";
        } else if (canEscalate) {
            status = "We have responded at " + c.rules(current).name() + ". If you are not satisfied you can ask for "
                    + nextStage + ".";
        } else if (current.response().outcome() == Outcome.WITHDRAWN) {
            status = "Your complaint was withdrawn.";
        } else {
            status = "We have sent our final response.";
        }
        var values = letters.ombudsmanValues(c.procedure().ombudsman());
        TrackingView.Contact after = new TrackingView.Contact(values.get("ombudsmanName"), values.get("ombudsmanAddress"),
                values.get("ombudsmanPhone"), values.get("ombudsmanWebsite"));
        List<TrackingView.Information> information = records.timeline(l.record()).stream()
                .filter(e -> INFORMATION_EVENT.equals(e.event()) && Actor.COMPLAINANT.equals(e.actor()))
                .map(e -> new TrackingView.Information(e.at().atZone(profile.timeZone()).toOffsetDateTime(), e.detail())).toList();
        return new TrackingView(l.record().reference(), l.record().status(), status, c.procedure().name(), stages,
                canEscalate, canEscalate ? c.deadlines(current, calendar).escalateBy() : null, canEscalate ? nextStage : null,
                why.orElse(null), after, information);
    }

    /** More information from the complainant: kept on the timeline, and the handler is told. */
    @Transactional
    public void addInformation(String reference, ComplaintCommands.Information command) {
        List<ComplaintException.FieldError> errors = new ArrayList<>();
        String text = required(command.text(), "text", "Enter the information you want to send us", MAX_TEXT, errors);
        invalidIf(errors);
        Loaded l = load(reference);
        Instant now = clock.instant();
        records.recordOnTimeline(l.record().reference(), Actor.COMPLAINANT, INFORMATION_EVENT, text);
        String handler = l.complaint().current().handler();
        var recipients = handler != null ? staff.find(handler).stream().toList() : staff.withRole(l.complaint().procedure().owner());
        for (var member : recipients) {
            events.publishEvent(new StaffAlert(l.record().reference(),
                    "information:" + l.record().reference() + ":" + now.toEpochMilli() + ":" + Integer.toHexString(member.username().hashCode()),
                    member.displayName(), member.email(), "New information from the complainant – " + l.record().reference(),
                    "The complainant has sent more information about complaint " + l.record().reference()
                            + " through their tracking link. It is on the case's timeline.", null));
        }
    }

    // helpers

    /** The case, locked until the transaction ends, for a request that changes it. */
    private Loaded load(String reference) {
        return load(reference, true);
    }

    /** The case as it is now, for a request that only reads it. */
    private Loaded read(String reference) {
        return load(reference, false);
    }

    private Loaded load(String reference, boolean lock) {
        FeedbackRecord record = records.find(reference).orElseThrow(() ->
                new ComplaintException.NotFound("No feedback with that reference that you can see"));
        ComplaintCase c = store.load(record.reference(), lock).orElseThrow(() -> new ComplaintException.RuleBroken(
                record.reference() + " is not a complaint being handled under a complaints procedure; classify it as a "
                        + "complaint with a process first."));
        return new Loaded(record, c);
    }

    private void save(ComplaintCase c, Stage stage) {
        store.update(stage, ComplaintCase.nextDeadline(c.procedure(), stage, calendar));
    }

    private void timeline(Loaded l, Actor actor, String event, String detail) {
        records.recordOnTimeline(l.record().reference(), actor.username(), event, detail);
    }

    private void tell(Loaded l, String key, MessageKind kind, ComplaintLetters.Message message, LocalDate dueBy) {
        events.publishEvent(new ComplainantNotice(l.record().reference(), "complaint:" + l.record().reference() + ":" + key,
                kind, message.subject(), message.body(), dueBy));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), profile.timeZone());
    }

    private static List<Stage.Action> actions(List<ComplaintCommands.Action> actions) {
        if (actions == null) {
            return List.of();
        }
        return actions.stream().filter(a -> a != null && a.description() != null && a.dueBy() != null)
                .map(a -> new Stage.Action(null, a.description().strip(), a.owner() == null ? "" : a.owner().strip(),
                        a.dueBy(), null, null))
                .toList();
    }

    /** Staff whose role owns the case's process may do anything the procedure allows. */
    private static void requireManager(ComplaintCase c, Actor actor, String verb) {
        if (!actor.complainant() && actor.roles().contains(c.procedure().owner())) {
            return;
        }
        throw new ComplaintException.NotPermitted("Only staff with the " + roleWords(c.procedure().owner()) + " role may "
                + verb + " complaints under the " + c.procedure().name() + ".");
    }

    /** The owning team, or the member of staff handling the current stage. */
    private static void requireManagerOrHandler(ComplaintCase c, Actor actor, String verb) {
        if (!actor.complainant() && actor.username().equalsIgnoreCase(c.current().handler())) {
            return;
        }
        if (!actor.complainant() && actor.roles().contains(c.procedure().owner())) {
            return;
        }
        throw new ComplaintException.NotPermitted("Only the person handling this stage or staff with the "
                + roleWords(c.procedure().owner()) + " role may " + verb + " complaints under the " + c.procedure().name() + ".");
    }

    private static String roleWords(Role role) {
        return role.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static String words(Enum<?> value) {
        String text = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String required(String value, String field, String message, int max, List<ComplaintException.FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new ComplaintException.FieldError(field, message));
            return null;
        }
        return checked(value, field, max, errors);
    }

    private static String optional(String value, String field, int max, List<ComplaintException.FieldError> errors) {
        return value == null || value.isBlank() ? null : checked(value, field, max, errors);
    }

    private static String checked(String value, String field, int max, List<ComplaintException.FieldError> errors) {
        String text = value.strip();
        if (text.codePointCount(0, text.length()) > max) {
            errors.add(new ComplaintException.FieldError(field, "Enter " + max + " characters or fewer"));
        } else if (text.chars().anyMatch(ch -> ch < 0x20 && ch != '\n' && ch != '\r' && ch != '\t' || ch == 0x7f)) {
            errors.add(new ComplaintException.FieldError(field, "Remove the control characters from the text"));
        }
        return text;
    }

    private static void invalidIf(List<ComplaintException.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ComplaintException.Invalid(errors);
        }
    }

    private static ComplaintException.Invalid invalid(String field, String message) {
        return new ComplaintException.Invalid(List.of(new ComplaintException.FieldError(field, message)));
    }
}
