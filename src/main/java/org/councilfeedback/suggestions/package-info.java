/** Suggestions: passing them to the owning service and recording its decision. */
@org.springframework.modulith.ApplicationModule
package org.councilfeedback.suggestions;
