package io.hindsight.extract;

import java.util.Optional;
import java.util.regex.Pattern;

/** A document's own incident id, accepted only when it is a plausible identifier. */
final class IncidentIds {
    static final int MAX_LENGTH = 80;
    /**
     * Letters, digits and the punctuation ids use ({@code INC-2026-012}, {@code PM_58}, {@code #465},
     * {@code ops/311}); no markup, quotes, controls or {@code ..}, since ids end up in anchors and
     * file names downstream.
     */
    private static final Pattern PLAUSIBLE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._:#/+-]*");
    private static final Pattern QUOTES = Pattern.compile("^[`'\"#\\[]+|[`'\"\\]]+$");
    private static final Pattern NO_ID = Pattern.compile("(?i)n/?a|none|tbd|unknown|-+");

    private IncidentIds() {
    }

    /** The id trimmed of markup and quotes; empty when blank, too long, or not a plausible identifier (see {@link #PLAUSIBLE}). */
    static Optional<String> clean(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String t = QUOTES.matcher(raw.strip()).replaceAll("").strip();
        if (t.isEmpty() || t.length() > MAX_LENGTH || !PLAUSIBLE.matcher(t).matches() || t.contains("..")) {
            return Optional.empty();
        }
        if (NO_ID.matcher(t).matches()) {
            return Optional.empty();
        }
        return Optional.of(t);
    }
}
