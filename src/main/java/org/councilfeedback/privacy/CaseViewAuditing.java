package org.councilfeedback.privacy;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.councilfeedback.access.AuditTrail;
import org.councilfeedback.intake.FeedbackDetailsContributor;
import org.councilfeedback.intake.FeedbackRecord;
import org.councilfeedback.people.People;
import org.councilfeedback.people.Person;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records every view of a case in the audit trail: whenever a case's details are put together for a signed-in member
 * of staff (the API's {@code GET /api/v1/feedback/{reference}} and the staff case page), with who, when and from where.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class CaseViewAuditing implements FeedbackDetailsContributor {

    private final AuditTrail audit;
    private final People people;

    CaseViewAuditing(AuditTrail audit, People people) {
        this.audit = audit;
        this.people = people;
    }

    @Override
    public void contribute(FeedbackRecord record, Map<String, Object> details) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return;
        }
        String client = null;
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            client = request.getRemoteAddr();
        }
        Long personId = people.personFor(record.reference()).map(Person::id).orElse(null);
        audit.record(authentication.getName(), "VIEWED", record.reference(), personId, "Case record viewed", client);
    }
}
