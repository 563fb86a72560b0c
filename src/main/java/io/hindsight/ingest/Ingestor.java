package io.hindsight.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Turns one file's bytes into the postmortems it holds, or into the reasons it cannot be read.
 * No interpretation happens here: Markdown becomes sections, JSON becomes objects. Not
 * thread-safe (it keeps one commonmark parser): build one per partition.
 */
public final class Ingestor {
    private final MarkdownReader markdown = new MarkdownReader();
    private final JsonReader json = new JsonReader();

    /**
     * What came of one file: the postmortems read, the records that could not be, and warnings
     * about the file as a whole (such as unreadable front matter).
     */
    public record Outcome(String path, List<RawPostmortem> postmortems, List<Rejection> rejections,
                          List<String> fileWarnings) {
        public Outcome {
            postmortems = List.copyOf(postmortems);
            rejections = List.copyOf(rejections);
            fileWarnings = List.copyOf(fileWarnings);
        }

        static Outcome rejected(String path, Rejection.Reason reason, String detail) {
            return new Outcome(path, List.of(), List.of(new Rejection(path, reason, detail)), List.of());
        }
    }

    /**
     * @param path  the file's path relative to the input root
     * @param kind  what its extension says it is
     * @param bytes its content
     */
    public Outcome ingest(String path, FileKind kind, byte[] bytes) {
        Objects.requireNonNull(path, "path");
        TextDecoder.Result decoded = TextDecoder.decode(bytes);
        if (decoded instanceof TextDecoder.Failed f) {
            return Outcome.rejected(path, f.reason(), f.detail());
        }
        String text = ((TextDecoder.Decoded) decoded).text();
        String hash = sha256(bytes);
        return switch (kind) {
            case MARKDOWN -> markdown(path, hash, text);
            case JSON -> json(path, hash, text);
            case JSON_LINES -> jsonLines(path, hash, text);
        };
    }

    private Outcome markdown(String path, String hash, String text) {
        List<String> warnings = new ArrayList<>();
        MarkdownDocument doc;
        try {
            doc = markdown.read(text);
        } catch (MarkdownReader.FrontMatterException e) {
            warnings.add(e.getMessage() + "; front matter ignored");
            try {
                doc = markdown.read(FrontMatterSplit.of(text).body());
            } catch (MarkdownReader.FrontMatterException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
        warnings.addAll(doc.warnings());
        return new Outcome(path, List.of(new RawPostmortem.Markdown(path, hash, doc)), List.of(), warnings);
    }

    private Outcome json(String path, String hash, String text) {
        try {
            return toOutcome(path, hash, json.readJson(text));
        } catch (JsonReader.BadJson e) {
            if (e.reason() != Rejection.Reason.INVALID_JSON) {
                return Outcome.rejected(path, e.reason(), e.getMessage());
            }
            boolean truncated = e.getMessage().contains("end-of-input");
            return Outcome.rejected(path, Rejection.Reason.INVALID_JSON,
                    (truncated ? "truncated JSON, " : "invalid JSON, ") + e.getMessage());
        }
    }

    private Outcome jsonLines(String path, String hash, String text) {
        return toOutcome(path, hash, json.readJsonLines(text));
    }

    private static Outcome toOutcome(String path, String hash, JsonReader.Parsed parsed) {
        List<RawPostmortem> pms = new ArrayList<>();
        for (JsonReader.Item item : parsed.items()) {
            pms.add(new RawPostmortem.Json(path, hash, item.index(), item.node()));
        }
        List<Rejection> rejections = new ArrayList<>();
        boolean lines = !path.endsWith(".json");
        for (JsonReader.Problem p : parsed.problems()) {
            String where = p.index() < 0 ? path : (lines ? path + ":" + p.index() : path + "#" + p.index());
            rejections.add(new Rejection(where, p.reason(), p.detail()));
        }
        if (pms.isEmpty() && rejections.isEmpty()) {
            rejections.add(new Rejection(path, Rejection.Reason.EMPTY, "no incident records in the file"));
        }
        return new Outcome(path, pms, rejections, List.of());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present", e);
        }
    }

    /** Stable short id from a path, for incidents whose document gives none. */
    public static String pathId(String path) {
        return "pm-" + sha256(path.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }
}
