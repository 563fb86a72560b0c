package io.hindsight.analyse;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the run read: every input file is parsed, rejected or skipped.
 *
 * @param rejects rows of rejects.csv: path, reason code, detail
 */
public record RunStats(long filesSeen, long parsed, long rejected, SortedMap<String, Long> skippedByExtension, long warnings,
                       long incidents, List<Reject> rejects) {
    public RunStats {
        skippedByExtension = new TreeMap<>(skippedByExtension);
        rejects = List.copyOf(rejects);
    }

    public long skipped() {
        return skippedByExtension.values().stream().mapToLong(Long::longValue).sum();
    }

    public record Reject(String path, String reason, String detail) {
    }
}
