package io.hindsight.cli;

import io.hindsight.job.JobConfig;
import io.hindsight.job.QuarterlyJob;
import io.hindsight.model.Quarter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hindsight quarterly}: the review of one quarter (CONTRACT section 1). */
@Command(name = "quarterly", mixinStandardHelpOptions = true,
        description = "Write the quarterly review (report.html and data/) for a folder of postmortems.")
public final class QuarterlyCommand implements Callable<Integer> {
    @Option(names = "--input", required = true, description = "Folder (recursed), glob or URI of postmortems.")
    String input;

    @Option(names = "--out", required = true, description = "Folder that receives report.html and data/.")
    String out;

    @Option(names = "--quarter", description = "Quarter under review, e.g. 2026-Q3 (default: last complete quarter before --as-of).")
    String quarter;

    @Option(names = "--as-of", description = "'Today' as YYYY-MM-DD, for overdue items and the default quarter (default: the current date).")
    String asOf;

    @Option(names = "--quarters-of-history", defaultValue = "4", description = "Earlier quarters shown for trends (default: ${DEFAULT-VALUE}).")
    int quartersOfHistory;

    @Option(names = "--taxonomy", description = "Theme taxonomy file (YAML or JSON); default: built in.")
    Path taxonomy;

    @Option(names = "--redact-people", description = "Replace people's names in the report with stable pseudonyms.")
    boolean redactPeople;

    @Option(names = "--max-reject-rate", defaultValue = "0.5", description = "Exit 3 when more than this share of input files is rejected (default: ${DEFAULT-VALUE}).")
    double maxRejectRate;

    @Option(names = "--max-file-size", defaultValue = "5242880", description = "Reject files larger than this many bytes (default: ${DEFAULT-VALUE}, 5 MiB).")
    long maxFileSize;

    @Option(names = "--force", description = "Allow writing into a non-empty --out.")
    boolean force;

    @Option(names = "--master", defaultValue = "local[*]", description = "Spark master for local runs (ignored under spark-submit; default: ${DEFAULT-VALUE}).")
    String master;

    /** Reads and validates every option, reporting all problems together. */
    JobConfig config() throws Usage {
        List<String> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        if (asOf != null) {
            try {
                today = LocalDate.parse(asOf.strip());
            } catch (DateTimeParseException e) {
                problems.add("--as-of: not a date (expected YYYY-MM-DD): '" + asOf + "'");
            }
        }
        Quarter q = null;
        if (quarter != null) {
            try {
                q = Quarter.parse(quarter);
            } catch (IllegalArgumentException e) {
                problems.add("--quarter: " + e.getMessage());
            }
        } else {
            q = Quarter.lastCompleteBefore(today);
        }
        if (input.isBlank()) {
            problems.add("--input: empty");
        } else if (!input.contains("://") && !input.startsWith("file:") && !input.matches(".*[*?\\[{].*")) {
            Path p = Path.of(input);
            if (!Files.exists(p)) {
                problems.add("--input: no such folder '" + input + "'");
            } else if (!Files.isDirectory(p)) {
                problems.add("--input: '" + input + "' is a file, not a folder");
            } else if (!Files.isReadable(p)) {
                problems.add("--input: folder '" + input + "' is not readable");
            }
        }
        if (out.isBlank()) {
            problems.add("--out: empty");
        }
        if (quartersOfHistory < 0 || quartersOfHistory > 40) {
            problems.add("--quarters-of-history: must be 0..40, got " + quartersOfHistory);
        }
        if (!(maxRejectRate >= 0 && maxRejectRate <= 1)) {
            problems.add("--max-reject-rate: must be between 0 and 1, got " + maxRejectRate);
        }
        if (maxFileSize <= 0) {
            problems.add("--max-file-size: must be positive, got " + maxFileSize);
        }
        if (taxonomy != null && !Files.isReadable(taxonomy)) {
            problems.add("--taxonomy: cannot read '" + taxonomy + "'");
        }
        if (!problems.isEmpty()) {
            throw new Usage(String.join("; ", problems));
        }
        return new JobConfig(input, out, q, today, quartersOfHistory, Optional.ofNullable(taxonomy), redactPeople, maxRejectRate,
                force, maxFileSize);
    }

    @Override
    public Integer call() {
        JobConfig cfg;
        try {
            cfg = config();
        } catch (Usage e) {
            System.err.println("hindsight: " + e.getMessage());
            return Main.EXIT_USAGE;
        }
        try {
            QuarterlyJob.Result result = QuarterlyJob.runInSession(cfg, master, System.err);
            System.err.println("hindsight: " + result.message());
            return result.exitCode();
        } catch (QuarterlyJob.UsageProblem e) {
            System.err.println("hindsight: " + e.getMessage());
            return Main.EXIT_USAGE;
        } catch (Exception e) {
            System.err.println("hindsight: failed: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            return QuarterlyJob.EXIT_FAILED;
        }
    }

    /** Bad options: exit 2 before Spark starts. */
    static final class Usage extends Exception {
        private static final long serialVersionUID = 1L;

        Usage(String message) {
            super(message);
        }
    }
}
