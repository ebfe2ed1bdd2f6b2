package org.councilfeedback.compliments;

import org.councilfeedback.organisation.CouncilProfileSections;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds the compliments section of the council profile. */
@Configuration(proxyBeanMethods = false)
class ComplimentsConfiguration {

    @Bean
    ComplimentsProfile complimentsProfile(CouncilProfileSections sections) {
        return sections.bind("compliments", ComplimentsProfile.class);
    }
}
