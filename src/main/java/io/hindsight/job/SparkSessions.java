package io.hindsight.job;

import org.apache.spark.sql.SparkSession;

/**
 * The SparkSession for a run. Under spark-submit the master comes from spark-submit (the
 * {@code spark.master} property it sets), never from here; scripts/hindsight passes
 * {@code local[*]} or its {@code --master}.
 */
public final class SparkSessions {
    private SparkSessions() {
    }

    public static SparkSession start(String masterIfNotSubmitted) {
        SparkSession.Builder b = SparkSession.builder().appName("hindsight quarterly review")
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.adaptive.enabled", "true")
                // Cached rows carry each incident's JSON (several KB): Spark's default of 10,000
                // rows per cached column batch made buffers of ~150 MB that double as they grow,
                // and ran a 2 GB executor out of heap at 100,000 postmortems.
                .config("spark.sql.inMemoryColumnarStorage.batchSize", "1000");
        if (System.getProperty("spark.master") == null) {
            b.master(masterIfNotSubmitted);
            if (masterIfNotSubmitted.startsWith("local")) {
                // A laptop run: no web UI to start, few shuffle partitions for a small corpus.
                b.config("spark.ui.enabled", "false")
                        .config("spark.sql.shuffle.partitions", String.valueOf(Math.max(4, 2 * Runtime.getRuntime().availableProcessors())));
            }
        }
        return b.getOrCreate();
    }
}
