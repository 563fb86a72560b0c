package io.hindsight.analyse.timing;

import io.hindsight.analyse.IncidentRef;
import io.hindsight.model.Quarter;
import io.hindsight.model.TimingMetric;
import java.util.List;

/**
 * How long incidents took: medians and p90s per quarter, the quarter's distribution with each
 * incident's value, and the quarter broken down by severity and by service. Every figure is a
 * {@link Distribution}, so its n travels with it.
 *
 * @param trends     per metric, one distribution per quarter of the trend window (oldest first)
 * @param quarter    per metric, the quarter under review
 * @param bySeverity per metric, the quarter by severity (SEV1..SEV4, then "unknown")
 * @param byService  per metric, the quarter by service (an incident counts under each of its services)
 */
public record TimingReview(List<MetricTrend> trends, List<MetricDistribution> quarter, List<Breakdown> bySeverity,
                           List<Breakdown> byService) {
    public TimingReview {
        trends = List.copyOf(trends);
        quarter = List.copyOf(quarter);
        bySeverity = List.copyOf(bySeverity);
        byService = List.copyOf(byService);
    }

    public record QuarterValue(Quarter quarter, Distribution distribution) {
    }

    public record MetricTrend(TimingMetric metric, List<QuarterValue> byQuarter) {
        public MetricTrend {
            byQuarter = List.copyOf(byQuarter);
        }
    }

    /** One incident's value of a metric. */
    public record Sample(IncidentRef incident, long minutes) {
    }

    /** @param samples by minutes then incident id */
    public record MetricDistribution(TimingMetric metric, Distribution distribution, List<Sample> samples) {
        public MetricDistribution {
            samples = List.copyOf(samples);
        }
    }

    /**
     * @param incidents incidents in the group, whether or not they state this metric
     * @param distribution over those that do
     */
    public record Group(String key, int incidents, Distribution distribution) {
    }

    /** @param dimension "severity" or "service" */
    public record Breakdown(TimingMetric metric, String dimension, List<Group> groups) {
        public Breakdown {
            groups = List.copyOf(groups);
        }
    }

    public MetricTrend trend(TimingMetric m) {
        return trends.stream().filter(t -> t.metric() == m).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no trend for " + m));
    }

    public MetricDistribution inQuarter(TimingMetric m) {
        return quarter.stream().filter(t -> t.metric() == m).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no distribution for " + m));
    }

    public Breakdown severity(TimingMetric m) {
        return bySeverity.stream().filter(t -> t.metric() == m).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no severity breakdown for " + m));
    }

    public Breakdown service(TimingMetric m) {
        return byService.stream().filter(t -> t.metric() == m).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service breakdown for " + m));
    }
}
