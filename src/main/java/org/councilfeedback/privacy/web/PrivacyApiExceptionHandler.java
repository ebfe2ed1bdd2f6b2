package org.councilfeedback.privacy.web;

import org.councilfeedback.access.AccessRuleException;
import org.councilfeedback.access.InvalidRestrictionException;
import org.councilfeedback.privacy.PrivacyRuleException;
import org.councilfeedback.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Privacy and confidentiality failures as problem+json: bad names 400, broken rules 422. */
@RestControllerAdvice(assignableTypes = {PrivacyApiController.class, CaseRestrictionController.class, AuditApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PrivacyApiExceptionHandler {

    @ExceptionHandler(PrivacyRuleException.class)
    ResponseEntity<ProblemDetail> privacyRule(PrivacyRuleException e) {
        return Problems.response(Problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "rule-breached", "Not allowed",
                e.getMessage()));
    }

    @ExceptionHandler(AccessRuleException.class)
    ResponseEntity<ProblemDetail> accessRule(AccessRuleException e) {
        return Problems.response(Problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "rule-breached", "Not allowed",
                e.getMessage()));
    }

    @ExceptionHandler(InvalidRestrictionException.class)
    ResponseEntity<ProblemDetail> invalidRestriction(InvalidRestrictionException e) {
        return Problems.response(Problems.validation(e.problems().stream()
                .map(problem -> new Problems.FieldMessage(problem.field(), problem.message())).toList()));
    }
}
