package io.hindsight.extract;

import java.util.Optional;

/** A document's own incident id, accepted only when it is a plausible identifier. */
final class IncidentIds {
    static final int MAX_LENGTH = 80;

    private IncidentIds() {
    }

    /** The id trimmed of markup and quotes; empty when blank, too long, or containing line breaks or controls. */
    static Optional<String> clean(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String t = raw.strip().replaceAll("^[`'\"#\\[]+|[`'\"\\]]+$", "").strip();
        if (t.isEmpty() || t.length() > MAX_LENGTH || t.chars().anyMatch(c -> Character.isISOControl(c))) {
            return Optional.empty();
        }
        if (t.matches("(?i)n/?a|none|tbd|unknown|-+")) {
            return Optional.empty();
        }
        return Optional.of(t);
    }
}
