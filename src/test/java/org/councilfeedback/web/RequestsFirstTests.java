package org.councilfeedback.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Background work gives way to requests: one task at a time while someone waits for an answer, all threads once
 * nobody does, and no task ever dropped.
 */
class RequestsFirstTests {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final RequestsFirst requestsFirst = new RequestsFirst(1, Duration.ofMillis(50), now::get);
    private final ThreadPoolTaskExecutor executor = executor(requestsFirst);
    private final List<Thread> requests = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        executor.shutdown();
        for (Thread request : requests) {
            request.interrupt();
            request.join(5000);
        }
    }

    @Test
    void runsBackgroundTasksSideBySideWhenNoRequestIsWaiting() throws InterruptedException {
        CountDownLatch allStarted = new CountDownLatch(4);
        CountDownLatch release = new CountDownLatch(1);
        for (int i = 0; i < 4; i++) {
            executor.execute(() -> {
                allStarted.countDown();
                await(release);
            });
        }
        assertThat(allStarted.await(5, TimeUnit.SECONDS)).as("four tasks running at once").isTrue();
        release.countDown();
    }

    @Test
    void runsOneBackgroundTaskAtATimeWhileARequestIsBeingAnswered() throws Exception {
        CountDownLatch finishRequest = requestInProgress();
        assertThat(mostAtOnce(executor, 6)).as("background work still goes on, one task at a time").isEqualTo(1);
        finishRequest.countDown();
    }

    @Test
    void letsWaitingTasksGoOnceTheRequestsAreAnsweredAndTheQuietPeriodHasPassed() throws Exception {
        CountDownLatch finishRequest = requestInProgress();
        CountDownLatch releaseFirst = runningUntilReleased(executor);
        CountDownLatch secondRan = new CountDownLatch(1);
        executor.execute(secondRan::countDown);
        assertThat(secondRan.await(300, TimeUnit.MILLISECONDS)).as("waits while the request is answered").isFalse();

        finishRequest.countDown();
        awaitRequestsAnswered();
        assertThat(secondRan.await(300, TimeUnit.MILLISECONDS)).as("still within the quiet period").isFalse();
        now.addAndGet(Duration.ofMillis(51).toNanos());
        assertThat(secondRan.await(5, TimeUnit.SECONDS)).as("runs once nobody has been waiting for a moment").isTrue();
        releaseFirst.countDown();
    }

    @Test
    void neverHoldsUpATaskThatHasStarted() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        executor.execute(() -> {
            started.countDown();
            await(release);
            finished.countDown();
        });
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        CountDownLatch finishRequest = requestInProgress();
        release.countDown();
        assertThat(finished.await(5, TimeUnit.SECONDS)).isTrue();
        finishRequest.countDown();
    }

    @Test
    void runsAWaitingTaskRatherThanDropItWhenItsThreadIsInterrupted() throws Exception {
        CountDownLatch finishRequest = requestInProgress();
        List<Thread> threads = new ArrayList<>();
        CountDownLatch releaseFirst = runningUntilReleased(task -> {
            Thread thread = new Thread(requestsFirst.decorate(task));
            threads.add(thread);
            thread.start();
        });
        AtomicInteger ran = new AtomicInteger();
        Thread waiting = new Thread(requestsFirst.decorate(ran::incrementAndGet));
        waiting.start();
        Thread.sleep(100);
        assertThat(ran.get()).isZero();
        waiting.interrupt();
        waiting.join(5000);
        assertThat(ran.get()).isEqualTo(1);
        releaseFirst.countDown();
        threads.get(0).join(5000);
        finishRequest.countDown();
    }

    @Test
    void isAppliedToTheApplicationsTaskExecutorByItsConfiguration() throws InterruptedException {
        ThreadPoolTaskExecutor configured = new ThreadPoolTaskExecutor();
        new RequestsFirstConfiguration().requestsFirstExecutor(requestsFirst).customize(configured);
        CountDownLatch finishRequest = requestInProgress();
        configured.initialize();
        try {
            assertThat(mostAtOnce(configured, 3)).isEqualTo(1);
        } finally {
            finishRequest.countDown();
            configured.shutdown();
        }
    }

    /** Starts a task that runs until the returned latch is counted down, and waits until it is running. */
    private static CountDownLatch runningUntilReleased(java.util.concurrent.Executor executor) throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        executor.execute(() -> {
            running.countDown();
            await(release);
        });
        assertThat(running.await(5, TimeUnit.SECONDS)).as("the task started").isTrue();
        return release;
    }

    /** Runs {@code tasks} short tasks and says how many ran at once at the most (-1 if they did not all finish). */
    private static int mostAtOnce(java.util.concurrent.Executor executor, int tasks) throws InterruptedException {
        AtomicInteger concurrent = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(tasks);
        for (int i = 0; i < tasks; i++) {
            executor.execute(() -> {
                mostAtOnce.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
                sleep(30);
                concurrent.decrementAndGet();
                done.countDown();
            });
        }
        return done.await(10, TimeUnit.SECONDS) ? mostAtOnce.get() : -1;
    }

    /** A request that is being answered until the returned latch is counted down. */
    private CountDownLatch requestInProgress() {
        CountDownLatch finish = new CountDownLatch(1);
        CountDownLatch inside = new CountDownLatch(1);
        Thread request = new Thread(() -> {
            try {
                requestsFirst.doFilter(new MockHttpServletRequest("POST", "/api/v1/feedback"), new MockHttpServletResponse(),
                        (req, res) -> {
                            inside.countDown();
                            await(finish);
                        });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        request.start();
        requests.add(request);
        await(inside);
        assertThat(requestsFirst.busy()).isTrue();
        return finish;
    }

    private void awaitRequestsAnswered() throws InterruptedException {
        for (Thread request : requests) {
            request.join(5000);
        }
    }

    private static ThreadPoolTaskExecutor executor(RequestsFirst requestsFirst) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(8);
        executor.setTaskDecorator(requestsFirst);
        executor.initialize();
        return executor;
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
