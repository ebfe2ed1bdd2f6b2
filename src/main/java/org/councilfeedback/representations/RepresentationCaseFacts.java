package org.councilfeedback.representations;

import java.util.Optional;
import java.util.Set;
import org.councilfeedback.access.CaseFactsProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells access that a representation is the business of the Director responsible for its policy area. */
@Component
class RepresentationCaseFacts implements CaseFactsProvider {

    private final JdbcClient jdbc;
    private final RepresentationsProfile profile;

    RepresentationCaseFacts(JdbcClient jdbc, RepresentationsProfile profile) {
        this.jdbc = jdbc;
        this.profile = profile;
    }

    @Override
    public Optional<ProvidedFacts> factsFor(String reference) {
        return Optional.ofNullable(factsFor(java.util.List.of(reference)).get(reference));
    }

    @Override
    public java.util.Map<String, ProvidedFacts> factsFor(java.util.Collection<String> references) {
        java.util.Map<String, ProvidedFacts> facts = new java.util.LinkedHashMap<>();
        if (references.isEmpty()) {
            return facts;
        }
        jdbc.sql("select reference, policy_area from representation where reference in (:r) and policy_area is not null")
                .param("r", new java.util.ArrayList<>(references))
                .query((rs, n) -> {
                    String reference = rs.getString("reference");
                    profile.policyArea(rs.getString("policy_area")).filter(area -> area.director() != null)
                            .ifPresent(area -> facts.put(reference, new ProvidedFacts(null, Set.of(area.director()))));
                    return reference;
                })
                .list();
        return facts;
    }
}
