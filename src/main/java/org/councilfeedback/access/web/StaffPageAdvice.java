package org.councilfeedback.access.web;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;
import org.councilfeedback.access.Role;
import org.councilfeedback.access.StaffAccounts;
import org.councilfeedback.organisation.CouncilProfile;
import org.councilfeedback.web.DisplayFormats;
import org.councilfeedback.web.PageNotFoundException;
import org.councilfeedback.web.StaffPages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * What every staff page needs: the council's name, how dates and codes are written ({@code formats}), who is
 * signed in and which parts of the application their roles open (the navigation), and the staff "Page not found" and
 * "You do not have permission" pages.
 */
@ControllerAdvice(annotations = StaffPages.class)
class StaffPageAdvice {

    static final String NOT_FOUND_VIEW = "staff/not-found";
    static final String FORBIDDEN_VIEW = "staff/forbidden";

    /** Roles that see case content: the work queue, search and feedback pages. */
    static final Set<Role> CASE_WORK = EnumSet.of(Role.CUSTOMER_SERVICES, Role.COMPLAINTS_OFFICER,
            Role.INVESTIGATING_OFFICER, Role.SOCIAL_CARE_COMPLAINTS, Role.DATA_PROTECTION_OFFICER, Role.DIRECTOR);
    /** Roles that record feedback received on any channel. */
    static final Set<Role> RECORDING = EnumSet.of(Role.CUSTOMER_SERVICES, Role.COMPLAINTS_OFFICER,
            Role.INVESTIGATING_OFFICER, Role.SOCIAL_CARE_COMPLAINTS, Role.DATA_PROTECTION_OFFICER);
    /** Roles that print and post letters and make calls. */
    static final Set<Role> CORRESPONDENCE = EnumSet.of(Role.CUSTOMER_SERVICES, Role.COMPLAINTS_OFFICER,
            Role.SOCIAL_CARE_COMPLAINTS, Role.DATA_PROTECTION_OFFICER);
    /** Roles that work the safeguarding queue (the safeguarding leads and complaints officers). */
    static final Set<Role> SAFEGUARDING = EnumSet.of(Role.COMPLAINTS_OFFICER, Role.SOCIAL_CARE_COMPLAINTS,
            Role.DATA_PROTECTION_OFFICER);

    /** Roles that pass compliments on: the compliments page. */
    static final Set<Role> COMPLIMENTS = EnumSet.of(Role.CUSTOMER_SERVICES, Role.COMPLAINTS_OFFICER);
    /** Roles that record the services' decisions on suggestions: the suggestions queue. */
    static final Set<Role> SUGGESTIONS = EnumSet.of(Role.COMPLAINTS_OFFICER, Role.DIRECTOR);
    /** Roles that route and group representations, and the Directors who decide them: representations and groups. */
    static final Set<Role> REPRESENTATIONS = EnumSet.of(Role.COMPLAINTS_OFFICER, Role.DIRECTOR);
    /** Roles that handle complaints through their procedures: the complaints work queues. */
    static final Set<Role> COMPLAINT_HANDLING = EnumSet.of(Role.COMPLAINTS_OFFICER, Role.INVESTIGATING_OFFICER,
            Role.SOCIAL_CARE_COMPLAINTS, Role.DATA_PROTECTION_OFFICER);

    private final StaffAccounts accounts;
    private final CouncilProfile profile;
    private final DisplayFormats formats;
    private final boolean mailCapture;

    StaffPageAdvice(StaffAccounts accounts, CouncilProfile profile, DisplayFormats formats,
            @Value("${council-feedback.mail-capture.enabled:false}") boolean mailCapture) {
        this.accounts = accounts;
        this.profile = profile;
        this.formats = formats;
        this.mailCapture = mailCapture;
    }

    /** The signed-in member of staff as the layout shows them, with the parts of the application they may use. */
    record SignedIn(String username, String displayName, boolean caseWork, boolean recording, boolean correspondence,
            boolean mail, boolean compliments, boolean suggestions, boolean representations, boolean complaints,
            boolean safeguarding) {}

    @ModelAttribute("formats")
    DisplayFormats formats() {
        return formats;
    }

    @ModelAttribute("councilName")
    String councilName() {
        return profile.name();
    }

    @ModelAttribute("signedIn")
    SignedIn signedIn(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        String username = authentication.getName();
        String displayName = accounts.find(username).map(StaffAccounts.StaffMember::displayName).orElse(username);
        boolean caseWork = roles.stream().anyMatch(CASE_WORK::contains);
        return new SignedIn(username, displayName, caseWork, roles.stream().anyMatch(RECORDING::contains),
                roles.stream().anyMatch(CORRESPONDENCE::contains), mailCapture && caseWork,
                roles.stream().anyMatch(COMPLIMENTS::contains), roles.stream().anyMatch(SUGGESTIONS::contains),
                roles.stream().anyMatch(REPRESENTATIONS::contains), roles.stream().anyMatch(COMPLAINT_HANDLING::contains),
                roles.stream().anyMatch(SAFEGUARDING::contains));
    }

    @ExceptionHandler(AccessDeniedException.class)
    String forbidden(Authentication authentication, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        layout(model, authentication);
        return FORBIDDEN_VIEW;
    }

    @ExceptionHandler({PageNotFoundException.class, MethodArgumentTypeMismatchException.class})
    String notFound(Authentication authentication, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        layout(model, authentication);
        return NOT_FOUND_VIEW;
    }

    /** Exception handlers start from an empty model: give the error pages the same header as every other page. */
    private void layout(Model model, Principal principal) {
        model.addAttribute("councilName", councilName());
        model.addAttribute("formats", formats);
        model.addAttribute("signedIn", principal instanceof Authentication authentication ? signedIn(authentication) : null);
    }
}
