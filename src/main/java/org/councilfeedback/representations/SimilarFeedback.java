package org.councilfeedback.representations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.councilfeedback.access.Role;
import org.councilfeedback.intake.FeedbackRecord;
import org.councilfeedback.intake.FeedbackRecords;
import org.councilfeedback.intake.FeedbackType;
import org.springframework.stereotype.Service;

/**
 * Finds other feedback whose text is like a given piece of feedback, so that staff spot duplicates, repeat contacts
 * and similar representations. Texts are analysed once, when feedback arrives, and stored as terms; a look-up compares
 * the feedback only with a bounded set of candidates: representations of the same policy area (every representation
 * while it has none), or other feedback in the same service area, received within the profile's window, the latest
 * first. Similarity is the cosine of TF-IDF vectors ({@link TextSimilarity}), from 0 to 1.
 */
@Service
public class SimilarFeedback {

    /** At most this many similar items are returned. */
    public static final int MAX_ITEMS = 20;

    private static final Set<String> SEE_ALL = Set.of(Role.CUSTOMER_SERVICES.authority(),
            Role.COMPLAINTS_OFFICER.authority(), Role.INVESTIGATING_OFFICER.authority(),
            Role.SOCIAL_CARE_COMPLAINTS.authority(), Role.DATA_PROTECTION_OFFICER.authority());

    private final SimilarityStore store;
    private final FeedbackRecords records;
    private final RepresentationsProfile settings;
    private final Clock clock;

    SimilarFeedback(SimilarityStore store, FeedbackRecords records, RepresentationsProfile settings, Clock clock) {
        this.store = store;
        this.records = records;
        this.settings = settings;
        this.clock = clock;
    }

    /** Another piece of feedback and how similar its text is, from 0 to 1. */
    public record Similar(String reference, double similarity) {}

    /** Who is asking: a member of staff's username and authorities ({@code ROLE_…}). */
    public record Viewer(String username, Set<String> authorities) {}

    /**
     * Feedback similar to {@code reference}, most similar first, at most {@link #MAX_ITEMS}, only what the viewer may
     * see.
     *
     * @throws RepresentationException (not found) for an unknown reference or one the viewer may not see
     */
    public List<Similar> similarTo(String reference, Viewer viewer) {
        FeedbackRecord record = records.find(reference).orElseThrow(RepresentationException::notFound);
        SimilarityStore.Document document = document(record);
        if (!visible(viewer, document)) {
            throw RepresentationException.notFound();
        }
        RepresentationsProfile.Similar limits = settings.similar();
        Instant now = clock.instant();
        Instant since = (document.receivedAt().isBefore(now) ? document.receivedAt() : now)
                .minus(Duration.ofDays(limits.windowDays()));
        List<SimilarityStore.Document> candidates = document.type() == FeedbackType.REPRESENTATION
                ? store.representations(document.policyArea(), document.feedbackId(), since, limits.maxCandidates())
                : store.inServiceArea(document.serviceArea(), document.feedbackId(), since, limits.maxCandidates());
        List<Map<String, Integer>> corpusDocuments = new ArrayList<>(candidates.size() + 1);
        corpusDocuments.add(document.terms());
        candidates.forEach(candidate -> corpusDocuments.add(candidate.terms()));
        TextSimilarity.Corpus corpus = TextSimilarity.Corpus.of(corpusDocuments);
        Map<CharSequence, Integer> vector = TextSimilarity.vector(document.terms(), corpus);
        record Scored(SimilarityStore.Document document, double similarity) {}
        return candidates.stream()
                .filter(candidate -> visible(viewer, candidate))
                .map(candidate -> new Scored(candidate,
                        TextSimilarity.similarity(vector, TextSimilarity.vector(candidate.terms(), corpus))))
                .filter(scored -> scored.similarity() > 0 && scored.similarity() >= limits.minimumSimilarity())
                .sorted(Comparator.comparingDouble(Scored::similarity).reversed()
                        .thenComparing(scored -> scored.document().receivedAt(), Comparator.reverseOrder()))
                .limit(MAX_ITEMS)
                .map(scored -> new Similar(scored.document().reference(), Math.round(scored.similarity() * 100) / 100.0))
                .toList();
    }

    /**
     * Directors see representations in their own policy areas; caseworkers, customer services, the social care team
     * and the DPO see everything (case-level restrictions, when the access module adds them, apply here too).
     */
    boolean visible(Viewer viewer, SimilarityStore.Document document) {
        if (viewer.authorities().stream().anyMatch(SEE_ALL::contains)) {
            return true;
        }
        return viewer.authorities().contains(Role.DIRECTOR.authority())
                && document.type() == FeedbackType.REPRESENTATION
                && document.policyArea() != null
                && settings.policyAreasOf(viewer.username()).contains(document.policyArea());
    }

    /** The feedback's stored terms, analysing and storing them first if that has not happened yet. */
    Map<String, Integer> termsOf(FeedbackRecord record) {
        return document(record).terms();
    }

    void index(FeedbackRecord record) {
        store.insertIfAbsent(record, TextSimilarity.terms(text(record)));
    }

    void typeChanged(String reference, FeedbackType type) {
        store.updateType(reference, type);
    }

    void policyAreaChanged(String reference, String policyArea) {
        store.updatePolicyArea(reference, policyArea);
    }

    private SimilarityStore.Document document(FeedbackRecord record) {
        SimilarityStore.Document document = store.find(record.reference()).orElseGet(() -> {
            index(record);
            return store.find(record.reference()).orElseThrow();
        });
        if (document.type() != record.type()) {
            store.updateType(record.reference(), record.type());
            document = store.find(record.reference()).orElseThrow();
        }
        return document;
    }

    private static String text(FeedbackRecord record) {
        return record.desiredOutcome() == null ? record.description()
                : record.description() + "\n" + record.desiredOutcome();
    }
}
