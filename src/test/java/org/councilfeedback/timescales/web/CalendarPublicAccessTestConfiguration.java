package org.councilfeedback.timescales.web;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * TEMPORARY, tests only: lets the calendar API through without credentials, as the application's security
 * configuration will once it exists (it permits {@code /api/v1/calendar/**}). Limited to that path, so it does not
 * clash with the application's own filter chain; delete it once that chain is in place.
 */
@TestConfiguration(proxyBeanMethods = false)
class CalendarPublicAccessTestConfiguration {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain publicCalendarForTests(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/v1/calendar/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }
}
