package io.hindsight.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of an incident timeline.
 *
 * @param at     when it happened, in UTC; empty when the time could not be read
 * @param text   what happened, as written
 * @param source where the event was seen (a tool or person), when the timeline says
 * @param phase  the phase this event marks, if any
 */
public record TimelineEvent(Optional<Instant> at, String text, Optional<String> source, Optional<Phase> phase) {
    public TimelineEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(phase, "phase");
    }

    public TimelineEvent withPhase(Optional<Phase> newPhase) {
        return new TimelineEvent(at, text, source, newPhase);
    }
}
