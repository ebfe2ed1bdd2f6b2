package org.councilfeedback.complaints;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.councilfeedback.access.CaseFactsProvider;
import org.councilfeedback.access.CaseProcess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells access which procedure a complaint follows and who handles its stages, so visibility follows the case. */
@Component
class ComplaintCaseFacts implements CaseFactsProvider {

    private final JdbcClient jdbc;

    ComplaintCaseFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ProvidedFacts> factsFor(String reference) {
        return Optional.ofNullable(factsFor(List.of(reference)).get(reference));
    }

    @Override
    public Map<String, ProvidedFacts> factsFor(Collection<String> references) {
        if (references.isEmpty()) {
            return Map.of();
        }
        List<String> asked = new ArrayList<>(references);
        Map<String, String> processes = new LinkedHashMap<>();
        jdbc.sql("select reference, process from complaint_case where reference in (:r)").param("r", asked)
                .query((rs, n) -> processes.put(rs.getString("reference"), rs.getString("process"))).list();
        if (processes.isEmpty()) {
            return Map.of();
        }
        Map<String, Set<String>> handlers = new LinkedHashMap<>();
        jdbc.sql("""
                select c.reference, s.handler from complaint_stage s join complaint_case c on c.feedback_id = s.feedback_id
                where c.reference in (:r) and s.handler is not null order by s.id""")
                .param("r", new ArrayList<>(processes.keySet()))
                .query((rs, n) -> handlers.computeIfAbsent(rs.getString("reference"), r -> new LinkedHashSet<>())
                        .add(rs.getString("handler")))
                .list();
        Map<String, ProvidedFacts> facts = new LinkedHashMap<>();
        processes.forEach((reference, process) -> facts.put(reference,
                new ProvidedFacts(CaseProcess.fromName(process), handlers.getOrDefault(reference, Set.of()))));
        return facts;
    }
}
