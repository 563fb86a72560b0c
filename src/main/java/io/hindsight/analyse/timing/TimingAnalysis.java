package io.hindsight.analyse.timing;

import io.hindsight.analyse.Corpus;
import io.hindsight.model.IncidentRecord;
import io.hindsight.model.Quarter;
import io.hindsight.model.Severity;
import io.hindsight.model.TimingMetric;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Distributions of the CONTRACT section 4 durations across incidents. An incident contributes
 * to a metric only when its postmortem gives that duration (n says how many did).
 */
public final class TimingAnalysis {
    /** The metrics the review shows, in the order an incident runs through them. */
    public static final List<TimingMetric> SHOWN = List.of(TimingMetric.TTD, TimingMetric.TTA, TimingMetric.TIME_TO_DECLARE,
            TimingMetric.TIME_TO_IDENTIFY, TimingMetric.TIME_TO_ROLLBACK, TimingMetric.TTM, TimingMetric.TTR,
            TimingMetric.DURATION);
    /** The metrics broken down by severity and by service. */
    public static final List<TimingMetric> BROKEN_DOWN = List.of(TimingMetric.TTD, TimingMetric.TTM, TimingMetric.TTR);
    /** Key for incidents whose severity is not stated. */
    public static final String UNKNOWN = "unknown";
    /** Key for incidents that name no service. */
    public static final String NO_SERVICE = "(no service stated)";

    private TimingAnalysis() {
    }

    public static TimingReview review(Corpus corpus) {
        List<TimingReview.MetricTrend> trends = new ArrayList<>();
        List<TimingReview.MetricDistribution> quarter = new ArrayList<>();
        for (TimingMetric m : SHOWN) {
            List<TimingReview.QuarterValue> points = new ArrayList<>();
            for (Quarter q : corpus.window()) {
                points.add(new TimingReview.QuarterValue(q, distribution(corpus.in(q), m)));
            }
            trends.add(new TimingReview.MetricTrend(m, points));
            List<TimingReview.Sample> samples = new ArrayList<>();
            for (IncidentRecord r : corpus.quarterIncidents()) {
                OptionalLong v = r.incident().timings().get(m);
                if (v.isPresent()) {
                    samples.add(new TimingReview.Sample(corpus.ref(r), v.getAsLong()));
                }
            }
            samples.sort(Comparator.comparingLong(TimingReview.Sample::minutes).thenComparing(s -> s.incident().id()));
            quarter.add(new TimingReview.MetricDistribution(m, distribution(corpus.quarterIncidents(), m), samples));
        }
        List<TimingReview.Breakdown> bySeverity = new ArrayList<>();
        List<TimingReview.Breakdown> byService = new ArrayList<>();
        for (TimingMetric m : BROKEN_DOWN) {
            bySeverity.add(new TimingReview.Breakdown(m, "severity", groups(bySeverity(corpus.quarterIncidents()), m, false)));
            byService.add(new TimingReview.Breakdown(m, "service", groups(byService(corpus.quarterIncidents()), m, true)));
        }
        return new TimingReview(trends, quarter, bySeverity, byService);
    }

    /** The metric over the incidents that state it. */
    public static Distribution distribution(List<IncidentRecord> incidents, TimingMetric m) {
        List<Long> values = new ArrayList<>();
        for (IncidentRecord r : incidents) {
            r.incident().timings().get(m).ifPresent(values::add);
        }
        return Distribution.of(values);
    }

    /** SEV1..SEV4 in order, then unknown; only severities that occur. */
    static Map<String, List<IncidentRecord>> bySeverity(List<IncidentRecord> incidents) {
        Map<String, List<IncidentRecord>> out = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            List<IncidentRecord> of = incidents.stream().filter(r -> r.incident().severity().filter(s::equals).isPresent()).toList();
            if (!of.isEmpty()) {
                out.put(s.name(), of);
            }
        }
        List<IncidentRecord> unknown = incidents.stream().filter(r -> r.incident().severity().isEmpty()).toList();
        if (!unknown.isEmpty()) {
            out.put(UNKNOWN, unknown);
        }
        return out;
    }

    /** Service names compared case-insensitively and trimmed; the first spelling (by incident order) is kept. */
    static Map<String, List<IncidentRecord>> byService(List<IncidentRecord> incidents) {
        Map<String, String> spelling = new TreeMap<>();
        Map<String, List<IncidentRecord>> out = new TreeMap<>();
        for (IncidentRecord r : incidents) {
            List<String> services = r.incident().services().stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (services.isEmpty()) {
                services = List.of(NO_SERVICE);
            }
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (String s : services) {
                String key = s.toLowerCase(Locale.ROOT);
                if (seen.add(key)) {
                    spelling.putIfAbsent(key, s);
                    out.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
                }
            }
        }
        Map<String, List<IncidentRecord>> named = new LinkedHashMap<>();
        out.forEach((k, v) -> named.put(spelling.get(k), v));
        return named;
    }

    /** Groups with their distribution; by services sorted by incident count (desc) then name, severities kept in order. */
    private static List<TimingReview.Group> groups(Map<String, List<IncidentRecord>> grouped, TimingMetric m, boolean sortByCount) {
        List<TimingReview.Group> out = new ArrayList<>();
        grouped.forEach((k, v) -> out.add(new TimingReview.Group(k, v.size(), distribution(v, m))));
        if (sortByCount) {
            out.sort(Comparator.comparingInt(TimingReview.Group::incidents).reversed()
                    .thenComparing(g -> g.key().toLowerCase(Locale.ROOT)).thenComparing(TimingReview.Group::key));
        }
        return out;
    }
}
