package org.councilfeedback.access;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo staff accounts of API.md (password {@code demo}); only with the demo profile. */
@Component
@Order(0)
@ConditionalOnProperty(name = "council-feedback.demo-accounts", havingValue = "true")
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);
    static final String PASSWORD = "demo";

    private final StaffAccounts accounts;

    DemoAccounts(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        create("admin", "Alex Admin", Role.ADMIN, null);
        create("manager", "Morgan Manager", Role.REPORT_VIEWER, null);
        create("customer.services", "Casey Services", Role.CUSTOMER_SERVICES, "manager");
        create("complaints.officer", "Chris Officer", Role.COMPLAINTS_OFFICER, "manager");
        create("investigator", "Indira Investigator", Role.INVESTIGATING_OFFICER, "complaints.officer");
        create("social.care", "Sam Social-Care", Role.SOCIAL_CARE_COMPLAINTS, "manager");
        create("dpo", "Dana Protection", Role.DATA_PROTECTION_OFFICER, null);
        create("director", "Drew Director", Role.DIRECTOR, null);
        log.info("Demo staff accounts ready (password '{}'): admin, customer.services, complaints.officer, investigator, "
                + "social.care, dpo, director, manager", PASSWORD);
    }

    private void create(String username, String name, Role role, String manager) {
        accounts.createIfAbsent(username, name, username + "@cambridgeshire.example", PASSWORD, manager, Set.of(role));
    }
}
