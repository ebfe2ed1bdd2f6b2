/** Classification into the four types, process routing, exclusions and the 12-month rule, and the triage assistant. */
@org.springframework.modulith.ApplicationModule
package org.councilfeedback.triage;
