package org.councilfeedback.suggestions;

import org.councilfeedback.organisation.CouncilProfileSections;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds the suggestions section of the council profile. */
@Configuration(proxyBeanMethods = false)
class SuggestionsConfiguration {

    @Bean
    SuggestionsProfile suggestionsProfile(CouncilProfileSections sections) {
        return sections.bind("suggestions", SuggestionsProfile.class);
    }
}
