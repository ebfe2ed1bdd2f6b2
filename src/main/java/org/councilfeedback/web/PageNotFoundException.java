package org.councilfeedback.web;

/**
 * Thrown by a page controller when what was asked for does not exist, or the member of staff may not know that it
 * exists: both get the same "Page not found" page.
 */
public class PageNotFoundException extends RuntimeException {

    public PageNotFoundException() {
        super("Page not found");
    }
}
