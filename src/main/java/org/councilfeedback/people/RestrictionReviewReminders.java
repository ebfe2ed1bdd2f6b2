package org.councilfeedback.people;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every morning, on one node: reminds decision-makers of handling restriction reviews falling due. */
@Component
class RestrictionReviewReminders {

    private final HandlingRestrictions restrictions;

    RestrictionReviewReminders(HandlingRestrictions restrictions) {
        this.restrictions = restrictions;
    }

    @Scheduled(cron = "${council-feedback.people.review-reminders.cron:0 0 7 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "handling-restriction-review-reminders", lockAtMostFor = "30m")
    void remind() {
        restrictions.remindReviewsDue();
    }
}
