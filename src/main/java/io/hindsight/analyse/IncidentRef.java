package io.hindsight.analyse;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A pointer to one incident from anywhere in the review.
 *
 * @param title  the postmortem's title when the incident travelled in full
 * @param anchor the id of its row in the incident index; present only for incidents of the
 *               quarter under review (older ones have no row to link to)
 */
public record IncidentRef(String id, Optional<String> title, Optional<LocalDate> date, Optional<String> anchor) {
    public IncidentRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(anchor, "anchor");
    }
}
