package org.councilfeedback.triage;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How long the triage assistant takes: training from the bundled corpus (what start-up and retraining cost), then
 * suggestions for every corpus message, timed one by one after a warm-up, and for the longest message allowed.
 * Prints p50, p99 and the maximum; it asserts nothing (timings belong to the machine, not to a unit test).
 *
 * <p>Arguments: {@code --rounds N} (default 10) passes over the corpus to time.
 */
public final class TriageBenchmark {

    private TriageBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length == 2 && args[0].equals("--rounds") ? Integer.parseInt(args[1]) : 10;
        TriageEvaluation.quietTrainingLogs();

        long started = System.nanoTime();
        long startedCpu = processCpuNanos();
        List<LabelledExample> corpus = Corpus.bundled();
        TriageEngine engine = TriageEngine.train(corpus);
        double trainingMillis = (System.nanoTime() - started) / 1e6;
        double trainingCpuMillis = (processCpuNanos() - startedCpu) / 1e6;

        List<String> messages = corpus.stream().map(LabelledExample::text).toList();
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            messages.forEach(engine::suggest);
        }
        Timings corpusTimes = time(engine, messages, rounds);
        String longest = String.join(" ", messages).substring(0, 10_000);
        Timings longestTimes = time(engine, List.of(longest), 200);

        System.out.printf(Locale.ROOT, "Triage assistant latency (%s, Java %s, %d processors, load average %.1f)%n%n",
                System.getProperty("os.arch"), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "training on %d corpus messages (cold JVM): %.0f ms (%.0f ms of CPU time, all threads)%n%n",
                corpus.size(), trainingMillis, trainingCpuMillis);
        System.out.println("| messages | suggestions | p50 | p99 | max | CPU p50 | CPU p99 |");
        System.out.println("|---|---|---|---|---|---|---|");
        row("corpus (78 to 1,015 characters)", corpusTimes);
        row("longest allowed (10,000 characters)", longestTimes);
        System.out.println();
        System.out.println("p50/p99/max: wall-clock time per suggestion; CPU: the thread's own CPU time, which leaves out");
        System.out.println("time the operating system gave to other processes (on a busy machine the two differ).");
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /** Wall-clock and thread CPU nanoseconds per suggestion, each sorted. */
    private record Timings(long[] wall, long[] cpu) {
    }

    private static Timings time(TriageEngine engine, List<String> messages, int rounds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] wall = new long[messages.size() * rounds];
        long[] cpu = new long[wall.length];
        int next = 0;
        for (int round = 0; round < rounds; round++) {
            for (String message : messages) {
                long startCpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                engine.suggest(message);
                wall[next] = System.nanoTime() - start;
                cpu[next++] = threads.getCurrentThreadCpuTime() - startCpu;
            }
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new Timings(wall, cpu);
    }

    private static void row(String what, Timings timings) {
        long[] wall = timings.wall();
        System.out.printf(Locale.ROOT, "| %s | %d | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.2f ms |%n", what, wall.length,
                percentile(wall, 0.50), percentile(wall, 0.99), wall[wall.length - 1] / 1e6,
                percentile(timings.cpu(), 0.50), percentile(timings.cpu(), 0.99));
    }

    private static double percentile(long[] sortedNanos, double fraction) {
        int index = (int) Math.ceil(fraction * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, index)] / 1e6;
    }
}
