package org.councilfeedback.access;

import jakarta.servlet.http.HttpServletResponse;
import org.councilfeedback.web.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may do what. The API takes HTTP Basic, a personal API token or the staff session; pages use the staff sign-in.
 * Everything not on the public allow-list ({@link PublicPaths}) needs a signed-in member of staff, and each endpoint
 * names the roles it allows.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, StaffUserDetailsService users) throws Exception {
        AuthenticationEntryPoint unauthorised = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Council Feedback API\"");
            problem(response, HttpStatus.UNAUTHORIZED, "unauthorised", "Sign in required",
                    "Send HTTP Basic credentials of a staff account or a personal API token (Authorization: Bearer …)");
        };
        AccessDeniedHandler forbidden = (request, response, e) -> problem(response, HttpStatus.FORBIDDEN, "forbidden",
                "Forbidden", "Your role does not allow this");
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(HttpMethod.POST, PublicPaths.API_POST).permitAll()
                        .requestMatchers(HttpMethod.GET, PublicPaths.API_GET).permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorised))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthorised)
                        .accessDeniedHandler(forbidden))
                .addFilterBefore(new BearerTokenFilter(tokens, users, unauthorised), BasicAuthenticationFilter.class)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(PublicPaths.PAGES).permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/staff/sign-in").loginProcessingUrl("/staff/sign-in")
                        .defaultSuccessUrl("/staff", false).failureUrl("/staff/sign-in?error").permitAll())
                .logout(logout -> logout.logoutUrl("/staff/sign-out").logoutSuccessUrl("/staff/sign-in?signedOut"))
                .httpBasic(basic -> { })
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    private static void problem(HttpServletResponse response, HttpStatus status, String type, String title, String detail)
            throws java.io.IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), Problems.problem(status, type, title, detail));
    }
}
