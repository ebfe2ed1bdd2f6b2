package org.councilfeedback;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Session settings for every PostgreSQL connection, whatever profile or URL chose PostgreSQL:
 * <ul>
 *   <li>{@code jit=off}: PostgreSQL's JIT compiler spends tens of milliseconds compiling short queries whose plan
 *       cost looks high over a million rows (searches, counts, the work queue); a peer's load tests found it among
 *       the three causes of a 9x slowdown (DESIGN.md §7);</li>
 *   <li>a 2-second connect timeout and TCP keepalive, so that while the database restarts a request fails fast with
 *       503 instead of waiting on a dead socket.</li>
 * </ul>
 * A URL that sets {@code options} itself is left alone.
 */
@Configuration(proxyBeanMethods = false)
class PostgresConnectionSettings {

    @Bean
    static BeanPostProcessor postgresConnectionSettingsPostProcessor() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null
                        && hikari.getJdbcUrl().startsWith("jdbc:postgresql:")) {
                    apply(hikari);
                }
                return bean;
            }
        };
    }

    static void apply(HikariDataSource hikari) {
        String url = hikari.getJdbcUrl();
        if (!url.contains("options=")) {
            hikari.addDataSourceProperty("options", "-c jit=off");
        }
        if (!url.contains("connectTimeout=")) {
            hikari.addDataSourceProperty("connectTimeout", "2");
        }
        if (!url.contains("tcpKeepAlive=")) {
            hikari.addDataSourceProperty("tcpKeepAlive", "true");
        }
    }
}
