package io.hindsight.analyse.causes;

import java.util.Objects;

/**
 * One line of the review's common factors: a recurring cause and how many incidents it took
 * part in ("Deployment without adequate testing: 5 incidents").
 *
 * @param clusterId the cluster
 * @param label its label
 * @param theme its theme id
 * @param incidentsInQuarter distinct incidents in the review quarter
 * @param incidentsOverall distinct incidents in all quarters read (undated ones included)
 * @param trend movement in the review quarter
 */
public record CommonFactor(String clusterId, String label, String theme, int incidentsInQuarter, int incidentsOverall,
        Trend trend) {
    public CommonFactor {
        Objects.requireNonNull(clusterId, "clusterId");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(trend, "trend");
    }
}
