/** Representations: the Director's decision, members' decisions, and grouping similar representations. */
@org.springframework.modulith.ApplicationModule
package org.councilfeedback.representations;
