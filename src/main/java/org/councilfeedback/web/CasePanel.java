package org.councilfeedback.web;

/**
 * One panel of the staff case page: the Thymeleaf template holding a fragment {@code panel(panel)}, which is given
 * {@code data}. Panels are shown in ascending {@code order}. {@code replacesDetail}, when not null, names the contributed
 * detail (see the intake module's details contributors) the panel shows in full, so that it is not shown twice.
 */
public record CasePanel(String template, int order, Object data, String replacesDetail) {

    public static CasePanel of(String template, int order, Object data) {
        return new CasePanel(template, order, data, null);
    }
}
