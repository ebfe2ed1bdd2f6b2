/** Acknowledgements and responses: templates, email over SMTP, PDF letters, call tasks and the contact-preference rule. */
@org.springframework.modulith.ApplicationModule
package org.councilfeedback.correspondence;
