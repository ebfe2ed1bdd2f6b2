package org.councilfeedback.representations;

import org.councilfeedback.organisation.CouncilProfileSections;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds the representations section of the council profile. */
@Configuration(proxyBeanMethods = false)
class RepresentationsConfiguration {

    @Bean
    RepresentationsProfile representationsProfile(CouncilProfileSections sections) {
        RepresentationsProfile profile = sections.bind("representations", RepresentationsProfile.class);
        if (profile.policyAreas().isEmpty()) {
            throw new IllegalStateException("The council profile's representations section lists no policy areas");
        }
        return profile;
    }
}
