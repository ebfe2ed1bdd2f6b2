package org.councilfeedback.complaints;

import java.util.LinkedHashSet;
import java.util.List;
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
        Optional<String> process = jdbc.sql("select process from complaint_case where reference = :r")
                .param("r", reference).query(String.class).optional();
        if (process.isEmpty()) {
            return Optional.empty();
        }
        List<String> handlers = jdbc.sql("""
                select s.handler from complaint_stage s join complaint_case c on c.feedback_id = s.feedback_id
                where c.reference = :r and s.handler is not null""")
                .param("r", reference).query(String.class).list();
        Set<String> assigned = new LinkedHashSet<>(handlers);
        return Optional.of(new ProvidedFacts(CaseProcess.fromName(process.get()), assigned));
    }
}
