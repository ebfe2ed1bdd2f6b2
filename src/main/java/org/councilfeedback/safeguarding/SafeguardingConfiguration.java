package org.councilfeedback.safeguarding;

import org.councilfeedback.organisation.CouncilProfileSections;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds the safeguarding module's part of the council profile. */
@Configuration(proxyBeanMethods = false)
class SafeguardingConfiguration {

    @Bean
    SafeguardingSettings safeguardingSettings(CouncilProfileSections sections) {
        return sections.bindOrElse("safeguarding", SafeguardingSettings.class, new SafeguardingSettings(null, null, null));
    }
}
