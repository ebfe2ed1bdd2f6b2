package org.councilfeedback.web;

import java.util.List;
import org.springframework.security.core.Authentication;

/**
 * What a module adds to the staff case page ({@code /staff/feedback/{reference}}) without the page knowing the module:
 * panels of its own (the state of its workflow and the forms the member of staff may use), in the module's templates.
 * The case page asks every bean of this type and shows the panels in {@link CasePanel#order()}.
 */
public interface CasePanels {

    /**
     * The panels to show for a piece of feedback, none when the module has nothing to show.
     *
     * @param reference the feedback's reference
     * @param type the feedback's type, as its enum name ({@code COMPLIMENT}, {@code REPRESENTATION}…)
     * @param viewer the signed-in member of staff, whose roles decide which actions are shown
     */
    List<CasePanel> panels(String reference, String type, Authentication viewer);
}
