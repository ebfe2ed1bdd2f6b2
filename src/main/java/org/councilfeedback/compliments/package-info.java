/** Compliments: who or what is praised, and passing them on. */
@org.springframework.modulith.ApplicationModule
package org.councilfeedback.compliments;
