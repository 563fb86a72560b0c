package io.hindsight.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code scripts/cluster-test} after {@code package}: a real Spark standalone Master and
 * two Workers on 127.0.0.1, the jar submitted with SparkSubmit, outputs byte-identical to a
 * local run, and again with one Worker killed (kill -9) during extraction.
 */
class ClusterIT {
    @Test
    void clusterRunsMatchTheLocalRunEvenAfterLosingAWorker() throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", "scripts/cluster-test").directory(new File(".")).inheritIO();
        pb.environment().put("CLUSTER_TEST_FILES", System.getProperty("hindsight.cluster.files", "1500"));
        pb.environment().put("HINDSIGHT_TEST_CLASSPATH", System.getProperty("java.class.path"));
        Process p = pb.start();
        boolean finished = p.waitFor(20, TimeUnit.MINUTES);
        if (!finished) {
            p.destroyForcibly();
        }
        assertThat(finished).as("cluster test finished within 20 minutes").isTrue();
        assertThat(p.exitValue()).as("scripts/cluster-test exit code").isZero();
    }
}
