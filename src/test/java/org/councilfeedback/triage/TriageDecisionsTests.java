package org.councilfeedback.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.councilfeedback.intake.FeedbackType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** Recorded staff decisions, as the assistant learns from them (on the schema the Flyway migration creates). */
@SpringBootTest
@Transactional
class TriageDecisionsTests {

    @Autowired
    TriageDecisions decisions;

    @Autowired
    JdbcClient jdbc;

    private static final TriageSuggestion SUGGESTED = new TriageSuggestion(FeedbackType.COMPLAINT, Process.CORPORATE, null,
            false, 0.62, List.of("reads as a complaint"));

    @Test
    void learnsTheTextAndTheLabelsStaffDecided() {
        long id = decisions.record("The gully on Back Lane overflows onto my drive.", SUGGESTED,
                FeedbackType.COMPLAINT, null, Exclusion.HIGHWAY_FIRST_REPORT, false);

        assertThat(decisions.trainingExamples()).contains(new LabelledExample("decision-" + id,
                "The gully on Back Lane overflows onto my drive.", FeedbackType.COMPLAINT, null,
                Exclusion.HIGHWAY_FIRST_REPORT, false));
    }

    @Test
    void keepsWhatTheAssistantSuggestedAlongsideTheDecision() {
        long id = decisions.record("FB-2026-000123", "My carer's assessment is four months late.", SUGGESTED,
                FeedbackType.COMPLAINT, Process.ADULT_SOCIAL_CARE, null, true);

        assertThat(jdbc.sql("select suggested_process, decided_process, decided_safeguarding, feedback_reference "
                        + "from triage_decision where id = :id").param("id", id)
                .query((row, n) -> List.of(row.getString(1), row.getString(2), row.getBoolean(3), row.getString(4))).single())
                .containsExactly("CORPORATE", "ADULT_SOCIAL_CARE", true, "FB-2026-000123");
    }

    @Test
    void neverLearnsFromAnAnonymisedDecisionAndForgetsItsText() {
        long id = decisions.record("fb-2026-000777", "Mrs Example of 1 High Street says the bin was missed.", null,
                FeedbackType.COMPLAINT, null, Exclusion.SERVICE_REQUEST, false);

        int anonymised = decisions.anonymise("FB-2026-000777");

        assertThat(anonymised).isEqualTo(1);
        assertThat(decisions.trainingExamples()).noneMatch(example -> example.id().equals("decision-" + id));
        assertThat(jdbc.sql("select message_text from triage_decision where id = :id").param("id", id)
                .query(String.class).single()).isEmpty();
    }

    @Test
    void refusesAClassificationStaffCannotMake() {
        assertThatIllegalArgumentException().isThrownBy(() -> decisions.record("text", null,
                FeedbackType.COMPLAINT, Process.CORPORATE, Exclusion.SCHOOL, false));
        assertThatIllegalArgumentException().isThrownBy(() -> decisions.record("text", null,
                FeedbackType.COMPLAINT, null, null, false));
        assertThatIllegalArgumentException().isThrownBy(() -> decisions.record("text", null,
                FeedbackType.COMPLIMENT, Process.CORPORATE, null, false));
        assertThatIllegalArgumentException().isThrownBy(() -> decisions.record("text", null,
                FeedbackType.NOT_SURE, null, null, false));
    }

    @Test
    void refusesBlankOrOverlongText() {
        assertThatIllegalArgumentException().isThrownBy(() -> decisions.record(" ", null,
                FeedbackType.SUGGESTION, null, null, false));
        assertThatIllegalArgumentException().isThrownBy(() -> decisions.record("a".repeat(10_001), null,
                FeedbackType.SUGGESTION, null, null, false));
    }
}
