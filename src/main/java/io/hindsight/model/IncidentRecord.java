package io.hindsight.model;

import java.util.List;
import java.util.Objects;

/** An incident with what the analysis adds to it: its quality and its recurring-cause clusters. */
public record IncidentRecord(Incident incident, Quality quality, List<String> causeClusters) {
    public IncidentRecord {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(quality, "quality");
        causeClusters = List.copyOf(causeClusters);
    }

    public String id() {
        return incident.id();
    }
}
