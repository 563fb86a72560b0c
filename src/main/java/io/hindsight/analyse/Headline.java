package io.hindsight.analyse;

import io.hindsight.analyse.timing.Distribution;
import io.hindsight.model.Quarter;
import io.hindsight.model.TimingMetric;
import java.util.List;
import java.util.Optional;

/**
 * The quarter at a glance: how many incidents (by severity, against the previous quarter and a
 * year earlier), how long they took, what they cost.
 *
 * @param previousQuarter the quarter before the one under review
 * @param yearAgoQuarter  the same quarter a year earlier
 * @param incidents       all incidents of the quarter
 * @param bySeverity      SEV1..SEV4, then "unknown" when any incident of the three quarters lacks a severity
 * @param volume          incidents per quarter of the trend window, by severity (for the trend chart)
 * @param timings         TTD, time to rollback, TTM, TTR: the quarter and the previous quarter
 * @param impact          the quarter's impact totals
 * @param impactPrevious  the previous quarter's, when the corpus covers it
 * @param impactYearAgo   a year earlier, when the corpus covers it
 */
public record Headline(Quarter previousQuarter, Quarter yearAgoQuarter, Comparison incidents,
                       List<SeverityCount> bySeverity, List<QuarterVolume> volume, List<KeyTiming> timings,
                       ImpactTotals impact, Optional<ImpactTotals> impactPrevious, Optional<ImpactTotals> impactYearAgo) {
    public Headline {
        bySeverity = List.copyOf(bySeverity);
        volume = List.copyOf(volume);
        timings = List.copyOf(timings);
    }

    public record SeverityCount(String severity, Comparison count) {
    }

    /** @param counts one per severity key (SEV1..SEV4, unknown), always all five, in order */
    public record QuarterVolume(Quarter quarter, boolean covered, int total, List<SeverityTally> counts) {
        public QuarterVolume {
            counts = List.copyOf(counts);
        }
    }

    public record SeverityTally(String severity, int count) {
    }

    /**
     * @param changeOfMedian this quarter's median minus the previous quarter's, when both have data
     */
    public record KeyTiming(TimingMetric metric, Distribution quarter, Distribution previous,
                            java.util.OptionalLong changeOfMedian) {
    }

    /**
     * Sums over the incidents whose postmortem states the figure; each {@code ...Stated} says
     * how many did (the rest are unknown, not zero).
     *
     * @param sloBreaches incidents with {@code slo_breached = true}
     * @param sloStated   incidents that say whether an SLO was breached
     */
    public record ImpactTotals(int incidents, long usersAffected, int usersStated, long failedRequests, int failedStated,
                               long revenueLossUsd, int revenueStated, long supportTickets, int ticketsStated,
                               int sloBreaches, int sloStated) {
    }
}
