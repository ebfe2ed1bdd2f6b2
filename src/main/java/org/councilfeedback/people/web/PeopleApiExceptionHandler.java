package org.councilfeedback.people.web;

import org.councilfeedback.people.InvalidPeopleRequestException;
import org.councilfeedback.people.NotADecisionMakerException;
import org.councilfeedback.people.PeopleRuleException;
import org.councilfeedback.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The people module's failures as problem+json: bad input 400, not a decision-maker 403, a broken rule 422. */
@RestControllerAdvice(assignableTypes = {PersonApiController.class, FeedbackPersonController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PeopleApiExceptionHandler {

    @ExceptionHandler(InvalidPeopleRequestException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidPeopleRequestException e) {
        return Problems.response(Problems.validation(e.problems().stream()
                .map(problem -> new Problems.FieldMessage(problem.field(), problem.message())).toList()));
    }

    @ExceptionHandler(NotADecisionMakerException.class)
    ResponseEntity<ProblemDetail> notADecisionMaker(NotADecisionMakerException e) {
        return Problems.response(Problems.problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "Only an authorised decision-maker may place, renew or end handling restrictions"));
    }

    @ExceptionHandler(PeopleRuleException.class)
    ResponseEntity<ProblemDetail> rule(PeopleRuleException e) {
        return Problems.response(Problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "rule-breached",
                "Not allowed", e.getMessage()));
    }
}
