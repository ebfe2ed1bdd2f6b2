package org.councilfeedback.triage;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.councilfeedback.correspondence.Correspondence;
import org.councilfeedback.correspondence.MessageKind;
import org.councilfeedback.intake.ContactDetails;
import org.councilfeedback.intake.ContactMethod;
import org.councilfeedback.intake.FeedbackRecord;
import org.councilfeedback.intake.FeedbackRecords;
import org.councilfeedback.intake.FeedbackType;
import org.councilfeedback.organisation.CouncilProfile;
import org.councilfeedback.organisation.CouncilProfileSections;
import org.councilfeedback.timescales.WorkingDayCalendar;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells a person, by the method they asked for, when we treat their feedback as a compliment, suggestion or
 * representation although they chose something else: what it is being treated as, what happens next and by when, in
 * the profile's words. (A complaint's own "what happens next" message says so for complaints.)
 */
@Component
class TypeChangeNotices {

    private static final List<String> KEYS = List.of("subject", "opening", "compliment", "suggestion", "representation", "closing");

    private final Correspondence correspondence;
    private final FeedbackRecords records;
    private final CouncilProfile profile;
    private final WorkingDayCalendar calendar;
    private final ClassificationSettings settings;

    TypeChangeNotices(Correspondence correspondence, FeedbackRecords records, CouncilProfile profile,
            WorkingDayCalendar calendar, CouncilProfileSections sections) {
        this.correspondence = correspondence;
        this.records = records;
        this.profile = profile;
        this.calendar = calendar;
        this.settings = sections.bind("classification", ClassificationSettings.class);
        for (String key : KEYS) {
            if (!settings.typeChange().containsKey(key)) {
                throw new IllegalStateException("The council profile has no wording for 'classification.type-change." + key + "'");
            }
        }
    }

    @Async
    @TransactionalEventListener
    void on(FeedbackClassified classified) {
        if (!classified.typeChanged() || classified.type() == FeedbackType.COMPLAINT) {
            return;
        }
        records.find(classified.reference()).ifPresent(record -> tell(record, classified.type(), classified.at().atZone(profile.timeZone()).toLocalDate()));
    }

    void tell(FeedbackRecord record, FeedbackType type, LocalDate decidedOn) {
        ContactDetails contact = record.contact();
        ContactMethod method = record.anonymous() || contact == null ? null : contact.replyMethod().orElse(null);
        if (method == null) {
            return;
        }
        String key = type.name().toLowerCase(Locale.ROOT);
        int workingDays = settings.workingDays().getOrDefault(key, 20);
        LocalDate respondBy = calendar.addWorkingDays(calendar.onOrAfter(decidedOn), workingDays);
        Map<String, String> values = new HashMap<>();
        values.put("council", profile.name());
        values.put("reference", record.reference());
        values.put("name", contact.name());
        values.put("respondBy", respondBy.format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK)));
        values.put("workingDays", Integer.toString(workingDays));
        values.put("customerServicesPhone", profile.contacts().customerServices().phone());
        values.put("minicom", profile.contacts().customerServices().minicom());
        String body = String.join("\n\n", "Dear " + contact.name() + ",", text("opening", values), text(key, values),
                text("closing", values), "Yours sincerely,\n" + profile.wording("sign-off", Map.of()) + "\n" + profile.name());
        correspondence.send(new Correspondence.Outgoing("type-change:" + record.reference() + ":" + type.name(),
                record.reference(), MessageKind.NOTICE, method, contact.name(), contact.recipientFor(method),
                text("subject", values), body, respondBy).toThePerson());
        records.recordOnTimeline(record.reference(), "system", "Told what we decided",
                "Told the person we are treating their feedback as a " + key + ".");
    }

    private String text(String key, Map<String, String> values) {
        String text = settings.typeChange().get(key).strip();
        for (var entry : values.entrySet()) {
            text = text.replace("{" + entry.getKey() + "}", entry.getValue() == null ? "" : entry.getValue());
        }
        return text;
    }
}
