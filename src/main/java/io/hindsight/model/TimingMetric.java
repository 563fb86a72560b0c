package io.hindsight.model;

/**
 * The durations of CONTRACT section 4: each is {@code to - from} in whole minutes.
 * {@link #TIME_TO_IDENTIFY} falls back to {@code DETECTED} when there is no {@code DECLARED}.
 * {@link #ROLLBACK_DURATION} only counts when the mitigation was that rollback.
 */
public enum TimingMetric {
    TTD("ttd_minutes", "Time to detect", Phase.STARTED, Phase.DETECTED),
    TTA("tta_minutes", "Time to acknowledge", Phase.DETECTED, Phase.ACKNOWLEDGED),
    TIME_TO_DECLARE("time_to_declare_minutes", "Time to declare", Phase.DETECTED, Phase.DECLARED),
    TIME_TO_IDENTIFY("time_to_identify_minutes", "Time to identify", Phase.DECLARED, Phase.IDENTIFIED),
    TIME_TO_ROLLBACK("time_to_rollback_minutes", "Time to rollback", Phase.DETECTED, Phase.ROLLBACK_STARTED),
    ROLLBACK_DURATION("rollback_duration_minutes", "Rollback duration", Phase.ROLLBACK_STARTED, Phase.MITIGATED),
    TTM("ttm_minutes", "Time to mitigate", Phase.STARTED, Phase.MITIGATED),
    TTR("ttr_minutes", "Time to restore", Phase.STARTED, Phase.RESOLVED),
    DURATION("duration_minutes", "Duration", Phase.STARTED, Phase.CLOSED);

    private final String fieldName;
    private final String label;
    private final Phase from;
    private final Phase to;

    TimingMetric(String fieldName, String label, Phase from, Phase to) {
        this.fieldName = fieldName;
        this.label = label;
        this.from = from;
        this.to = to;
    }

    public String fieldName() {
        return fieldName;
    }

    /** A human label such as "Time to detect". */
    public String label() {
        return label;
    }

    public Phase from() {
        return from;
    }

    public Phase to() {
        return to;
    }
}
