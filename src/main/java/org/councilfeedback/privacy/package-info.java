/** Retention schedule, anonymisation, subject-access export and erasure. */
@org.springframework.modulith.ApplicationModule
package org.councilfeedback.privacy;
