package io.hindsight.analyse;

import io.hindsight.model.TimingMetric;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One incident of the quarter in the incident index; its anchor is what other sections link to.
 *
 * @param severity   SEV1..SEV4 or "unknown"
 * @param detection  detection method label or "unknown"
 * @param timings    the {@link #COLUMNS} in order, each empty when the postmortem does not give it
 * @param causes     the incident's cause clusters, with their labels
 */
public record IndexRow(IncidentRef incident, String severity, List<String> services, String detection,
                       List<Timing> timings, List<ClusterRef> causes, int qualityScore, OptionalLong lagDays,
                       OptionalLong usersAffected, OptionalLong revenueLossUsd, Optional<Boolean> sloBreached,
                       Optional<String> status, int actionItems, int actionItemsDone, int warnings) {
    /** The timing columns of the index. */
    public static final List<TimingMetric> COLUMNS = List.of(TimingMetric.TTD, TimingMetric.TTM, TimingMetric.TTR);

    public IndexRow {
        services = List.copyOf(services);
        timings = List.copyOf(timings);
        causes = List.copyOf(causes);
    }

    public record Timing(TimingMetric metric, OptionalLong minutes) {
    }

    public record ClusterRef(String id, String label) {
    }
}
