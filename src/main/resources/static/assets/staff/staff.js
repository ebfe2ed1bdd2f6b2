// The staff application's behaviour: GOV.UK Frontend and MOJ Frontend components, loaded as modules.
// An external file because the content security policy allows no inline script.
import { initAll as initGovukFrontend } from '/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js';
import { initAll as initMojFrontend } from '/webjars/ministryofjustice__frontend/7.1.0/moj/moj-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initGovukFrontend();
initMojFrontend();
