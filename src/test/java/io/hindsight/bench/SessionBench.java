package io.hindsight.bench;

import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * The fixed cost Hindsight cannot avoid: a bare local SparkSession started, given one trivial
 * query, and stopped, in a fresh JVM (run it as its own process, as scripts/bench does).
 */
public final class SessionBench {
    private SessionBench() {
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        SparkSession s = SparkSession.builder().master("local[*]").appName("bare").config("spark.ui.enabled", "false").getOrCreate();
        long t1 = System.nanoTime();
        long n = s.range(10).count();
        long t2 = System.nanoTime();
        s.stop();
        long t3 = System.nanoTime();
        System.out.printf(Locale.ROOT, "bare session: start %.2f s, first query %.2f s, stop %.2f s, total %.2f s (%d)%n",
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t3 - t0) / 1e9, n);
    }
}
