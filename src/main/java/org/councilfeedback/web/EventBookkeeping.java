package org.councilfeedback.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Spring Modulith's bookkeeping of event publications ("being processed", "completed", "failed", "resubmitted", and
 * deleting completed ones) commits without waiting for the disk, through {@link RedoableWork}.
 *
 * <p>Each listener of an event costs two such commits besides its own work; waiting for the disk for each of them
 * made the bookkeeping, not the work, bound how many submissions a second the database could take. Losing one to a
 * database crash is harmless: a lost "completed" leaves the publication incomplete and the listener runs again (every
 * listener is safe to repeat), a lost "being processed" changes nothing. Creating a publication is not touched: it
 * commits with the change that published the event, durably.
 */
@Component
class EventBookkeeping implements BeanPostProcessor, Ordered {

    private static final Set<String> STATE_CHANGES = Set.of("markProcessing", "markCompleted", "markFailed",
            "markResubmitted", "deletePublications", "deleteCompletedPublications", "deleteCompletedPublicationsBefore");

    /** Spring Modulith's store of event publications (only on the runtime class path, so named, not imported). */
    static final String REPOSITORY = "org.springframework.modulith.events.core.EventPublicationRepository";

    private final ObjectProvider<RedoableWork> redoableWork;

    EventBookkeeping(ObjectProvider<RedoableWork> redoableWork) {
        this.redoableWork = redoableWork;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        Class<?>[] interfaces = ClassUtils.getAllInterfaces(bean);
        if (java.util.Arrays.stream(interfaces).noneMatch(type -> type.getName().equals(REPOSITORY))) {
            return bean;
        }
        Object repository = bean;
        return Proxy.newProxyInstance(bean.getClass().getClassLoader(), interfaces, (proxy, method, args) -> {
            if (!STATE_CHANGES.contains(method.getName())) {
                return invoke(repository, method, args);
            }
            return redoableWork.getObject().execute(() -> {
                try {
                    return invoke(repository, method, args);
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable e) {
                    throw new IllegalStateException(e);
                }
            });
        });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Last, so that the repository's own transactional proxy is the one wrapped. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
