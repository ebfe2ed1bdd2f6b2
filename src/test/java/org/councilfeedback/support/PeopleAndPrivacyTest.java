package org.councilfeedback.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application with MockMvc and stubbed case facts ({@link CaseFactsStub}). Every test class of the people,
 * safeguarding, privacy and audit work uses it, so they share one application context and one database. Mail goes to
 * its own SMTP port ({@link #SMTP_PORT}), so a GreenMail server there never meets another test's.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "spring.mail.port=" + PeopleAndPrivacyTest.SMTP_PORT)
@AutoConfigureMockMvc
@Import(CaseFactsStub.class)
public @interface PeopleAndPrivacyTest {

    int SMTP_PORT = 3935;
}
