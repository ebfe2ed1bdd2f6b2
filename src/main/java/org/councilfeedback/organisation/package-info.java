/** The council profile: contacts, service areas, directors, policy areas, teams and procedures. */
@org.springframework.modulith.ApplicationModule
package org.councilfeedback.organisation;
