/** Staff accounts, roles, API tokens, case-level visibility and the audit trail. */
@org.springframework.modulith.ApplicationModule
package org.councilfeedback.access;
