package org.councilfeedback.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.councilfeedback.intake.FeedbackRecords;
import org.councilfeedback.intake.FeedbackType;
import org.councilfeedback.organisation.CouncilProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention schedule, run every night on one node: closed feedback whose retention period (per type, from the
 * profile's {@code privacy.retention}) has passed since it closed is anonymised, unless it is under a legal hold.
 */
@Service
public class RetentionSchedule {

    private static final Logger log = LoggerFactory.getLogger(RetentionSchedule.class);
    static final String ACTOR = "retention schedule";
    private static final int PAGE = 200;

    private final PrivacySettings settings;
    private final ClosureDates closureDates;
    private final Anonymiser anonymiser;
    private final LegalHolds holds;
    private final TransactionTemplate transactions;
    private final ZoneId zone;
    private final Clock clock;

    RetentionSchedule(PrivacySettings settings, ObjectProvider<ClosureDates> closureDates, FeedbackRecords records,
            Anonymiser anonymiser, LegalHolds holds, TransactionTemplate transactions, CouncilProfile profile, Clock clock) {
        this.settings = settings;
        this.closureDates = closureDates.getIfAvailable(() -> new TimelineClosureDates(records));
        this.anonymiser = anonymiser;
        this.holds = holds;
        this.transactions = transactions;
        this.zone = profile.timeZone();
        this.clock = clock;
    }

    @Scheduled(cron = "${council-feedback.privacy.retention.cron:0 15 2 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "retention-schedule", lockAtMostFor = "3h")
    void nightly() {
        RetentionReport report = run(ACTOR, null);
        log.info("Retention schedule: {} closed cases examined, {} anonymised, {} under legal hold, {} not yet due",
                report.examined(), report.anonymised(), report.held(), report.notYetDue());
    }

    /** Runs the schedule now. */
    public RetentionReport run(String actor, String clientAddress) {
        return runAt(clock.instant(), actor, clientAddress);
    }

    /** Runs the schedule as if it were {@code now}. */
    RetentionReport runAt(Instant now, String actor, String clientAddress) {
        LocalDate today = now.atZone(zone).toLocalDate();
        Period shortest = shortestPeriod();
        Instant before = today.minus(shortest).plusDays(1).atStartOfDay(zone).toInstant();
        int examined = 0;
        int held = 0;
        int notYetDue = 0;
        List<String> anonymised = new ArrayList<>();
        long after = 0;
        while (true) {
            List<ClosureDates.ClosedCase> page = closureDates.closedBefore(before, after, PAGE);
            if (page.isEmpty()) {
                break;
            }
            for (ClosureDates.ClosedCase closed : page) {
                after = closed.id();
                examined++;
                LocalDate closedOn = closed.closedAt().atZone(zone).toLocalDate();
                Period keep = settings.retention().periodFor(closed.type());
                if (today.isBefore(closedOn.plus(keep))) {
                    notYetDue++;
                } else if (holds.isHeld(closed.reference())) {
                    held++;
                } else if (Boolean.TRUE.equals(transactions.execute(tx -> anonymiser.anonymise(closed.reference(),
                        Anonymiser.Cause.RETENTION, closedOn, keep, actor, clientAddress)))) {
                    anonymised.add(closed.reference());
                }
            }
        }
        return new RetentionReport(now, examined, anonymised.size(), held, notYetDue, anonymised);
    }

    /** The schedule as configured: the period kept after closure for each type. */
    public Map<String, Object> describe() {
        Map<String, Object> json = new LinkedHashMap<>();
        Map<String, String> periods = new LinkedHashMap<>();
        for (FeedbackType type : FeedbackType.values()) {
            periods.put(type.name(), settings.retention().periodFor(type).toString());
        }
        json.put("afterClosure", periods);
        json.put("marker", FeedbackRecords.ANONYMISED);
        return json;
    }

    private Period shortestPeriod() {
        Period shortest = settings.retention().defaultAfterClosure();
        LocalDate base = LocalDate.of(2000, 1, 1);
        for (FeedbackType type : FeedbackType.values()) {
            Period period = settings.retention().periodFor(type);
            if (base.plus(period).isBefore(base.plus(shortest))) {
                shortest = period;
            }
        }
        return shortest;
    }
}
