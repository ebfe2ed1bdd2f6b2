/** Shared web support: page layout, problem+json errors for the API, request limits and security headers. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.councilfeedback.web;
