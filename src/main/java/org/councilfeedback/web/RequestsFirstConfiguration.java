package org.councilfeedback.web;

import java.util.concurrent.ThreadPoolExecutor;
import org.springframework.boot.task.ThreadPoolTaskExecutorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Applies {@link RequestsFirst} to the application's task executor, which runs every asynchronous event listener; and
 * when its queue is full ({@code spring.task.execution.pool.queue-capacity}), the thread that hands over a task runs it
 * itself, so that a sustained overload slows submissions down instead of filling the memory or losing work.
 */
@Configuration(proxyBeanMethods = false)
class RequestsFirstConfiguration {

    @Bean
    ThreadPoolTaskExecutorCustomizer requestsFirstExecutor(RequestsFirst requestsFirst) {
        return executor -> {
            executor.setTaskDecorator(requestsFirst);
            executor.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
        };
    }
}
