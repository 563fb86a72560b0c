package io.hindsight.job;

import java.io.PrintStream;
import java.util.Locale;

/** Progress on stderr: one line per stage with counts and elapsed time. Results never go to stdout. */
final class Progress {
    private final PrintStream err;
    private final long start = System.nanoTime();
    private long stageStart = start;

    Progress(PrintStream err) {
        this.err = err;
    }

    void stage(String name, String counts) {
        long now = System.nanoTime();
        err.printf(Locale.ROOT, "hindsight: %-16s %s (%.1f s, %.1f s total)%n", name, counts, (now - stageStart) / 1e9,
                (now - start) / 1e9);
        err.flush();
        stageStart = now;
    }

    /** Prints {@code what} every {@code seconds} until closed (for stages long enough to need it). */
    Ticker every(int seconds, java.util.function.Supplier<String> what) {
        java.util.concurrent.ScheduledExecutorService ex = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hindsight-progress");
            t.setDaemon(true);
            return t;
        });
        ex.scheduleAtFixedRate(() -> {
            err.printf(Locale.ROOT, "hindsight:   ... %s (%.0f s)%n", what.get(), (System.nanoTime() - stageStart) / 1e9);
            err.flush();
        }, seconds, seconds, java.util.concurrent.TimeUnit.SECONDS);
        return ex::shutdownNow;
    }

    /** Stops a periodic progress line. */
    interface Ticker extends AutoCloseable {
        @Override
        void close();
    }

    double stageSeconds() {
        return (System.nanoTime() - stageStart) / 1e9;
    }

    double totalSeconds() {
        return (System.nanoTime() - start) / 1e9;
    }
}
