package io.hindsight.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An incident with what the analysis adds to it: its quality, its recurring-cause clusters (of
 * its root cause and contributing factors) and, of those, the cluster of its root cause.
 */
public record IncidentRecord(Incident incident, Quality quality, List<String> causeClusters, Optional<String> rootCauseCluster) {
    public IncidentRecord {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(quality, "quality");
        causeClusters = List.copyOf(causeClusters);
        Objects.requireNonNull(rootCauseCluster, "rootCauseCluster");
    }

    /** Before clustering, or when the root cause fell in no cluster. */
    public IncidentRecord(Incident incident, Quality quality, List<String> causeClusters) {
        this(incident, quality, causeClusters, Optional.empty());
    }

    public String id() {
        return incident.id();
    }
}
