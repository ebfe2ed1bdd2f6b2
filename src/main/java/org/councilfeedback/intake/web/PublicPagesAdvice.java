package org.councilfeedback.intake.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.councilfeedback.organisation.CouncilProfile;
import org.councilfeedback.web.DatabaseFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every public page has in its model (the council profile), and what a person sees when something fails on
 * our side: a page in the same layout, never a stack trace. When the database cannot be reached the answers stay in
 * the session and the page says to try again shortly.
 */
@ControllerAdvice(assignableTypes = {PublicPagesController.class, GiveFeedbackController.class,
        FeedbackGivenController.class})
class PublicPagesAdvice {

    static final String PROBLEM_VIEW = "public/problem";
    private static final Logger log = LoggerFactory.getLogger(PublicPagesAdvice.class);

    private final CouncilProfile council;

    PublicPagesAdvice(CouncilProfile council) {
        this.council = council;
    }

    @ModelAttribute("council")
    CouncilProfile council() {
        return council;
    }

    @ExceptionHandler(Exception.class)
    ModelAndView failure(Exception failure, HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (failure instanceof ErrorResponse) {
            throw failure; // Spring MVC's own 4xx (unsupported media type and the like) keep their status
        }
        ModelAndView page = new ModelAndView(PROBLEM_VIEW);
        page.addObject("council", council);
        if (DatabaseFailures.isUnavailable(failure)) {
            log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(), failure.getMessage());
            response.setHeader(HttpHeaders.RETRY_AFTER, "30");
            page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
            page.addObject("unavailable", true);
        } else {
            log.error("Unexpected failure for {} {}", request.getMethod(), request.getRequestURI(), failure);
            page.setStatus(HttpStatus.INTERNAL_SERVER_ERROR);
            page.addObject("unavailable", false);
        }
        return page;
    }
}
