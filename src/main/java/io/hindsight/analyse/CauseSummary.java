package io.hindsight.analyse;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A recurring cause as the report shows it (from the clustering stage).
 *
 * @param trend           "new", "rising", "falling" or "steady"
 * @param countByQuarter  distinct incidents per quarter ("2026-Q1" -> 3)
 */
public record CauseSummary(String id, String label, List<String> topTerms, int size, List<String> incidentIds,
                           SortedMap<String, Integer> countByQuarter, String theme, String themeName, String example,
                           String trend) {
    public CauseSummary {
        topTerms = List.copyOf(topTerms);
        incidentIds = List.copyOf(incidentIds);
        countByQuarter = new TreeMap<>(countByQuarter);
    }
}
