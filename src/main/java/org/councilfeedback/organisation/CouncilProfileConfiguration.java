package org.councilfeedback.organisation;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/** Loads the council profile named by {@code council-feedback.profile} (one YAML file per council). */
@Configuration(proxyBeanMethods = false)
class CouncilProfileConfiguration {

    @Bean
    CouncilProfileSections councilProfileSections(@Value("${council-feedback.profile}") String location,
            ResourceLoader resources) {
        return new CouncilProfileSections(binder(resources.getResource(location)));
    }

    @Bean
    CouncilProfile councilProfile(@Value("${council-feedback.profile}") String location, ResourceLoader resources) {
        return load(resources.getResource(location));
    }

    static CouncilProfile load(Resource resource) {
        return binder(resource).bind(ConfigurationPropertyName.EMPTY, Bindable.of(CouncilProfile.class))
                .orElseThrow(() -> new IllegalStateException("Council profile is empty: " + resource.getDescription()));
    }

    static Binder binder(Resource resource) {
        if (!resource.exists()) {
            throw new IllegalStateException("Council profile not found: " + resource.getDescription());
        }
        try {
            var sources = new MutablePropertySources();
            new YamlPropertySourceLoader().load("council-profile", resource).forEach(sources::addLast);
            return new Binder(ConfigurationPropertySources.from(sources));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read council profile " + resource.getDescription(), e);
        }
    }
}
