/**
 * The working-day calendar (bank holidays, closure days, core hours) and deadline arithmetic.
 *
 * <p>Bank holidays come from a copy of GOV.UK's {@code bank-holidays.json} (England and Wales) bundled in
 * {@code timescales/bank-holidays.json}; the application logs a warning at startup when that copy runs out within
 * twelve months. To refresh it, replace the bundled file with a new download from the same address, or set
 * {@code council-feedback.timescales.bank-holidays.refresh-url} (for example to
 * {@code https://www.gov.uk/bank-holidays.json}, or a {@code file:} address of a downloaded copy) to read it at
 * startup; a refresh that cannot be read is logged and the bundled copy used. The council profile's closure days
 * are added to them.
 *
 * <p>The public API {@code GET /api/v1/calendar/working-days} lives in the {@code web} sub-package.
 */
@org.springframework.modulith.ApplicationModule
package org.councilfeedback.timescales;
