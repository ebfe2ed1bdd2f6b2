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
        return jdbc.sql("select policy_area from representation where reference = :r and policy_area is not null")
                .param("r", reference).query(String.class).optional()
                .flatMap(profile::policyArea)
                .filter(area -> area.director() != null)
                .map(area -> new ProvidedFacts(null, Set.of(area.director())));
    }
}
