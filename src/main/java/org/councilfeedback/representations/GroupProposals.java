package org.councilfeedback.representations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Proposes the existing group of representations a new one resembles: the group holding the most similar member
 * (TF-IDF cosine similarity over the policy area's representations), when that similarity reaches the threshold.
 * Staff confirm the proposal or put the representation in a group of its own.
 */
final class GroupProposals {

    private GroupProposals() {
    }

    /** A representation already in a group, by its terms. */
    record Member(long groupId, Map<String, Integer> terms) {}

    /** The group proposed and how similar its closest member is, from 0 to 1. */
    record Proposal(long groupId, double similarity) {}

    /**
     * @param terms the new representation's terms
     * @param members representations already grouped in the same policy area
     * @param others other representations of the policy area (not grouped), which only inform term weights
     * @param threshold the least similarity worth proposing
     */
    static Optional<Proposal> propose(Map<String, Integer> terms, List<Member> members, List<Map<String, Integer>> others,
            double threshold) {
        if (terms.isEmpty() || members.isEmpty()) {
            return Optional.empty();
        }
        List<Map<String, Integer>> corpusDocuments = new ArrayList<>(members.size() + others.size() + 1);
        corpusDocuments.add(terms);
        members.forEach(member -> corpusDocuments.add(member.terms()));
        corpusDocuments.addAll(others);
        TextSimilarity.Corpus corpus = TextSimilarity.Corpus.of(corpusDocuments);
        Map<CharSequence, Integer> vector = TextSimilarity.vector(terms, corpus);
        Map<Long, Double> best = new HashMap<>();
        for (Member member : members) {
            double similarity = TextSimilarity.similarity(vector, TextSimilarity.vector(member.terms(), corpus));
            best.merge(member.groupId(), similarity, Math::max);
        }
        return best.entrySet().stream()
                .max(Map.Entry.<Long, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .filter(e -> e.getValue() >= threshold)
                .map(e -> new Proposal(e.getKey(), e.getValue()));
    }
}
