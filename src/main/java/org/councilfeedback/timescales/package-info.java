/** The working-day calendar (bank holidays, closure days, core hours) and deadline arithmetic. */
@org.springframework.modulith.ApplicationModule
package org.councilfeedback.timescales;
