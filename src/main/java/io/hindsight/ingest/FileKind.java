package io.hindsight.ingest;

import java.util.Locale;
import java.util.Optional;

/** What a file is, by its extension (CONTRACT section 2); anything else is skipped. */
public enum FileKind {
    MARKDOWN, JSON, JSON_LINES;

    public static Optional<FileKind> of(String path) {
        String ext = extension(path);
        return switch (ext) {
            case "md", "markdown" -> Optional.of(MARKDOWN);
            case "json" -> Optional.of(JSON);
            case "jsonl", "ndjson" -> Optional.of(JSON_LINES);
            default -> Optional.empty();
        };
    }

    /** The lower-case extension without the dot, or {@code "(none)"}. */
    public static String extension(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
            return "(none)";
        }
        return name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
