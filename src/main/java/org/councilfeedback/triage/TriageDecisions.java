package org.councilfeedback.triage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.councilfeedback.intake.FeedbackType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/**
 * What staff decided about messages the triage assistant looked at. The assistant learns from them when it is
 * retrained: only the text and the labels, and never a decision that has been anonymised.
 */
@Service
public class TriageDecisions {

    static final int LONGEST_TEXT = 10_000;

    private final JdbcClient jdbc;
    private final Clock clock;

    TriageDecisions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records a staff decision about a message.
     *
     * @param text                the message as it was triaged (the description, without names or contact details)
     * @param suggestion          what the assistant suggested, or null if staff decided without asking it
     * @param decidedType         the type staff decided
     * @param decidedProcess      for a complaint the procedure handles, its process; otherwise null
     * @param decidedExclusion    for a complaint outside the procedure, why; otherwise null
     * @param decidedSafeguarding whether staff judged that someone may be at risk
     * @return the decision's id
     * @throws IllegalArgumentException if the text is blank or too long, or the classification is not one staff can make
     */
    public long record(String text, TriageSuggestion suggestion, FeedbackType decidedType, Process decidedProcess,
            Exclusion decidedExclusion, boolean decidedSafeguarding) {
        return record(null, text, suggestion, decidedType, decidedProcess, decidedExclusion, decidedSafeguarding);
    }

    /** Records a staff decision about the message of a piece of feedback, so that it can be anonymised with it. */
    public long record(String feedbackReference, String text, TriageSuggestion suggestion, FeedbackType decidedType,
            Process decidedProcess, Exclusion decidedExclusion, boolean decidedSafeguarding) {
        requireText(text);
        requireClassification(decidedType, decidedProcess, decidedExclusion);
        var id = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into triage_decision (decided_at, feedback_reference, message_text,
                    suggested_type, suggested_process, suggested_exclusion, suggested_safeguarding,
                    decided_type, decided_process, decided_exclusion, decided_safeguarding, anonymised)
                values (:decidedAt, :reference, :text, :suggestedType, :suggestedProcess, :suggestedExclusion,
                    :suggestedSafeguarding, :decidedType, :decidedProcess, :decidedExclusion, :decidedSafeguarding, false)
                """)
                .param("decidedAt", Timestamp.from(clock.instant()))
                .param("reference", feedbackReference == null ? null : feedbackReference.toUpperCase(Locale.ROOT))
                .param("text", text)
                .param("suggestedType", suggestion == null ? null : suggestion.type().name())
                .param("suggestedProcess", suggestion == null ? null : name(suggestion.process()))
                .param("suggestedExclusion", suggestion == null ? null : name(suggestion.exclusion()))
                .param("suggestedSafeguarding", suggestion == null ? null : suggestion.safeguardingConcern())
                .param("decidedType", decidedType.name())
                .param("decidedProcess", name(decidedProcess))
                .param("decidedExclusion", name(decidedExclusion))
                .param("decidedSafeguarding", decidedSafeguarding)
                .update(id, "id");
        return id.getKeyAs(Number.class).longValue();
    }

    /**
     * Forgets the text of every decision about a piece of feedback (when the feedback itself is anonymised or
     * erased); the decisions are no longer used for training.
     *
     * @return how many decisions were anonymised
     */
    public int anonymise(String feedbackReference) {
        return jdbc.sql("update triage_decision set message_text = '', anonymised = true where feedback_reference = :reference")
                .param("reference", feedbackReference.toUpperCase(Locale.ROOT))
                .update();
    }

    /** The decisions to learn from: text and labels only, anonymised ones left out. */
    List<LabelledExample> trainingExamples() {
        return jdbc.sql("""
                select id, message_text, decided_type, decided_process, decided_exclusion, decided_safeguarding
                from triage_decision
                where anonymised = false
                order by id
                """)
                .query(TriageDecisions::example)
                .list();
    }

    private static LabelledExample example(ResultSet row, int rowNumber) throws SQLException {
        String process = row.getString("decided_process");
        String exclusion = row.getString("decided_exclusion");
        return new LabelledExample("decision-" + row.getLong("id"), row.getString("message_text"),
                FeedbackType.valueOf(row.getString("decided_type")),
                process == null ? null : Process.valueOf(process),
                exclusion == null ? null : Exclusion.valueOf(exclusion),
                row.getBoolean("decided_safeguarding"));
    }

    private static void requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A decision needs the text of the message");
        }
        if (text.length() > LONGEST_TEXT) {
            throw new IllegalArgumentException("The text must be " + LONGEST_TEXT + " characters or fewer");
        }
    }

    /** The classifications staff can make: a type; for a complaint, exactly one of a process and an exclusion. */
    private static void requireClassification(FeedbackType type, Process process, Exclusion exclusion) {
        if (type == null || type == FeedbackType.NOT_SURE) {
            throw new IllegalArgumentException("A decision needs a type: complaint, compliment, suggestion or representation");
        }
        if (type == FeedbackType.COMPLAINT && (process == null) == (exclusion == null)) {
            throw new IllegalArgumentException("A complaint needs exactly one of a process and an exclusion");
        }
        if (type != FeedbackType.COMPLAINT && (process != null || exclusion != null)) {
            throw new IllegalArgumentException("Only a complaint has a process or an exclusion");
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
