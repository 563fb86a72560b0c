package io.hindsight.analyse.causes;

import io.hindsight.model.Quarter;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The result of {@link CauseClusterer#cluster}. All maps iterate in key order.
 *
 * @param clusters recurring causes, largest first, then by id
 * @param clusterOfFactor factor id to cluster id; unclustered factors are absent
 * @param themeOfFactor factor id to theme id for every factor, clustered or not ({@code other}
 *     when no theme fits); a clustered factor takes its cluster's theme
 * @param incidentOfFactor factor id to incident id, for every factor
 * @param quarterOfIncident incident id to quarter, for every incident that has one
 */
public record Clustering(List<CauseCluster> clusters, Map<String, String> clusterOfFactor,
        Map<String, String> themeOfFactor, Map<String, String> incidentOfFactor,
        Map<String, Quarter> quarterOfIncident) {
    public Clustering {
        clusters = List.copyOf(clusters);
        clusterOfFactor = sorted(clusterOfFactor);
        themeOfFactor = sorted(themeOfFactor);
        incidentOfFactor = sorted(incidentOfFactor);
        quarterOfIncident = sorted(quarterOfIncident);
    }

    /** A clustering without the factor-to-incident maps (then reviews see clustered factors only). */
    public Clustering(List<CauseCluster> clusters, Map<String, String> clusterOfFactor,
            Map<String, String> themeOfFactor) {
        this(clusters, clusterOfFactor, themeOfFactor, Map.of(), Map.of());
    }

    /** An empty clustering. */
    public static Clustering empty() {
        return new Clustering(List.of(), Map.of(), Map.of());
    }

    private static <V> Map<String, V> sorted(Map<String, V> map) {
        Objects.requireNonNull(map, "map");
        return Collections.unmodifiableMap(new TreeMap<>(map));
    }
}
