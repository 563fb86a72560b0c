package io.hindsight.analyse.causes;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs work over {@code [0, n)} in fixed chunks on a few threads of the calling JVM (the
 * Spark driver, for the job). Each chunk writes only its own slots or returns its own part,
 * and parts are combined in chunk order, so the result never depends on the thread count.
 */
final class Chunks {
    interface Work<T> {
        T run(int from, int to);
    }

    private Chunks() {}

    static int threads() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /** The parts of every chunk, in chunk order. */
    static <T> List<T> map(int n, int chunk, Work<T> work) {
        int chunks = (n + chunk - 1) / chunk;
        List<T> out = new ArrayList<>(chunks);
        int threads = Math.min(threads(), chunks);
        if (threads <= 1) {
            for (int c = 0; c < chunks; c++) {
                out.add(work.run(c * chunk, Math.min(n, (c + 1) * chunk)));
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "hindsight-causes");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>(chunks);
            for (int c = 0; c < chunks; c++) {
                int from = c * chunk;
                int to = Math.min(n, from + chunk);
                futures.add(pool.submit(() -> work.run(from, to)));
            }
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while clustering causes", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
