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
                .config("spark.sql.adaptive.enabled", "true");
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
