package org.councilfeedback;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Council Feedback: receives, handles and learns from the feedback a council receives. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class CouncilFeedbackApplication {

    public static void main(String[] args) {
        SpringApplication.run(CouncilFeedbackApplication.class, args);
    }
}
