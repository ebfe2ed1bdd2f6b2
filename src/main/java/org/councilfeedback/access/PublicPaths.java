package org.councilfeedback.access;

/**
 * The public allow-list: the only paths anyone may use without signing in. A test walks every request mapping and
 * fails when one outside this list answers without credentials.
 */
public final class PublicPaths {

    /** Public pages and assets. */
    public static final String[] PAGES = {
            "/", "/give-feedback", "/give-feedback/**", "/feedback-given/**", "/track/**",
            "/accessibility", "/privacy", "/cookies", "/assets/**", "/webjars/**", "/favicon.ico", "/error",
            "/staff/sign-in", "/actuator/health", "/actuator/health/**",
            "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**"
    };

    /** Public API endpoints that create. */
    public static final String[] API_POST = {"/api/v1/feedback", "/api/v1/track/**"};

    /** Public API endpoints that read. */
    public static final String[] API_GET = {"/api/v1/calendar/**", "/api/v1/track/**"};

    private PublicPaths() {
    }
}
