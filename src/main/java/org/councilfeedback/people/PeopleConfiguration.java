package org.councilfeedback.people;

import org.councilfeedback.organisation.CouncilProfileSections;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds the people module's part of the council profile. */
@Configuration(proxyBeanMethods = false)
class PeopleConfiguration {

    @Bean
    PeopleSettings peopleSettings(CouncilProfileSections sections) {
        return sections.bindOrElse("people", PeopleSettings.class, new PeopleSettings(null));
    }
}
