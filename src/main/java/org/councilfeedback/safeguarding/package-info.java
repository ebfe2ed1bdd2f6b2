/** Safeguarding concerns and referrals. */
@org.springframework.modulith.ApplicationModule
package org.councilfeedback.safeguarding;
