package org.councilfeedback.representations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures the group proposals on a corpus of representations written for the purpose: groups of similar
 * representations in different words, and representations like no other. Each one arrives in turn; the proposal is
 * compared with the group it truly belongs to, then staff put it there (as they would by confirming or splitting).
 * Precision: of the groups proposed, how many were right. Recall: of the representations that had a group to join,
 * how many were proposed the right one.
 */
class GroupingCorpusTests {

    record Item(String policyArea, String group, String text) {}

    @Test
    void proposesTheRightGroupForSimilarRepresentationsWithPrecisionAndRecallOfAtLeastEightyPercent() throws IOException {
        double threshold = configuredThreshold();
        List<Item> items = corpus();
        for (int percent = 5; percent <= 50; percent += 5) {
            Score at = evaluate(items, percent / 100.0);
            System.out.printf("  at threshold %.2f: precision %.3f, recall %.3f%n", percent / 100.0, at.precision(), at.recall());
        }
        Score score = evaluate(items, threshold);
        System.out.printf("Representation grouping over %d representations at threshold %.2f: "
                        + "precision %.3f (%d of %d proposals right), recall %.3f (%d of %d that had a group to join)%n",
                score.items, threshold, score.precision(), score.correct, score.proposed, score.recall(), score.correct,
                score.joinable);
        assertThat(score.items).isGreaterThanOrEqualTo(40);
        assertThat(score.precision()).isGreaterThanOrEqualTo(0.8);
        assertThat(score.recall()).isGreaterThanOrEqualTo(0.8);
    }

    record Score(int items, int proposed, int correct, int joinable) {
        double precision() {
            return proposed == 0 ? 0 : (double) correct / proposed;
        }

        double recall() {
            return joinable == 0 ? 0 : (double) correct / joinable;
        }
    }

    static Score evaluate(List<Item> items, double threshold) {
        Map<String, List<GroupProposals.Member>> membersByArea = new HashMap<>();
        Map<String, List<Map<String, Integer>>> ungroupedByArea = new HashMap<>();
        Map<String, Long> groupIds = new HashMap<>();
        long nextGroup = 1;
        int proposed = 0;
        int correct = 0;
        int joinable = 0;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            Map<String, Integer> terms = TextSimilarity.terms(item.text());
            List<GroupProposals.Member> members = membersByArea.computeIfAbsent(item.policyArea(), k -> new ArrayList<>());
            Optional<GroupProposals.Proposal> proposal = GroupProposals.propose(terms, members,
                    ungroupedByArea.getOrDefault(item.policyArea(), List.of()), threshold);
            String label = item.group() == null ? "single-" + i : item.policyArea() + "/" + item.group();
            Long expected = groupIds.get(label);
            if (expected != null) {
                joinable++;
            }
            if (proposal.isPresent()) {
                proposed++;
                if (expected != null && proposal.get().groupId() == expected) {
                    correct++;
                }
            }
            long group = expected != null ? expected : nextGroup++;
            groupIds.put(label, group);
            members.add(new GroupProposals.Member(group, terms));
        }
        return new Score(items.size(), proposed, correct, joinable);
    }

    static List<Item> corpus() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<Item> items = new ArrayList<>();
        try (InputStream in = new ClassPathResource("representations/grouping-corpus.jsonl").getInputStream()) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    items.add(json.readValue(line, Item.class));
                }
            }
        }
        return items;
    }

    static double configuredThreshold() throws IOException {
        var sources = new MutablePropertySources();
        new YamlPropertySourceLoader().load("profile", new ClassPathResource("councils/cambridgeshire.yml"))
                .forEach(sources::addLast);
        return new Binder(ConfigurationPropertySources.from(sources))
                .bind("representations.grouping.proposal-threshold", Double.class)
                .orElseThrow(() -> new IllegalStateException("No representations.grouping.proposal-threshold in the profile"));
    }
}
