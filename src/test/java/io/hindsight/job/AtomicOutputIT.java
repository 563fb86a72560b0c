package io.hindsight.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real process killed with SIGKILL in the middle of a run leaves either the previous output
 * or none, never half a report: outputs go to a temporary sibling folder and are renamed into
 * place only when complete. Runs after {@code package}, on the built jar.
 */
class AtomicOutputIT {
    private static final List<String> OUTPUTS = List.of("report.html", "data/incidents.jsonl", "data/factors.jsonl",
            "data/clusters.json", "data/action_items.csv", "data/rejects.csv", "data/summary.json");

    @TempDir
    Path tmp;

    private Process start(Path out, boolean force) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("java"));
        cmd.addAll(List.of(System.getProperty("hindsight.jvm.flags", "").split("\\s+")));
        cmd.removeIf(String::isBlank);
        cmd.addAll(List.of("-Xmx1g", "-cp", "target/hindsight-0.1.0.jar" + File.pathSeparator + "target/lib/*",
                "io.hindsight.cli.Main", "quarterly", "--input", "data/postmortems", "--out", out.toString(), "--as-of", "2026-10-01"));
        if (force) {
            cmd.add("--force");
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("run.log").toFile());
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        return pb.start();
    }

    private static void assertComplete(Path out) {
        for (String f : OUTPUTS) {
            assertThat(out.resolve(f)).as(f).isRegularFile();
        }
    }

    @Test
    void killedWhileWritingLeavesThePreviousOutput() throws Exception {
        Path out = tmp.resolve("review");
        Process first = start(out, false);
        assertThat(first.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(first.exitValue()).isZero();
        assertComplete(out);
        byte[] before = Files.readAllBytes(out.resolve("data/summary.json"));

        Path temp = tmp.resolve(".review.hindsight-tmp");
        Process second = start(out, true);
        boolean killedWhileWriting = false;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (second.isAlive() && System.nanoTime() < deadline) {
            if (Files.exists(temp.resolve("data/incidents.jsonl"))) {
                second.destroyForcibly(); // SIGKILL
                killedWhileWriting = true;
                break;
            }
            Thread.sleep(5);
        }
        second.waitFor(1, TimeUnit.MINUTES);
        assertThat(killedWhileWriting).as("the run was killed while writing its outputs").isTrue();
        assertComplete(out);
        assertThat(Files.readAllBytes(out.resolve("data/summary.json"))).isEqualTo(before);

        // the next run clears the stale temporary folder and replaces the output whole
        Process third = start(out, true);
        assertThat(third.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(third.exitValue()).isZero();
        assertComplete(out);
        assertThat(temp).doesNotExist();
    }

    @Test
    void killedWhileExtractingLeavesNoOutput() throws Exception {
        Path out = tmp.resolve("fresh");
        Process p = start(out, false);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        boolean killed = false;
        while (p.isAlive() && System.nanoTime() < deadline) {
            if (Files.exists(tmp.resolve("run.log")) && Files.readString(tmp.resolve("run.log")).contains("hindsight: list")) {
                p.destroyForcibly();
                killed = true;
                break;
            }
            Thread.sleep(5);
        }
        p.waitFor(1, TimeUnit.MINUTES);
        assertThat(killed).isTrue();
        assertThat(out).doesNotExist();
    }
}
