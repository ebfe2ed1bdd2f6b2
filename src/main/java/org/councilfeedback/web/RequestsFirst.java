package org.councilfeedback.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.task.TaskDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requests go first: the work that follows a commit in the background (acknowledgement emails, audit entries, person
 * records, the similarity index: every asynchronous event listener) gives way to people waiting for an answer.
 *
 * <p>While any request is being answered, and for a moment after the last one ({@code quiet-after}), at most
 * {@code while-busy} background tasks run at once; when no request is waiting, all the executor's threads work. So a
 * burst of submissions is answered at the full speed of the machine and what follows them catches up as soon as the
 * burst eases, without ever stopping completely (at least one task keeps running). A task already running is never
 * held up: only the start of the next one waits. Nothing is lost by waiting: each event's publication stays
 * incomplete in the database until its listener has finished.
 *
 * <p>Settings: {@code council-feedback.background.while-busy} (default 1) and
 * {@code council-feedback.background.quiet-after} (default 50 ms).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestsFirst extends OncePerRequestFilter implements TaskDecorator {

    private static final long RECHECK_MILLIS = 20;

    private final int whileBusy;
    private final long quietAfterNanos;
    private final LongSupplier nanoTime;
    private final AtomicInteger answering = new AtomicInteger();
    private volatile long lastAnsweredAt;
    private final Object turns = new Object();
    private int running;

    @Autowired
    RequestsFirst(@Value("${council-feedback.background.while-busy:1}") int whileBusy,
            @Value("${council-feedback.background.quiet-after:50ms}") Duration quietAfter) {
        this(whileBusy, quietAfter, System::nanoTime);
    }

    RequestsFirst(int whileBusy, Duration quietAfter, LongSupplier nanoTime) {
        this.whileBusy = Math.max(1, whileBusy);
        this.quietAfterNanos = quietAfter.toNanos();
        this.nanoTime = nanoTime;
        this.lastAnsweredAt = nanoTime.getAsLong() - quietAfterNanos;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        answering.incrementAndGet();
        try {
            chain.doFilter(request, response);
        } finally {
            lastAnsweredAt = nanoTime.getAsLong();
            if (answering.decrementAndGet() == 0) {
                synchronized (turns) {
                    turns.notifyAll();
                }
            }
        }
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return true;
    }

    @Override
    public Runnable decorate(Runnable task) {
        return () -> {
            awaitTurn();
            try {
                task.run();
            } finally {
                endTurn();
            }
        };
    }

    /** Whether a request is being answered now or was a moment ago. */
    boolean busy() {
        return answering.get() > 0 || nanoTime.getAsLong() - lastAnsweredAt < quietAfterNanos;
    }

    /** How many background tasks may run at once right now. */
    int allowed() {
        return busy() ? whileBusy : Integer.MAX_VALUE;
    }

    private void awaitTurn() {
        synchronized (turns) {
            boolean interrupted = false;
            while (running >= allowed()) {
                try {
                    // Requests ending wake the waiters; the time limit notices the quiet period ending.
                    turns.wait(RECHECK_MILLIS);
                } catch (InterruptedException e) {
                    // Shutting down: run the task rather than drop it (its publication would stay incomplete anyway).
                    interrupted = true;
                    break;
                }
            }
            running++;
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void endTurn() {
        synchronized (turns) {
            running--;
            turns.notifyAll();
        }
    }
}
