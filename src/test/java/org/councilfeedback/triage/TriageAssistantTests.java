package org.councilfeedback.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.councilfeedback.intake.FeedbackType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service: trains once however many callers arrive together, and learns from recorded staff decisions when
 * retrained. Each test uses its own assistant so that retraining here changes nothing for other tests.
 */
@SpringBootTest
@Transactional
class TriageAssistantTests {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:15:00Z"), ZoneId.of("Europe/London"));

    @Autowired
    TriageDecisions decisions;

    @Test
    void trainsOnceWhenManyCallersArriveTogether() throws Exception {
        TriageAssistant assistant = new TriageAssistant(decisions, CLOCK);
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Callable<TriageTraining>> asks = IntStream.range(0, 8).<Callable<TriageTraining>>mapToObj(i -> assistant::training).toList();
            List<TriageTraining> seen = callers.invokeAll(asks).stream().map(TriageAssistantTests::get).toList();
            assertThat(seen).allSatisfy(training -> assertThat(training).isSameAs(seen.get(0)));
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void learnsFromStaffDecisionsWhenRetrained() {
        TriageAssistant assistant = new TriageAssistant(decisions, CLOCK);
        String newKindOfMessage = "Quorbletts at the Wimblington hub, again.";
        assertThat(assistant.suggest(newKindOfMessage).type()).isNotEqualTo(FeedbackType.COMPLIMENT);
        for (int i = 0; i < 12; i++) {
            decisions.record("Quorbletts at the hub " + i, null, FeedbackType.COMPLIMENT, null, null, false);
        }

        TriageTraining training = assistant.retrain();

        assertThat(training.corpusMessages()).isEqualTo(300);
        assertThat(training.staffDecisions()).isGreaterThanOrEqualTo(12);
        assertThat(assistant.suggest(newKindOfMessage).type()).isEqualTo(FeedbackType.COMPLIMENT);
    }

    @Test
    void refusesToSuggestForBlankOrOverlongText() {
        TriageAssistant assistant = new TriageAssistant(decisions, CLOCK);
        assertThatIllegalArgumentException().isThrownBy(() -> assistant.suggest("  "));
        assertThatIllegalArgumentException().isThrownBy(() -> assistant.suggest("a".repeat(10_001)));
    }

    private static TriageTraining get(Future<TriageTraining> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
