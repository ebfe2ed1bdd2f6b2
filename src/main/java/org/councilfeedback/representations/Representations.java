package org.councilfeedback.representations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.councilfeedback.correspondence.Correspondence;
import org.councilfeedback.correspondence.MessageKind;
import org.councilfeedback.correspondence.ReplyAddress;
import org.councilfeedback.intake.ContactMethod;
import org.councilfeedback.intake.FeedbackRecord;
import org.councilfeedback.intake.FeedbackRecords;
import org.councilfeedback.intake.FeedbackStatus;
import org.councilfeedback.intake.FeedbackType;
import org.councilfeedback.organisation.CouncilProfile;
import org.councilfeedback.timescales.WorkingDayCalendar;
import org.councilfeedback.triage.FeedbackClassified;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The representations module's API. A representation goes to the Director responsible for its policy area, who
 * decides: no change (the council's final decision at this time), a change proposed (elected members then decide) or
 * another organisation's policy (the person is told who to contact). The person is told each step by the method they
 * asked for. Similar representations are grouped, and the Director is alerted once each time a group reaches the
 * profile's threshold within its window, to consider re-investigating.
 */
@Service
public class Representations {

    static final String SYSTEM = "system";
    static final int TEXT_MAX = 5000;
    static final int CANDIDATES = 2000;
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final RepresentationStore store;
    private final SimilarFeedback similar;
    private final FeedbackRecords records;
    private final Correspondence correspondence;
    private final CouncilProfile profile;
    private final RepresentationsProfile settings;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final TransactionTemplate transactions;

    Representations(RepresentationStore store, SimilarFeedback similar, FeedbackRecords records,
            Correspondence correspondence, CouncilProfile profile, RepresentationsProfile settings,
            WorkingDayCalendar calendar, Clock clock, TransactionTemplate transactions) {
        this.store = store;
        this.similar = similar;
        this.records = records;
        this.correspondence = correspondence;
        this.profile = profile;
        this.settings = settings;
        this.calendar = calendar;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** The Director's decision as asked for: which one, and the reason, next steps or organisation it needs. */
    public record DecisionCommand(RepresentationDecision decision, String reason, String nextSteps, String organisation) {}

    /** What a decision on a whole group did: who was decided and told, and who already had a decision. */
    public record GroupDecisionResult(long groupId, List<String> decided, List<String> alreadyDecided) {}

    public Optional<Representation> find(String reference) {
        return records.find(reference).flatMap(record -> store.find(record.reference()));
    }

    public Optional<RepresentationGroup> group(long id) {
        return store.group(id);
    }

    public List<Representation> members(long groupId) {
        return store.members(groupId, 10_000);
    }

    public List<Reconsideration> reconsiderations(long groupId) {
        return store.reconsiderations(groupId);
    }

    /** Groups in the given policy areas, newest first. */
    public List<RepresentationGroup> groups(List<String> policyAreas) {
        return store.groups(policyAreas, 500);
    }

    /** The policy areas a member of staff may see groups of: a Director's own, or all for caseworkers. */
    public List<String> policyAreasFor(String username, boolean directorOnly) {
        return directorOnly ? settings.policyAreasOf(username)
                : settings.policyAreas().stream().map(RepresentationsProfile.PolicyArea::code).toList();
    }

    /** A group's size: its members, those received within the reconsideration window, and those still undecided. */
    public record GroupStats(long members, long inWindow, long undecided) {}

    /** Each group's size, by group id; a group with no members is missing. */
    public Map<Long, GroupStats> groupStats(List<Long> groupIds) {
        Instant since = clock.instant().minus(Duration.ofDays(settings.grouping().reconsiderationWindowDays()));
        return store.groupStats(groupIds, since);
    }

    /** Representations waiting for this Director's decision (in their policy areas), the ones due first first. */
    public List<Representation> awaitingDecisionBy(String director, int limit) {
        return store.awaitingDecision(settings.policyAreasOf(director), limit);
    }

    /** Changes this Director proposed that wait for the elected members' decision. */
    public List<Representation> awaitingMembersDecision(String director, int limit) {
        return store.awaitingMembers(settings.policyAreasOf(director), limit);
    }

    /** Undecided representations that still need a policy area or a group, oldest first. */
    public List<Representation> awaitingPolicyAreaOrGroup(int limit) {
        return store.awaitingPolicyAreaOrGroup(limit);
    }

    /** True when the member of staff is the Director responsible for the policy area. */
    public boolean isDirectorOf(String policyArea, String username) {
        return username != null && settings.policyArea(policyArea).map(area -> username.equals(area.director()))
                .orElse(false);
    }

    // --- following feedback as it arrives and is classified

    void received(String reference) {
        records.find(reference).ifPresent(record -> {
            similar.index(record);
            if (record.type() == FeedbackType.REPRESENTATION) {
                store.insertIfAbsent(record, true);
            }
        });
    }

    /**
     * Staff decided what the feedback is. When they decide it is a representation and the person chose that type
     * themselves ({@code typeChanged()} is false), we tell the person what that means and the timescales. When the
     * type changed, the classification's own letter (from the complaints module) tells them instead, so they get one
     * message, not two.
     */
    void classified(FeedbackClassified classified) {
        FeedbackRecord record = records.find(classified.reference()).orElse(null);
        if (record == null) {
            return;
        }
        similar.index(record);
        similar.typeChanged(record.reference(), classified.type());
        if (classified.type() != FeedbackType.REPRESENTATION) {
            store.setActive(record.reference(), false);
            return;
        }
        String actor = classified.classifiedBy() == null ? SYSTEM : classified.classifiedBy();
        store.insertIfAbsent(record, true);
        store.setActive(record.reference(), true);
        LocalDate classifiedOn = classified.at() == null ? today() : classified.at().atZone(profile.timeZone()).toLocalDate();
        store.setDecisionDueByIfAbsent(record.reference(),
                calendar.addWorkingDays(calendar.onOrAfter(classifiedOn), settings.decisionWorkingDays()));
        if (!classified.typeChanged()) {
            sendNotice(record, actor);
        }
        Representation representation = store.find(record.reference()).orElseThrow();
        if (representation.policyArea() != null) {
            routeToDirector(record, representation, actor);
            propose(record, store.find(record.reference()).orElseThrow(), actor);
        }
    }

    private void sendNotice(FeedbackRecord record, String actor) {
        Representation representation = store.find(record.reference()).orElseThrow();
        if (representation.noticeSentAt() != null) {
            return;
        }
        Optional<ReplyAddress> address = ReplyAddress.of(record);
        if (address.isPresent()) {
            Map<String, String> values = values(record, representation);
            correspondence.send(address.get().message("representation-notice:" + record.reference(), record.reference(),
                    MessageKind.NOTICE, RepresentationsProfile.fill(settings.wording().noticeSubject(), values),
                    List.of(RepresentationsProfile.fill(settings.wording().notice(), values)),
                    profile.wording("sign-off", Map.of()), profile.name(), null));
        }
        transactions.executeWithoutResult(tx -> {
            if (store.markNoticeSent(record.reference(), clock.instant())) {
                records.recordOnTimeline(record.reference(), actor, "Told it is a representation", address
                        .map(to -> "By " + method(to) + ", with what that means and the timescales.")
                        .orElse("Not told: the representation was given anonymously."));
            }
        });
    }

    // --- policy area and the Director

    /**
     * Sets the representation's policy area. When the feedback is a representation it goes to that area's Director,
     * and the group it resembles (if any) is proposed.
     */
    public Representation setPolicyArea(String reference, String policyArea, String actor) {
        FeedbackRecord record = records.find(reference).orElseThrow(RepresentationException::notFound);
        if (record.type() != FeedbackType.REPRESENTATION && record.type() != FeedbackType.NOT_SURE) {
            throw RepresentationException.rule("This feedback is classified as " + record.type()
                    + ", not as a representation, so it has no policy area");
        }
        String code = policyArea == null ? "" : policyArea.trim();
        if (code.isEmpty()) {
            throw RepresentationException.invalid("policyArea", "Choose the policy area the representation is about");
        }
        RepresentationsProfile.PolicyArea area = settings.policyArea(code).orElseThrow(() ->
                RepresentationException.invalid("policyArea", "Choose a policy area from the council's list"));
        store.insertIfAbsent(record, record.type() == FeedbackType.REPRESENTATION);
        Representation existing = store.find(record.reference()).orElseThrow();
        if (existing.decision() != null) {
            throw RepresentationException.rule("The Director has already decided on this representation");
        }
        if (!code.equals(existing.policyArea())) {
            similar.index(record);
            transactions.executeWithoutResult(tx -> {
                store.setPolicyArea(record.reference(), code);
                similar.policyAreaChanged(record.reference(), code);
                records.recordOnTimeline(record.reference(), actor, "Policy area set", area.name());
            });
        }
        if (record.type() == FeedbackType.REPRESENTATION) {
            routeToDirector(record, store.find(record.reference()).orElseThrow(), actor);
            propose(record, store.find(record.reference()).orElseThrow(), actor);
        }
        return store.find(record.reference()).orElseThrow();
    }

    private void routeToDirector(FeedbackRecord record, Representation representation, String actor) {
        RepresentationsProfile.PolicyArea area = settings.policyArea(representation.policyArea()).orElse(null);
        if (area == null) {
            return;
        }
        LocalDate dueBy = representation.decisionDueBy() != null ? representation.decisionDueBy()
                : calendar.addWorkingDays(today(), settings.decisionWorkingDays());
        Map<String, String> values = values(record, representation);
        values.put("decisionDueBy", dueBy.format(DATE));
        if (area.directorEmail() != null && !area.directorEmail().isBlank()) {
            correspondence.send(new Correspondence.Outgoing("representation-director:" + record.reference() + ":" + area.code(),
                    record.reference(), MessageKind.NOTICE, ContactMethod.EMAIL, area.directorName(),
                    area.directorEmail().trim(), RepresentationsProfile.fill(settings.wording().toDirectorSubject(), values),
                    RepresentationsProfile.fill(settings.wording().toDirector(), values), dueBy));
        }
        transactions.executeWithoutResult(tx -> {
            if (store.markRouted(record.reference(), area.code(), clock.instant(), dueBy)) {
                records.recordOnTimeline(record.reference(), actor, "Passed to the Director",
                        area.directorName() + " (" + area.director() + "), for " + area.name()
                                + "; decision due by " + dueBy.format(DATE) + ".");
                records.changeStatus(record.reference(), FeedbackStatus.IN_PROGRESS);
            }
        });
    }

    // --- grouping

    /** Proposes the existing group of the same policy area that the representation resembles, if any. */
    void propose(FeedbackRecord record, Representation representation, String actor) {
        if (representation.groupId() != null || representation.policyArea() == null) {
            return;
        }
        Map<String, Integer> terms = similar.termsOf(record);
        List<GroupProposals.Member> members = new ArrayList<>();
        List<Map<String, Integer>> others = new ArrayList<>();
        for (RepresentationStore.AreaTerms area : store.areaTerms(representation.policyArea(), record.id(), CANDIDATES)) {
            if (area.groupId() != null) {
                members.add(new GroupProposals.Member(area.groupId(), area.terms()));
            } else {
                others.add(area.terms());
            }
        }
        Optional<GroupProposals.Proposal> proposal = GroupProposals.propose(terms, members, others,
                settings.grouping().proposalThreshold());
        transactions.executeWithoutResult(tx -> {
            store.setProposal(record.reference(), proposal.map(GroupProposals.Proposal::groupId).orElse(null),
                    proposal.map(GroupProposals.Proposal::similarity).orElse(null));
            proposal.ifPresent(p -> records.recordOnTimeline(record.reference(), actor, "Similar group proposed",
                    "Group " + p.groupId() + String.format(Locale.ROOT, " (similarity %.2f)", p.similarity())
                            + "; confirm it or put the representation in a new group."));
        });
    }

    /**
     * Puts the representation in an existing group of its policy area (confirming a proposal, or choosing another)
     * or in a new group of its own (splitting it off). Alerts the Director when the group reaches the threshold.
     */
    public Representation assignGroup(String reference, Long groupId, boolean newGroup, String title, String actor) {
        FeedbackRecord record = records.find(reference).orElseThrow(RepresentationException::notFound);
        if ((groupId == null) == !newGroup) {
            throw RepresentationException.invalid("groupId", "Give either the groupId of an existing group or \"newGroup\": true");
        }
        String cleanTitle = title == null || title.isBlank() ? null : title.trim();
        if (cleanTitle != null && cleanTitle.length() > 200) {
            throw RepresentationException.invalid("title", "Enter a title of 200 characters or fewer");
        }
        Representation representation = representationOf(record);
        if (representation.policyArea() == null) {
            throw RepresentationException.rule("Set the representation's policy area before grouping it");
        }
        RepresentationGroup group;
        if (groupId != null) {
            group = store.group(groupId).orElseThrow(() ->
                    RepresentationException.invalid("groupId", "There is no group with that id"));
            if (!group.policyArea().equals(representation.policyArea())) {
                throw RepresentationException.rule("That group is about another policy area (" + group.policyArea()
                        + "); a representation can only join a group of its own policy area");
            }
            if (groupId.equals(representation.groupId())) {
                return representation;
            }
        } else {
            group = null;
        }
        Long chosen = transactions.execute(tx -> {
            long id = group != null ? group.id() : store.createGroup(representation.policyArea(),
                    cleanTitle != null ? cleanTitle : defaultTitle(record), actor, clock.instant());
            store.setGroup(record.reference(), id, actor, clock.instant());
            records.recordOnTimeline(record.reference(), actor, group != null ? "Grouped with similar representations"
                    : "Put in a new group", "Group " + id + ".");
            return id;
        });
        checkThreshold(store.group(chosen).orElseThrow(), representation);
        return store.find(record.reference()).orElseThrow();
    }

    /** Alerts the Director once when this join takes the group from below the threshold to it (within the window). */
    private void checkThreshold(RepresentationGroup group, Representation joined) {
        RepresentationsProfile.Grouping grouping = settings.grouping();
        Instant since = clock.instant().minus(Duration.ofDays(grouping.reconsiderationWindowDays()));
        long after = store.countInWindow(group.id(), since);
        long before = after - (joined.receivedAt().isBefore(since) ? 0 : 1);
        if (before >= grouping.reconsiderationThreshold() || after < grouping.reconsiderationThreshold()) {
            return;
        }
        RepresentationsProfile.PolicyArea area = settings.policyArea(group.policyArea()).orElse(null);
        if (area == null || area.directorEmail() == null || area.directorEmail().isBlank()) {
            return;
        }
        int crossing = group.alertsSent() + 1;
        Map<String, String> values = new HashMap<>();
        values.put("council", profile.name());
        values.put("groupId", Long.toString(group.id()));
        values.put("groupTitle", group.title());
        values.put("policyArea", area.name());
        values.put("count", Long.toString(after));
        values.put("windowDays", Integer.toString(grouping.reconsiderationWindowDays()));
        values.put("threshold", Integer.toString(grouping.reconsiderationThreshold()));
        correspondence.send(new Correspondence.Outgoing("representation-group-alert:" + group.id() + ":" + crossing,
                joined.reference(), MessageKind.INTERNAL_ALERT, ContactMethod.EMAIL, area.directorName(),
                area.directorEmail().trim(), RepresentationsProfile.fill(settings.wording().thresholdAlertSubject(), values),
                RepresentationsProfile.fill(settings.wording().thresholdAlert(), values), null));
        transactions.executeWithoutResult(tx -> store.markAlertSent(group.id(), group.alertsSent(), clock.instant()));
    }

    /** The Director's consideration of whether to re-investigate a group's concerns, with the reason. */
    public Reconsideration reconsider(long groupId, ReconsiderationDecision decision, String reason, String actor) {
        RepresentationGroup group = store.group(groupId).orElseThrow(RepresentationException::groupNotFound);
        requireDirector(group.policyArea(), actor);
        List<RepresentationException.FieldError> errors = new ArrayList<>();
        if (decision == null) {
            errors.add(new RepresentationException.FieldError("decision", "Choose REINVESTIGATE or NO_REINVESTIGATION"));
        }
        String text = reason == null ? "" : reason.trim();
        if (text.isEmpty()) {
            errors.add(new RepresentationException.FieldError("reason", "Give the reason for the decision"));
        } else if (text.length() > TEXT_MAX) {
            errors.add(new RepresentationException.FieldError("reason", "Give the reason in 5000 characters or fewer"));
        }
        if (!errors.isEmpty()) {
            throw RepresentationException.invalid(errors);
        }
        Instant since = clock.instant().minus(Duration.ofDays(settings.grouping().reconsiderationWindowDays()));
        long counted = store.countInWindow(groupId, since);
        long id = transactions.execute(tx -> store.insertReconsideration(groupId, decision, text, counted, actor, clock.instant()));
        return store.reconsiderations(groupId).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    // --- decisions

    /**
     * Records the Director's decision on one representation and tells the person.
     *
     * @throws RepresentationException not found; rule broken when it is not a representation, has no policy area or
     *         is decided already; forbidden for anyone but the policy area's Director; invalid for bad input
     */
    public Representation decide(String reference, DecisionCommand command, String actor) {
        FeedbackRecord record = records.find(reference).orElseThrow(RepresentationException::notFound);
        Representation representation = representationOf(record);
        if (representation.policyArea() == null) {
            throw RepresentationException.rule("Set the representation's policy area before deciding on it");
        }
        requireDirector(representation.policyArea(), actor);
        DecisionCommand clean = validate(command);
        if (representation.decision() != null) {
            throw RepresentationException.rule("The Director has already decided on this representation ("
                    + representation.decision() + ")");
        }
        if (!applyDecision(record, representation, clean, actor)) {
            throw RepresentationException.rule("The Director has already decided on this representation");
        }
        return store.find(record.reference()).orElseThrow();
    }

    /** Records the Director's decision on every undecided representation in a group; each person is told. */
    public GroupDecisionResult decideGroup(long groupId, DecisionCommand command, String actor) {
        RepresentationGroup group = store.group(groupId).orElseThrow(RepresentationException::groupNotFound);
        requireDirector(group.policyArea(), actor);
        DecisionCommand clean = validate(command);
        List<String> decided = new ArrayList<>();
        List<String> already = new ArrayList<>();
        for (Representation member : store.members(groupId, 10_000)) {
            FeedbackRecord record = records.find(member.reference()).orElse(null);
            if (record == null || record.type() != FeedbackType.REPRESENTATION) {
                continue;
            }
            if (member.decision() == null && applyDecision(record, member, clean, actor)) {
                decided.add(member.reference());
            } else {
                already.add(member.reference());
            }
        }
        if (decided.isEmpty()) {
            throw RepresentationException.rule("Every representation in this group already has a decision");
        }
        return new GroupDecisionResult(groupId, decided, already);
    }

    private boolean applyDecision(FeedbackRecord record, Representation representation, DecisionCommand command,
            String actor) {
        Boolean recorded = transactions.execute(tx -> {
            if (!store.decide(record.reference(), command.decision(), command.reason(), command.nextSteps(),
                    command.organisation(), actor, clock.instant())) {
                return false;
            }
            records.recordOnTimeline(record.reference(), actor, "Director's decision", describe(command));
            records.changeStatus(record.reference(), command.decision() == RepresentationDecision.CHANGE_PROPOSED
                    ? FeedbackStatus.IN_PROGRESS : FeedbackStatus.CLOSED);
            return true;
        });
        if (!Boolean.TRUE.equals(recorded)) {
            return false;
        }
        Map<String, String> values = values(record, representation);
        values.put("reason", command.reason() == null ? "" : command.reason());
        values.put("nextSteps", command.nextSteps() == null ? "" : command.nextSteps());
        settings.organisation(command.organisation()).ifPresent(org -> {
            values.put("organisation", org.name());
            values.put("organisationContact", org.contact());
        });
        String template = switch (command.decision()) {
            case NO_CHANGE -> settings.wording().noChange();
            case CHANGE_PROPOSED -> settings.wording().changeProposed();
            case OTHER_ORGANISATION -> settings.wording().otherOrganisation();
        };
        tell(record, "representation-decision:" + record.reference(), settings.wording().decisionSubject(), template,
                values, actor, "Told of the Director's decision");
        return true;
    }

    /** Records the elected members' decision on a change the Director proposed, and tells the person. */
    public Representation recordMembersDecision(String reference, MembersDecision decision, LocalDate decidedOn,
            String summary, String actor) {
        FeedbackRecord record = records.find(reference).orElseThrow(RepresentationException::notFound);
        Representation representation = representationOf(record);
        if (representation.policyArea() == null) {
            throw RepresentationException.rule("Set the representation's policy area first");
        }
        requireDirector(representation.policyArea(), actor);
        List<RepresentationException.FieldError> errors = new ArrayList<>();
        if (decision == null) {
            errors.add(new RepresentationException.FieldError("decision", "Choose CHANGE_AGREED or CHANGE_NOT_AGREED"));
        }
        if (decidedOn == null) {
            errors.add(new RepresentationException.FieldError("decidedOn", "Enter the date the members decided"));
        } else if (decidedOn.isAfter(today())) {
            errors.add(new RepresentationException.FieldError("decidedOn", "The date the members decided must be today or in the past"));
        }
        String text = summary == null ? "" : summary.trim();
        if (text.length() > TEXT_MAX) {
            errors.add(new RepresentationException.FieldError("summary", "Summarise in 5000 characters or fewer"));
        }
        if (!errors.isEmpty()) {
            throw RepresentationException.invalid(errors);
        }
        if (representation.decision() != RepresentationDecision.CHANGE_PROPOSED) {
            throw RepresentationException.rule("Members decide only on a change the Director proposed; this "
                    + "representation's decision is " + (representation.decision() == null ? "not made yet" : representation.decision()));
        }
        if (representation.membersDecision() != null) {
            throw RepresentationException.rule("The members' decision was already recorded");
        }
        Boolean recorded = transactions.execute(tx -> {
            if (!store.recordMembersDecision(record.reference(), decision, decidedOn, text.isEmpty() ? null : text,
                    actor, clock.instant())) {
                return false;
            }
            records.recordOnTimeline(record.reference(), actor, "Members' decision",
                    (decision == MembersDecision.CHANGE_AGREED ? "Change agreed" : "Change not agreed") + " on "
                            + decidedOn.format(DATE) + (text.isEmpty() ? "." : ": " + text));
            records.changeStatus(record.reference(), FeedbackStatus.CLOSED);
            return true;
        });
        if (!Boolean.TRUE.equals(recorded)) {
            throw RepresentationException.rule("The members' decision was already recorded");
        }
        Map<String, String> values = values(record, representation);
        values.put("membersDecisionDate", decidedOn.format(DATE));
        values.put("summary", text);
        tell(record, "representation-members:" + record.reference(), settings.wording().membersDecisionSubject(),
                decision == MembersDecision.CHANGE_AGREED ? settings.wording().changeAgreed()
                        : settings.wording().changeNotAgreed(), values, actor, "Told of the members' decision");
        return store.find(record.reference()).orElseThrow();
    }

    private void tell(FeedbackRecord record, String dedupeKey, String subjectTemplate, String template,
            Map<String, String> values, String actor, String event) {
        Optional<ReplyAddress> address = ReplyAddress.of(record);
        if (address.isEmpty()) {
            records.recordOnTimeline(record.reference(), actor, "Person not told",
                    "The representation was given anonymously, so there is no one to tell.");
            return;
        }
        correspondence.send(address.get().message(dedupeKey, record.reference(), MessageKind.RESPONSE,
                RepresentationsProfile.fill(subjectTemplate, values), List.of(RepresentationsProfile.fill(template, values)),
                profile.wording("sign-off", Map.of()), profile.name(), null));
        records.recordOnTimeline(record.reference(), actor, event, "By " + method(address.get()) + ".");
    }

    private DecisionCommand validate(DecisionCommand command) {
        if (command == null || command.decision() == null) {
            throw RepresentationException.invalid("decision", "Choose NO_CHANGE, CHANGE_PROPOSED or OTHER_ORGANISATION");
        }
        String reason = trimToNull(command.reason());
        String nextSteps = trimToNull(command.nextSteps());
        String organisation = trimToNull(command.organisation());
        List<RepresentationException.FieldError> errors = new ArrayList<>();
        switch (command.decision()) {
            case NO_CHANGE -> {
                if (reason == null) {
                    errors.add(new RepresentationException.FieldError("reason",
                            "Give the reason the policy should not change; the person will be told"));
                }
            }
            case CHANGE_PROPOSED -> {
                if (nextSteps == null) {
                    errors.add(new RepresentationException.FieldError("nextSteps",
                            "Describe the next steps; the person will be told"));
                }
            }
            case OTHER_ORGANISATION -> {
                if (organisation == null) {
                    errors.add(new RepresentationException.FieldError("organisation",
                            "Choose the organisation whose policy it is"));
                } else if (settings.organisation(organisation).isEmpty()) {
                    errors.add(new RepresentationException.FieldError("organisation",
                            "Choose an organisation from the council's list"));
                }
            }
        }
        if (reason != null && reason.length() > TEXT_MAX) {
            errors.add(new RepresentationException.FieldError("reason", "Give the reason in 5000 characters or fewer"));
        }
        if (nextSteps != null && nextSteps.length() > TEXT_MAX) {
            errors.add(new RepresentationException.FieldError("nextSteps", "Describe the next steps in 5000 characters or fewer"));
        }
        if (!errors.isEmpty()) {
            throw RepresentationException.invalid(errors);
        }
        return new DecisionCommand(command.decision(), reason, nextSteps, organisation);
    }

    private void requireDirector(String policyArea, String actor) {
        RepresentationsProfile.PolicyArea area = settings.policyArea(policyArea).orElseThrow(() ->
                RepresentationException.rule("The policy area " + policyArea + " is not in the council profile"));
        if (actor == null || !actor.equals(area.director())) {
            throw RepresentationException.forbidden("Only the Director responsible for " + area.name()
                    + " may decide on its representations");
        }
    }

    private Representation representationOf(FeedbackRecord record) {
        if (record.type() != FeedbackType.REPRESENTATION) {
            throw RepresentationException.rule("This feedback is classified as " + record.type()
                    + ", not as a representation");
        }
        store.insertIfAbsent(record, true);
        return store.find(record.reference()).orElseThrow();
    }

    private String describe(DecisionCommand command) {
        return switch (command.decision()) {
            case NO_CHANGE -> "No change: " + command.reason();
            case CHANGE_PROPOSED -> "Change proposed; next steps: " + command.nextSteps()
                    + (command.reason() == null ? "" : " (" + command.reason() + ")");
            case OTHER_ORGANISATION -> "Another organisation's policy: "
                    + settings.organisation(command.organisation()).map(RepresentationsProfile.Organisation::name).orElse(command.organisation())
                    + (command.reason() == null ? "" : " (" + command.reason() + ")");
        };
    }

    private Map<String, String> values(FeedbackRecord record, Representation representation) {
        Map<String, String> values = new HashMap<>();
        values.put("council", profile.name());
        values.put("reference", record.reference());
        values.put("receivedDate", record.receivedAt().atZone(profile.timeZone()).toLocalDate().format(DATE));
        values.put("words", record.description());
        values.put("workingDays", Integer.toString(settings.decisionWorkingDays()));
        LocalDate dueBy = representation.decisionDueBy() != null ? representation.decisionDueBy()
                : calendar.addWorkingDays(today(), settings.decisionWorkingDays());
        values.put("decisionDueBy", dueBy.format(DATE));
        settings.policyArea(representation.policyArea()).ifPresentOrElse(area -> {
            values.put("policyArea", area.name());
            values.put("director", area.directorName());
        }, () -> {
            values.put("policyArea", "council policy");
            values.put("director", "the Director responsible");
        });
        return values;
    }

    private static String defaultTitle(FeedbackRecord record) {
        String text = record.description().strip().replaceAll("\\s+", " ");
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(profile.timeZone()));
    }

    private static String method(ReplyAddress address) {
        return address.method().name().toLowerCase(Locale.ROOT)
                + (address.preferred() ? "" : " (we do not have the details for the method they asked for)");
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
