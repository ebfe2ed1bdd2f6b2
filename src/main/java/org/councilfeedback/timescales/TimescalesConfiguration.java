package org.councilfeedback.timescales;

import java.time.Clock;
import java.util.HashSet;
import org.councilfeedback.organisation.CouncilProfile;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The working-day calendar and the application's clock, both in the council's time zone. */
@Configuration(proxyBeanMethods = false)
class TimescalesConfiguration {

    @Bean
    WorkingDayCalendar workingDayCalendar(CouncilProfile profile) {
        return new WorkingDayCalendar(BankHolidays.bundled(), new HashSet<>(profile.closureDays()),
                CoreHours.parse(profile.coreHours()), profile.timeZone());
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock(CouncilProfile profile) {
        return Clock.system(profile.timeZone());
    }
}
