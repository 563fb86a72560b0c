package io.hindsight.analyse.causes;

import io.hindsight.model.Quarter;
import java.util.Objects;
import java.util.Optional;

/**
 * One contributing factor (or root cause) of one incident, as the clusterer sees it.
 *
 * @param factorId unique across the input, stable between runs (e.g. incident id + index)
 * @param incidentId the incident it belongs to
 * @param quarter the incident's quarter, empty when the incident has no date
 * @param text the factor as written
 * @param rootCause whether it is the incident's root cause rather than a contributing factor
 */
public record FactorInput(String factorId, String incidentId, Optional<Quarter> quarter, String text, boolean rootCause) {
    public FactorInput {
        Objects.requireNonNull(factorId, "factorId");
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(quarter, "quarter (use Optional.empty())");
        Objects.requireNonNull(text, "text");
        if (factorId.isBlank()) {
            throw new IllegalArgumentException("blank factorId for incident '" + incidentId + "'");
        }
        if (incidentId.isBlank()) {
            throw new IllegalArgumentException("blank incidentId for factor '" + factorId + "'");
        }
    }
}
