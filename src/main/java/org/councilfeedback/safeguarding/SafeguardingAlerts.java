package org.councilfeedback.safeguarding;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.councilfeedback.correspondence.Correspondence;
import org.councilfeedback.correspondence.MessageKind;
import org.councilfeedback.intake.ContactMethod;
import org.councilfeedback.organisation.CouncilProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Alerts the safeguarding leads (the profile's {@code contacts.safeguarding.leads}) by email as soon as a concern is
 * stored. The event is kept until this finishes, so an alert is never lost; each lead's email is stored once.
 */
@Component
class SafeguardingAlerts {

    private static final Logger log = LoggerFactory.getLogger(SafeguardingAlerts.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK);

    private final Safeguarding safeguarding;
    private final Correspondence correspondence;
    private final CouncilProfile profile;
    private final SafeguardingSettings settings;

    SafeguardingAlerts(Safeguarding safeguarding, Correspondence correspondence, CouncilProfile profile,
            SafeguardingSettings settings) {
        this.safeguarding = safeguarding;
        this.correspondence = correspondence;
        this.profile = profile;
        this.settings = settings;
    }

    @Async
    @TransactionalEventListener
    void on(SafeguardingConcernRaised raised) {
        alert(raised.concernId());
    }

    void alert(long concernId) {
        SafeguardingConcern concern = safeguarding.find(concernId).orElse(null);
        if (concern == null) {
            return;
        }
        var leads = profile.contacts().safeguarding() == null ? java.util.List.<String>of()
                : profile.contacts().safeguarding().leads();
        if (leads.isEmpty()) {
            log.error("Safeguarding concern {} on {} raised but the council profile names no safeguarding leads",
                    concern.id(), concern.reference());
            return;
        }
        String phone = safeguarding.referralPhone();
        String subject = settings.alertSubject().replace("{reference}", concern.reference())
                .replace("{safeguardingPhone}", phone);
        String body = "A safeguarding concern has been raised on feedback " + concern.reference() + " by "
                + concern.raisedBy() + ", " + concern.raisedAt().atZone(profile.timeZone()).format(WHEN) + ".\n\n"
                + "The concern:\n" + concern.concern() + "\n\n"
                + "Refer it now to " + settings.referralAuthority() + " on " + phone
                + ". If someone is in immediate danger, call 999.\n\n"
                + "Then record the referral, who made it, when and the outcome on the case (safeguarding concern "
                + concern.id() + "). Raising the concern does not change how the feedback itself is handled.\n\n"
                + concern.statement() + ".";
        LocalDate today = concern.raisedAt().atZone(profile.timeZone()).toLocalDate();
        for (String lead : leads) {
            correspondence.send(new Correspondence.Outgoing("safeguarding:" + concern.id() + ":" + lead,
                    concern.reference(), MessageKind.INTERNAL_ALERT, ContactMethod.EMAIL, "Safeguarding lead", lead,
                    subject, body, today));
        }
        safeguarding.markLeadsAlerted(concern.id());
    }
}
