/** Read models, dashboards, statutory and annual reports, and exports. */
@org.springframework.modulith.ApplicationModule
package org.councilfeedback.reporting;
