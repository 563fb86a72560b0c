package io.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hindsight.job.JobConfig;
import io.hindsight.model.Quarter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Usage errors exit 2 with a one-line message naming the problem, before Spark starts. */
class QuarterlyCommandTest {
    @TempDir
    Path tmp;

    private QuarterlyCommand parse(String... args) {
        QuarterlyCommand c = new QuarterlyCommand();
        new CommandLine(c).parseArgs(args);
        return c;
    }

    @Test
    void defaultsFollowTheContract() throws Exception {
        JobConfig cfg = parse("--input", tmp.toString(), "--out", tmp.resolve("o").toString(), "--as-of", "2026-10-01").config();
        assertThat(cfg.quarter()).isEqualTo(Quarter.parse("2026-Q3"));
        assertThat(cfg.asOf()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(cfg.quartersOfHistory()).isEqualTo(4);
        assertThat(cfg.maxRejectRate()).isEqualTo(0.5);
        assertThat(cfg.maxFileSize()).isEqualTo(5L * 1024 * 1024);
        assertThat(cfg.windowStart()).isEqualTo(Quarter.parse("2025-Q3"));
        assertThat(cfg.force()).isFalse();
        assertThat(cfg.redactPeople()).isFalse();
    }

    @Test
    void allProblemsAreReportedTogether() {
        QuarterlyCommand c = parse("--input", tmp.resolve("missing").toString(), "--out", "o", "--quarter", "2026-Q5",
                "--as-of", "2026-13-01", "--max-reject-rate", "1.5");
        assertThatThrownBy(c::config).hasMessageContaining("--input: no such folder")
                .hasMessageContaining("--quarter: not a quarter")
                .hasMessageContaining("--as-of: not a date")
                .hasMessageContaining("--max-reject-rate");
    }

    @Test
    void aFileIsNotAnInputFolder() throws Exception {
        Path f = Files.writeString(tmp.resolve("x.md"), "# x");
        assertThatThrownBy(() -> parse("--input", f.toString(), "--out", "o").config()).hasMessageContaining("is a file, not a folder");
    }

    @Test
    void usageErrorsExitTwoWithOneLine() {
        PrintStream old = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.run("quarterly", "--out", "o")).isEqualTo(2);
            assertThat(Main.run("quarterly", "--input", tmp.resolve("nope").toString(), "--out", "o")).isEqualTo(2);
            assertThat(Main.run("quarterly", "--input", tmp.toString(), "--out", "o", "--bogus")).isEqualTo(2);
            assertThat(Main.run("nonsense")).isEqualTo(2);
        } finally {
            System.setErr(old);
        }
        String[] lines = buf.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).contains("--input");
        assertThat(lines[1]).contains("no such folder");
        assertThat(lines[2]).contains("--bogus");
    }
}
