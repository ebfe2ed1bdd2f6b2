/** Customers, representatives and consent, contact preferences, reasonable adjustments and handling restrictions. */
@org.springframework.modulith.ApplicationModule
package org.councilfeedback.people;
