package io.hindsight.analyse.causes;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One theme of a {@link Taxonomy}.
 *
 * @param id short lower-case id ({@code monitoring}), written to the data files
 * @param name the name people read ("Monitoring and detection gaps")
 * @param description one sentence on what belongs here
 * @param keywords words and phrases that point at the theme (analyzed like factors)
 * @param investment what to invest in when the theme recurs, an imperative phrase
 */
public record Theme(String id, String name, String description, List<String> keywords, Optional<String> investment) {
    /** The id of the catch-all theme every taxonomy has. */
    public static final String OTHER = "other";

    public Theme {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(investment, "investment");
        keywords = List.copyOf(keywords);
    }
}
