package org.councilfeedback.support;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.councilfeedback.access.CaseFactsProvider;
import org.councilfeedback.access.CaseProcess;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Stands in for the complaints module's process and assignment facts: tests classify a case here and access rules
 * see it, exactly as they will when complaints provides them.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CaseFactsStub {

    private static final Map<String, CaseFactsProvider.ProvidedFacts> FACTS = new ConcurrentHashMap<>();

    public static void classify(String reference, CaseProcess process, String... assignedOfficers) {
        FACTS.put(reference, new CaseFactsProvider.ProvidedFacts(process, Set.of(assignedOfficers)));
    }

    @Bean
    CaseFactsProvider caseFactsStub() {
        return reference -> Optional.ofNullable(FACTS.get(reference));
    }
}
