package org.councilfeedback.triage.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/** Turns on {@code @PreAuthorize} for the triage endpoints (to be folded into the application's security configuration). */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class TriageMethodSecurityConfiguration {
}
