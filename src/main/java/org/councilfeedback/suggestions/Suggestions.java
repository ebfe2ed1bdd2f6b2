package org.councilfeedback.suggestions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The suggestions module's API: passes a suggestion to the service it relates to, records the service's decision and
 * tells the person whether we made any changes as a result.
 */
@Service
public class Suggestions {

    static final String SYSTEM = "system";
    static final int EXPLANATION_MAX = 5000;
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final SuggestionStore store;
    private final FeedbackRecords records;
    private final Correspondence correspondence;
    private final CouncilProfile profile;
    private final SuggestionsProfile settings;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final TransactionTemplate transactions;

    Suggestions(SuggestionStore store, FeedbackRecords records, Correspondence correspondence, CouncilProfile profile,
            SuggestionsProfile settings, WorkingDayCalendar calendar, Clock clock, TransactionTemplate transactions) {
        this.store = store;
        this.records = records;
        this.correspondence = correspondence;
        this.profile = profile;
        this.settings = settings;
        this.calendar = calendar;
        this.clock = clock;
        this.transactions = transactions;
    }

    public Optional<Suggestion> find(String reference) {
        return records.find(reference).flatMap(record -> store.find(record.reference()));
    }

    /** Suggestions waiting for the service's final decision, the ones due first first, at most {@code limit}. */
    public List<Suggestion> awaitingDecision(int limit) {
        return store.awaitingDecision(limit);
    }

    /** The last due date that counts as "due soon" on {@code today}: when the service is reminded. */
    public LocalDate dueSoonBy(LocalDate today) {
        return calendar.addWorkingDays(today, settings.reminderWorkingDaysBefore());
    }

    /** The decision as staff read it: "Under consideration". */
    public static String label(SuggestionDecision decision) {
        return decision == null ? null : switch (decision) {
            case ADOPTED -> "Adopted";
            case UNDER_CONSIDERATION -> "Under consideration";
            case NOT_ADOPTED -> "Not adopted";
        };
    }

    /**
     * Sets the service a suggestion belongs to and, when the feedback is a suggestion, passes it to that service.
     *
     * @throws SuggestionException for unknown feedback, feedback of another type, a decided suggestion, or an unknown
     *         service area
     */
    public Suggestion assignService(String reference, String serviceArea, String actor) {
        FeedbackRecord record = records.find(reference).orElseThrow(SuggestionException::notFound);
        if (record.type() != FeedbackType.SUGGESTION && record.type() != FeedbackType.NOT_SURE) {
            throw SuggestionException.rule("This feedback is classified as " + record.type() + ", not as a suggestion");
        }
        String area = serviceArea == null ? null : serviceArea.trim();
        if (area == null || area.isEmpty()) {
            throw SuggestionException.invalid("serviceArea", "Choose the service the suggestion is for");
        }
        if (profile.serviceArea(area).isEmpty()) {
            throw SuggestionException.invalid("serviceArea", "Choose a service area from the council's list");
        }
        store.insertIfAbsent(record, record.type() == FeedbackType.SUGGESTION);
        Suggestion existing = store.find(record.reference()).orElseThrow();
        if (existing.decision() != null) {
            throw SuggestionException.rule("The service has already recorded its decision on this suggestion");
        }
        transactions.executeWithoutResult(tx -> {
            store.setServiceArea(record.reference(), area);
            records.recordOnTimeline(record.reference(), actor, "Suggestion service set", profile.serviceAreaName(area));
        });
        if (record.type() == FeedbackType.SUGGESTION) {
            passOn(record, store.find(record.reference()).orElseThrow(), actor);
        }
        return store.find(record.reference()).orElseThrow();
    }

    /**
     * Records the service's decision and tells the person, by the method they asked for, whether we made any changes.
     * A decision "under consideration" can be followed by a final one; a final one cannot be changed.
     */
    public Suggestion decide(String reference, SuggestionDecision decision, String explanation, String actor) {
        FeedbackRecord record = records.find(reference).orElseThrow(SuggestionException::notFound);
        if (decision == null) {
            throw SuggestionException.invalid("decision", "Choose ADOPTED, UNDER_CONSIDERATION or NOT_ADOPTED");
        }
        String text = explanation == null ? "" : explanation.trim();
        if (text.isEmpty()) {
            throw SuggestionException.invalid("explanation", "Explain the decision; the person will be told");
        }
        if (text.length() > EXPLANATION_MAX) {
            throw SuggestionException.invalid("explanation", "Explain the decision in 5000 characters or fewer");
        }
        if (record.type() != FeedbackType.SUGGESTION) {
            throw SuggestionException.rule("This feedback is classified as " + record.type()
                    + ", not as a suggestion, so it has no suggestion decision");
        }
        store.insertIfAbsent(record, true);
        Suggestion existing = store.find(record.reference()).orElseThrow();
        if (existing.decision() != null && existing.decision().isFinal()) {
            throw SuggestionException.rule("The final decision (" + existing.decision() + ") was already recorded");
        }
        Boolean recorded = transactions.execute(tx -> {
            if (!store.decide(record.reference(), decision, text, actor, clock.instant())) {
                return false;
            }
            records.recordOnTimeline(record.reference(), actor, "Suggestion decision recorded",
                    label(decision) + ": " + text);
            records.changeStatus(record.reference(), decision.isFinal() ? FeedbackStatus.CLOSED : FeedbackStatus.IN_PROGRESS);
            return true;
        });
        if (!Boolean.TRUE.equals(recorded)) {
            throw SuggestionException.rule("The final decision was already recorded");
        }
        tellPerson(record, decision, text, actor);
        return store.find(record.reference()).orElseThrow();
    }

    private void tellPerson(FeedbackRecord record, SuggestionDecision decision, String explanation, String actor) {
        Optional<ReplyAddress> address = ReplyAddress.of(record);
        if (address.isEmpty()) {
            records.recordOnTimeline(record.reference(), actor, "Person not told",
                    "The suggestion was given anonymously, so there is no one to tell.");
            return;
        }
        ReplyAddress to = address.get();
        Map<String, String> values = values(record);
        values.put("explanation", explanation);
        String template = switch (decision) {
            case ADOPTED -> settings.wording().adopted();
            case UNDER_CONSIDERATION -> settings.wording().underConsideration();
            case NOT_ADOPTED -> settings.wording().notAdopted();
        };
        String subject = SuggestionsProfile.fill(settings.wording().outcomeSubject(), values);
        correspondence.send(to.message("suggestion-outcome:" + record.reference() + ":" + decision, record.reference(),
                MessageKind.RESPONSE, subject, List.of(SuggestionsProfile.fill(template, values)),
                profile.wording("sign-off", Map.of()), profile.name(), null));
        records.recordOnTimeline(record.reference(), actor, "Person told of the suggestion decision",
                "By " + to.method().name().toLowerCase(Locale.ROOT)
                        + (to.preferred() ? "" : ", because we do not have the details for the method they asked for")
                        + ".");
    }

    void received(String reference) {
        records.find(reference).filter(record -> record.type() == FeedbackType.SUGGESTION)
                .ifPresent(record -> store.insertIfAbsent(record, true));
    }

    void classified(String reference, FeedbackType type, String actor) {
        FeedbackRecord record = records.find(reference).orElse(null);
        if (record == null) {
            return;
        }
        if (type != FeedbackType.SUGGESTION) {
            store.setActive(record.reference(), false);
            return;
        }
        store.insertIfAbsent(record, true);
        store.setActive(record.reference(), true);
        Suggestion suggestion = store.find(record.reference()).orElseThrow();
        if (suggestion.serviceArea() == null) {
            records.recordOnTimeline(record.reference(), actor == null ? SYSTEM : actor, "Suggestion waiting for a service",
                    "Set the service the suggestion is for, so that it can be passed on.");
        } else if (!suggestion.passedOn()) {
            passOn(record, suggestion, actor == null ? SYSTEM : actor);
        }
    }

    /** Emails the suggestion to the service manager with the date their decision is due, then notes it. */
    void passOn(FeedbackRecord record, Suggestion suggestion, String actor) {
        var area = profile.serviceArea(suggestion.serviceArea()).orElse(null);
        if (area == null || area.managerEmail() == null || area.managerEmail().isBlank()) {
            records.recordOnTimeline(record.reference(), actor, "Suggestion not passed on",
                    "The council profile has no manager email for " + suggestion.serviceArea() + ".");
            return;
        }
        String to = area.managerEmail().trim();
        if (to.equalsIgnoreCase(suggestion.passedTo())) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(profile.timeZone()));
        LocalDate dueBy = calendar.addWorkingDays(today, settings.decisionWorkingDays());
        Map<String, String> values = values(record);
        values.put("serviceArea", area.name());
        values.put("decisionDueBy", dueBy.format(DATE));
        values.put("workingDays", Integer.toString(settings.decisionWorkingDays()));
        correspondence.send(new Correspondence.Outgoing("suggestion-service:" + record.reference() + ":" + area.code(),
                record.reference(), MessageKind.NOTICE, ContactMethod.EMAIL, area.name(), to,
                SuggestionsProfile.fill(settings.wording().toServiceSubject(), values),
                SuggestionsProfile.fill(settings.wording().toService(), values), dueBy));
        transactions.executeWithoutResult(tx -> {
            if (store.markPassedOn(record.reference(), to, clock.instant(), dueBy)) {
                records.recordOnTimeline(record.reference(), actor, "Suggestion passed to the service",
                        "Passed to " + area.name() + " (" + to + "); their decision is due by " + dueBy.format(DATE) + ".");
                records.changeStatus(record.reference(), FeedbackStatus.IN_PROGRESS);
            }
        });
    }

    /**
     * Reminds services of decisions due within the profile's working days and of decisions overdue; each reminder is
     * sent once (a dedupe key, and a mark on the suggestion). Returns how many reminders went.
     */
    int sendReminders(LocalDate today) {
        int sent = 0;
        for (Suggestion suggestion : store.awaitingOverdueReminder(today, 500)) {
            remind(suggestion, "overdue", settings.wording().reminderOverdue());
            if (transactions.execute(tx -> store.markOverdueReminder(suggestion.reference(), clock.instant()))) {
                records.recordOnTimeline(suggestion.reference(), SYSTEM, "Suggestion decision overdue",
                        "Reminder sent to " + suggestion.passedTo() + ".");
                sent++;
            }
        }
        LocalDate horizon = calendar.addWorkingDays(today, settings.reminderWorkingDaysBefore());
        for (Suggestion suggestion : store.awaitingDueReminder(horizon, 500)) {
            remind(suggestion, "due", settings.wording().reminderDue());
            if (transactions.execute(tx -> store.markDueReminder(suggestion.reference(), clock.instant()))) {
                records.recordOnTimeline(suggestion.reference(), SYSTEM, "Suggestion decision due",
                        "Reminder sent to " + suggestion.passedTo() + ".");
                sent++;
            }
        }
        return sent;
    }

    private void remind(Suggestion suggestion, String which, String template) {
        FeedbackRecord record = records.find(suggestion.reference()).orElseThrow();
        Map<String, String> values = values(record);
        values.put("serviceArea", profile.serviceAreaName(suggestion.serviceArea()));
        values.put("decisionDueBy", suggestion.decisionDueBy().format(DATE));
        correspondence.send(new Correspondence.Outgoing("suggestion-reminder:" + which + ":" + suggestion.reference(),
                suggestion.reference(), MessageKind.INTERNAL_ALERT, ContactMethod.EMAIL,
                profile.serviceAreaName(suggestion.serviceArea()), suggestion.passedTo(),
                SuggestionsProfile.fill(settings.wording().reminderSubject(), values),
                SuggestionsProfile.fill(template, values), suggestion.decisionDueBy()));
    }

    private Map<String, String> values(FeedbackRecord record) {
        Map<String, String> values = new HashMap<>();
        values.put("council", profile.name());
        values.put("reference", record.reference());
        values.put("receivedDate", record.receivedAt().atZone(profile.timeZone()).toLocalDate().format(DATE));
        values.put("words", record.description());
        values.put("decisionLink", "POST /api/v1/feedback/" + record.reference() + "/suggestion-decision");
        values.put("customerServicesPhone", profile.contacts().customerServices().phone());
        return values;
    }

}
