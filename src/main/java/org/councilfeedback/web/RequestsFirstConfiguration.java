package org.councilfeedback.web;

import org.springframework.boot.task.ThreadPoolTaskExecutorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Applies {@link RequestsFirst} to the application's task executor, which runs every asynchronous event listener. */
@Configuration(proxyBeanMethods = false)
class RequestsFirstConfiguration {

    @Bean
    ThreadPoolTaskExecutorCustomizer requestsFirstExecutor(RequestsFirst requestsFirst) {
        return executor -> executor.setTaskDecorator(requestsFirst);
    }
}
