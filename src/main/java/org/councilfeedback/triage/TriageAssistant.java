package org.councilfeedback.triage;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

/**
 * Suggests how to classify a message: its type, the complaint procedure or the exclusion that applies, and whether
 * someone may be at risk, with the reasons. A suggestion for staff, never an action.
 *
 * <p>The classifiers are trained once, when first needed (a background thread starts that as soon as the application
 * is ready, so the first caller rarely waits), from the bundled corpus and the staff decisions recorded so far.
 * {@link #retrain()} trains a new set alongside and swaps it in; suggestions are never served half-trained.
 */
@Service
public class TriageAssistant {

    private static final Logger log = LoggerFactory.getLogger(TriageAssistant.class);

    private final TriageDecisions decisions;
    private final Clock clock;
    private final Object training = new Object();
    private volatile Trained current;

    private record Trained(TriageEngine engine, TriageTraining summary) {
    }

    TriageAssistant(TriageDecisions decisions, Clock clock) {
        this.decisions = decisions;
        this.clock = clock;
    }

    /**
     * Suggests a classification for a message.
     *
     * @throws IllegalArgumentException if the text is blank or longer than 10,000 characters
     */
    public TriageSuggestion suggest(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Enter the text of the message");
        }
        if (text.length() > TriageDecisions.LONGEST_TEXT) {
            throw new IllegalArgumentException("The text must be 10,000 characters or fewer");
        }
        return trained().engine().suggest(text);
    }

    /** Trains the classifiers again from the corpus and every recorded (not anonymised) staff decision. */
    public TriageTraining retrain() {
        synchronized (training) {
            Trained fresh = train(decisions.trainingExamples());
            current = fresh;
            return fresh.summary();
        }
    }

    /** What the classifiers in use were trained on (training them first if they have not been). */
    public TriageTraining training() {
        return trained().summary();
    }

    @EventListener(ApplicationReadyEvent.class)
    void trainInBackground() {
        Thread warmUp = new Thread(this::trained, "triage-training");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    private Trained trained() {
        Trained trained = current;
        if (trained == null) {
            synchronized (training) {
                trained = current;
                if (trained == null) {
                    trained = train(decisionsIfAvailable());
                    current = trained;
                }
            }
        }
        return trained;
    }

    /** At first use the assistant must work even if the decisions cannot be read; an explicit retraining must not. */
    private List<LabelledExample> decisionsIfAvailable() {
        try {
            return decisions.trainingExamples();
        } catch (DataAccessException e) {
            log.warn("Training the triage assistant on the corpus only: staff decisions could not be read ({})", e.getMessage());
            return List.of();
        }
    }

    private Trained train(List<LabelledExample> staffDecisions) {
        long started = System.nanoTime();
        List<LabelledExample> corpus = Corpus.bundled();
        List<LabelledExample> examples = new ArrayList<>(corpus);
        examples.addAll(staffDecisions);
        TriageEngine engine = TriageEngine.train(examples);
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        log.info("Triage assistant trained on {} corpus messages and {} staff decisions in {} ms",
                corpus.size(), staffDecisions.size(), tookMillis);
        return new Trained(engine, new TriageTraining(corpus.size(), staffDecisions.size(), tookMillis, clock.instant()));
    }
}
