package org.councilfeedback.privacy;

import org.councilfeedback.organisation.CouncilProfileSections;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds the privacy module's part of the council profile. */
@Configuration(proxyBeanMethods = false)
class PrivacyConfiguration {

    @Bean
    PrivacySettings privacySettings(CouncilProfileSections sections) {
        return sections.bindOrElse("privacy", PrivacySettings.class, new PrivacySettings(null));
    }
}
