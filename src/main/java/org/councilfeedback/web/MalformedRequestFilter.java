package org.councilfeedback.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers two kinds of malformed request with a 4xx before anything else sees them (found by the hostile input corpus,
 * where both were 500s):
 * <ul>
 *   <li>a query string or form body the server cannot decode (bad percent-encoding, bytes that are not UTF-8): 400;</li>
 *   <li>a request made directly for the error page, {@code /error}, which only makes sense as the target of an error
 *       dispatch: 404.</li>
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class MalformedRequestFilter extends OncePerRequestFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("/error".equals(request.getRequestURI())) {
            problem(response, HttpStatus.NOT_FOUND, "not-found", "Not found", "There is nothing at this address");
            return;
        }
        boolean form = request.getContentType() != null
                && request.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
        if (request.getQueryString() != null || form) {
            try {
                request.getParameterMap();
            } catch (IllegalStateException | IllegalArgumentException undecodable) {
                problem(response, HttpStatus.BAD_REQUEST, "malformed", "Malformed request",
                        "The address or form contains characters that cannot be read; check its percent-encoding");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static void problem(HttpServletResponse response, HttpStatus status, String type, String title, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), Problems.problem(status, type, title, detail));
    }
}
