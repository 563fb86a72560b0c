package io.hindsight.job;

import io.hindsight.model.Quarter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Every option of a quarterly run, read once and validated (the CLI collects all problems
 * before building it).
 *
 * @param input             folder, glob or URI of postmortems
 * @param out               folder (or URI) that receives report.html and data/
 * @param quarter           the quarter under review
 * @param asOf              "today" for overdue items and the report date
 * @param quartersOfHistory earlier quarters shown for trends
 * @param taxonomy          a theme taxonomy file, else the built-in one
 * @param redactPeople      pseudonyms for people's names in the report
 * @param maxRejectRate     exit 3 above this share of rejected input files
 * @param force             allow writing into a non-empty --out
 * @param maxFileSize       files larger than this are rejected unread
 */
public record JobConfig(String input, String out, Quarter quarter, LocalDate asOf, int quartersOfHistory,
                        Optional<Path> taxonomy, boolean redactPeople, double maxRejectRate, boolean force, long maxFileSize) {
    public static final long DEFAULT_MAX_FILE_SIZE = 5L * 1024 * 1024;

    public JobConfig {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(taxonomy, "taxonomy");
        if (quartersOfHistory < 0 || quartersOfHistory > 40) {
            throw new IllegalArgumentException("--quarters-of-history must be 0..40, got " + quartersOfHistory);
        }
        if (!(maxRejectRate >= 0 && maxRejectRate <= 1)) {
            throw new IllegalArgumentException("--max-reject-rate must be between 0 and 1, got " + maxRejectRate);
        }
        if (maxFileSize <= 0) {
            throw new IllegalArgumentException("--max-file-size must be positive, got " + maxFileSize);
        }
    }

    /** The first quarter whose incidents travel in full: enough for the trend and the year-earlier comparison. */
    public Quarter windowStart() {
        return quarter.minus(Math.max(quartersOfHistory, 4));
    }
}
