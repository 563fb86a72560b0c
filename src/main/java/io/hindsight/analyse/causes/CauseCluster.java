package io.hindsight.analyse.causes;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A recurring cause: factors of at least two incidents that say the same thing.
 *
 * @param id stable id, {@code C} + a hash of the sorted member factor ids
 * @param label a short phrase that occurs in the members' text
 * @param topTerms the most characteristic words, as written (not stemmed)
 * @param size number of member factors
 * @param incidentIds the members' incidents, sorted, distinct
 * @param countByQuarter distinct incidents per quarter ({@code 2026-Q1}); undated incidents
 *     are in {@code incidentIds} but in no quarter
 * @param theme the id of the taxonomy theme the cluster maps to
 * @param example the member factor text most central to the cluster
 * @param trend movement in the review quarter, see {@link Trend}
 */
public record CauseCluster(String id, String label, List<String> topTerms, int size, List<String> incidentIds,
        SortedMap<String, Integer> countByQuarter, String theme, String example, Trend trend) {
    public CauseCluster {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(example, "example");
        Objects.requireNonNull(trend, "trend");
        topTerms = List.copyOf(topTerms);
        incidentIds = List.copyOf(incidentIds);
        countByQuarter = Collections.unmodifiableSortedMap(new TreeMap<>(countByQuarter));
        if (size < 1) {
            throw new IllegalArgumentException("cluster " + id + " has size " + size);
        }
    }
}
