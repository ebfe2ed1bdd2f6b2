package org.councilfeedback.suggestions;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.councilfeedback.organisation.CouncilProfile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Each working morning, reminds services of suggestion decisions due soon or overdue; one node at a time. */
@Component
class SuggestionReminders {

    private final Suggestions suggestions;
    private final CouncilProfile profile;
    private final Clock clock;

    SuggestionReminders(Suggestions suggestions, CouncilProfile profile, Clock clock) {
        this.suggestions = suggestions;
        this.profile = profile;
        this.clock = clock;
    }

    @Scheduled(cron = "${council-feedback.suggestions.reminders-cron:0 30 7 * * MON-FRI}", zone = "Europe/London")
    @SchedulerLock(name = "suggestion-reminders", lockAtMostFor = "30m")
    void remind() {
        suggestions.sendReminders(LocalDate.now(clock.withZone(profile.timeZone())));
    }
}
