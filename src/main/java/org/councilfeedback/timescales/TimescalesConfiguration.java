package org.councilfeedback.timescales;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import org.councilfeedback.organisation.CouncilProfile;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The working-day calendar and the application's clock, both in the council's time zone. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BankHolidaysProperties.class)
class TimescalesConfiguration {

    @Bean
    WorkingDayCalendar workingDayCalendar(CouncilProfile profile, BankHolidaysProperties bankHolidaysProperties,
            Clock clock) {
        BankHolidays bankHolidays = BankHolidaysSource.load(BankHolidays.bundled(),
                bankHolidaysProperties.refreshUrl(), bankHolidaysProperties.timeout());
        BankHolidaysSource.warnIfEndingSoon(bankHolidays, LocalDate.now(clock.withZone(profile.timeZone())));
        return new WorkingDayCalendar(bankHolidays, new HashSet<>(profile.closureDays()),
                CoreHours.parse(profile.coreHours()), profile.timeZone());
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock(CouncilProfile profile) {
        return Clock.system(profile.timeZone());
    }
}
