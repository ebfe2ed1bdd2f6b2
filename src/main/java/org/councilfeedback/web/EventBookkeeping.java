package org.councilfeedback.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.ClassUtils;

/**
 * Spring Modulith's bookkeeping of event publications ("being processed", "completed", "failed", "resubmitted", and
 * deleting completed ones) commits without waiting for the disk, through {@link RedoableWork}.
 *
 * <p>Each listener of an event costs two such commits besides its own work; waiting for the disk for each of them
 * made the bookkeeping, not the work, bound how many submissions a second the database could take. Losing one to a
 * database crash is harmless: a lost "completed" leaves the publication incomplete and the listener runs again (every
 * listener is safe to repeat), a lost "being processed" changes nothing.
 *
 * <p>Creating publications keeps its durability (it commits with the change that published the event) but is written
 * in one batch just before that commit: an event with four listeners was four inserts, each serialising the same
 * event again, on the path of the request that published it. The event is serialised once and the rows go to the
 * database in one round trip; any other call on the store in the same transaction writes them first.
 */
@Component
class EventBookkeeping implements BeanPostProcessor, Ordered {

    private static final Set<String> STATE_CHANGES = Set.of("markProcessing", "markCompleted", "markFailed",
            "markResubmitted", "deletePublications", "deleteCompletedPublications", "deleteCompletedPublicationsBefore");

    /** Spring Modulith's store of event publications. */
    static final String REPOSITORY = EventPublicationRepository.class.getName();

    /** The columns Spring Modulith's JDBC store (schema version 2) writes for a new publication. */
    static final String INSERT = "insert into event_publication (id, event_type, listener_id, publication_date, "
            + "serialized_event, status, completion_attempts, last_resubmission_date) values (?, ?, ?, ?, ?, ?, 1, ?)";

    private final ObjectProvider<RedoableWork> redoableWork;
    private final ObjectProvider<JdbcTemplate> jdbc;
    private final ObjectProvider<EventSerializer> serializer;

    EventBookkeeping(ObjectProvider<RedoableWork> redoableWork, ObjectProvider<JdbcTemplate> jdbc,
            ObjectProvider<EventSerializer> serializer) {
        this.redoableWork = redoableWork;
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof EventPublicationRepository)) {
            return bean;
        }
        Class<?>[] interfaces = ClassUtils.getAllInterfaces(bean);
        Object repository = bean;
        return Proxy.newProxyInstance(bean.getClass().getClassLoader(), interfaces, (proxy, method, args) -> {
            if (method.getName().equals("create") && args != null && args.length == 1
                    && args[0] instanceof TargetEventPublication publication && inTransaction()) {
                pending().publications.add(publication);
                return publication;
            }
            writePending();
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

    private static boolean inTransaction() {
        return TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isActualTransactionActive();
    }

    /** The publications created in the current transaction and not yet written. */
    private PendingPublications pending() {
        var pending = (PendingPublications) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new PendingPublications();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    writePending();
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(EventBookkeeping.this);
                }
            });
        }
        return pending;
    }

    private void writePending() {
        if (!inTransaction()) {
            return;
        }
        var pending = (PendingPublications) TransactionSynchronizationManager.getResource(this);
        if (pending == null || pending.publications.isEmpty()) {
            return;
        }
        List<TargetEventPublication> publications = new ArrayList<>(pending.publications);
        pending.publications.clear();
        Map<Object, Object> serialized = new IdentityHashMap<>();
        EventSerializer events = serializer.getObject();
        List<Object[]> rows = new ArrayList<>(publications.size());
        for (TargetEventPublication publication : publications) {
            Object event = publication.getEvent();
            Timestamp publishedAt = Timestamp.from(publication.getPublicationDate());
            rows.add(new Object[] {publication.getIdentifier(), event.getClass().getName(),
                    publication.getTargetIdentifier().getValue(), publishedAt,
                    serialized.computeIfAbsent(event, events::serialize).toString(), publication.getStatus().name(),
                    publishedAt});
        }
        jdbc.getObject().batchUpdate(INSERT, rows);
    }

    private static final class PendingPublications {
        final List<TargetEventPublication> publications = new ArrayList<>();
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
