package org.councilfeedback.privacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.councilfeedback.access.AuditEntry;
import org.councilfeedback.access.AuditTrail;
import org.councilfeedback.correspondence.Correspondence;
import org.councilfeedback.correspondence.MessageKind;
import org.councilfeedback.correspondence.OutgoingMessage;
import org.councilfeedback.intake.FeedbackRecord;
import org.councilfeedback.intake.FeedbackRecords;
import org.councilfeedback.intake.TimelineEntry;
import org.councilfeedback.organisation.CouncilProfile;
import org.councilfeedback.people.ContactPreferenceRule;
import org.councilfeedback.people.HandlingRestrictions;
import org.councilfeedback.people.PeopleJson;
import org.councilfeedback.people.People;
import org.councilfeedback.people.Person;
import org.councilfeedback.people.Representatives;
import org.councilfeedback.safeguarding.Safeguarding;
import org.councilfeedback.safeguarding.SafeguardingJson;
import org.springframework.stereotype.Service;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Subject access: everything this application holds about a person, for the Data Protection Officer to review and
 * send — the person record, adjustments, handling restrictions, each piece of feedback with its timeline,
 * representative, the messages sent to the person, safeguarding concerns (marked for review: they may be withheld where
 * disclosure would cause serious harm), legal holds and who viewed or changed the records. Produced as a ZIP with a
 * readable HTML file and a machine-readable JSON file. Each export is recorded in the audit trail.
 */
@Service
public class SubjectAccessExport {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final int AUDIT_LIMIT = 10_000;

    private final People people;
    private final HandlingRestrictions restrictions;
    private final Representatives representatives;
    private final ContactPreferenceRule contactRule;
    private final FeedbackRecords records;
    private final Correspondence correspondence;
    private final Safeguarding safeguarding;
    private final LegalHolds holds;
    private final AuditTrail audit;
    private final TemplateEngine templates;
    private final CouncilProfile profile;
    private final Clock clock;

    SubjectAccessExport(People people, HandlingRestrictions restrictions, Representatives representatives,
            ContactPreferenceRule contactRule, FeedbackRecords records, Correspondence correspondence,
            Safeguarding safeguarding, LegalHolds holds, AuditTrail audit, TemplateEngine templates,
            CouncilProfile profile, Clock clock) {
        this.people = people;
        this.restrictions = restrictions;
        this.representatives = representatives;
        this.contactRule = contactRule;
        this.records = records;
        this.correspondence = correspondence;
        this.safeguarding = safeguarding;
        this.holds = holds;
        this.audit = audit;
        this.templates = templates;
        this.profile = profile;
        this.clock = clock;
    }

    /** The export as ZIP bytes: {@code subject-access-person-{id}.html} and {@code .json}. */
    public byte[] export(long personId, String actor, String clientAddress) {
        Map<String, Object> data = collect(personId, actor);
        String name = "subject-access-person-" + personId;
        byte[] json = JSON.writeValueAsBytes(data);
        Context context = new Context();
        context.setVariable("data", JSON.convertValue(data, Map.class));
        context.setVariable("council", profile.name());
        String html = templates.process("privacy/subject-access", context);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry(name + ".html"));
            zip.write(html.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(name + ".json"));
            zip.write(json);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(actor, "SUBJECT_ACCESS_EXPORTED", null, personId, "Subject access export of "
                + ((List<?>) data.get("feedback")).size() + " piece(s) of feedback", clientAddress);
        return bytes.toByteArray();
    }

    /** Everything held about the person, as an ordered map (the JSON file's content). */
    Map<String, Object> collect(long personId, String actor) {
        Person person = people.find(personId).orElseThrow(() -> new IllegalArgumentException("No person " + personId));
        List<String> references = people.referencesOf(personId);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("council", profile.name());
        data.put("generatedAt", clock.instant());
        data.put("generatedBy", actor);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", person.id());
        p.put("name", person.name());
        p.put("email", person.email());
        p.put("phone", person.phone());
        p.put("address", person.address());
        p.put("preferredContactMethod", person.preferredContactMethod());
        p.put("createdAt", person.createdAt());
        p.put("anonymisedAt", person.anonymisedAt());
        data.put("person", p);
        data.put("reasonableAdjustments", people.adjustmentsOf(personId).map(PeopleJson::adjustments).orElse(null));
        data.put("handlingRestrictions", restrictions.allFor(personId).stream().map(restrictions::json).toList());
        data.put("emailBouncedOn", contactRule.bouncedOn(person.email()).orElse(null));
        data.put("contactPreferenceExceptions", contactRule.exceptionsForPerson(personId).stream()
                .map(PeopleJson::contactPreference).toList());
        List<Map<String, Object>> feedback = new ArrayList<>();
        for (String reference : references) {
            records.find(reference).ifPresent(record -> feedback.add(feedback(record)));
        }
        data.put("feedback", feedback);
        List<Map<String, Object>> accessLog = new ArrayList<>();
        for (AuditEntry entry : audit.forPerson(personId, references, 0, AUDIT_LIMIT)) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("at", entry.at());
            e.put("by", entry.actor());
            e.put("action", entry.action());
            e.put("reference", entry.reference());
            e.put("detail", entry.detail());
            accessLog.add(e);
        }
        data.put("accessLog", accessLog);
        return data;
    }

    private Map<String, Object> feedback(FeedbackRecord record) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("reference", record.reference());
        f.put("type", record.type());
        f.put("status", record.status());
        f.put("channel", record.channel());
        f.put("receivedAt", record.receivedAt());
        f.put("serviceArea", record.serviceArea() == null ? null : profile.serviceAreaName(record.serviceArea()));
        f.put("description", record.description());
        f.put("desiredOutcome", record.desiredOutcome());
        f.put("eventDate", record.eventDate());
        f.put("contact", record.contact());
        f.put("onBehalfOf", record.onBehalfOf());
        f.put("representative", representatives.forFeedback(record.reference()).map(PeopleJson::representation).orElse(null));
        List<Map<String, Object>> timeline = new ArrayList<>();
        for (TimelineEntry entry : records.timeline(record)) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("at", entry.at());
            t.put("by", entry.actor());
            t.put("event", entry.event());
            t.put("detail", entry.detail());
            timeline.add(t);
        }
        f.put("timeline", timeline);
        List<Map<String, Object>> messages = new ArrayList<>();
        for (OutgoingMessage message : correspondence.forReference(record.reference())) {
            if (message.kind() == MessageKind.INTERNAL_ALERT) {
                continue; // staff alerts: their content is in the safeguarding concerns and restrictions above
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", message.kind());
            m.put("method", message.method());
            m.put("to", message.recipient());
            m.put("subject", message.subject());
            m.put("body", message.body());
            m.put("createdAt", message.createdAt());
            m.put("sentAt", message.sentAt());
            messages.add(m);
        }
        f.put("messagesToThePerson", messages);
        List<Map<String, Object>> concerns = safeguarding.concernsFor(record.reference()).stream()
                .map(SafeguardingJson::concern).toList();
        f.put("safeguardingConcerns", concerns);
        f.put("safeguardingReviewNote", concerns.isEmpty() ? null
                : "Review before disclosure: safeguarding information may be withheld where disclosing it would be likely "
                        + "to cause serious harm to anyone's physical or mental health, or would identify someone else.");
        f.put("legalHolds", holds.all(record.reference()));
        return f;
    }
}
