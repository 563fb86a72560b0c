package io.hindsight.model;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** Phase timestamps and the durations between them, for one incident. */
public record Timings(Map<Phase, Instant> phases, Map<TimingMetric, Long> minutes) {
    public static final Timings NONE = new Timings(Map.of(), Map.of());

    public Timings {
        phases = Collections.unmodifiableMap(phases.isEmpty() ? new EnumMap<>(Phase.class) : new EnumMap<>(phases));
        minutes = Collections.unmodifiableMap(minutes.isEmpty() ? new EnumMap<>(TimingMetric.class) : new EnumMap<>(minutes));
    }

    public Optional<Instant> at(Phase phase) {
        return Optional.ofNullable(phases.get(phase));
    }

    public OptionalLong get(TimingMetric metric) {
        Long v = minutes.get(metric);
        return v == null ? OptionalLong.empty() : OptionalLong.of(v);
    }
}
