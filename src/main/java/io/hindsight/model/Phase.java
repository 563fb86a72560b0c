package io.hindsight.model;

import java.util.Locale;

/** The phases of an incident, in the order they normally happen (CONTRACT section 4). */
public enum Phase {
    STARTED, DETECTED, ACKNOWLEDGED, DECLARED, IDENTIFIED, ROLLBACK_STARTED, MITIGATED, RESOLVED, CLOSED;

    /** The output field name, e.g. {@code rollback_started_at}. */
    public String fieldName() {
        return name().toLowerCase(Locale.ROOT) + "_at";
    }
}
