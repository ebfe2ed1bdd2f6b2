package org.councilfeedback.access;

import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The audit verification command: start the application with {@code --council-feedback.audit.verify-and-exit=true}
 * (see docs/audit.md) and it checks the hash chain, prints the result and exits with status 0 when the chain is intact
 * and 1 at the first broken link.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@ConditionalOnProperty(name = "council-feedback.audit.verify-and-exit", havingValue = "true")
class AuditVerificationRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AuditVerificationRunner.class);

    private final AuditTrail trail;
    private final IntConsumer exit;

    @Autowired
    AuditVerificationRunner(AuditTrail trail, ConfigurableApplicationContext context) {
        this(trail, code -> System.exit(SpringApplication.exit(context, () -> code)));
    }

    AuditVerificationRunner(AuditTrail trail, IntConsumer exit) {
        this.trail = trail;
        this.exit = exit;
    }

    @Override
    public void run(ApplicationArguments args) {
        AuditVerification result = trail.verify();
        if (result.intact()) {
            log.info(result.summary());
        } else {
            log.error(result.summary());
        }
        System.out.println(result.summary());
        exit.accept(result.intact() ? 0 : 1);
    }
}
