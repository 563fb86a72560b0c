package io.hindsight.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads JSON and JSON Lines into incident objects. A file may hold one object or an array of
 * them; a JSON Lines file one object per line. Errors carry line and column.
 */
public final class JsonReader {
    /** Deepest nesting accepted; deeper documents are rejected, not recursed into. */
    static final int MAX_NESTING = 64;

    private final ObjectMapper mapper;

    public JsonReader() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING)
                        .maxStringLength(5_000_000)
                        .maxNumberLength(100)
                        .build())
                .build();
        this.mapper = new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** An incident object with its index (-1 when the file is a single object), or a problem with one record. */
    public record Item(int index, JsonNode node) {
    }

    public record Problem(int index, Rejection.Reason reason, String detail) {
    }

    public record Parsed(List<Item> items, List<Problem> problems) {
    }

    /** Parses a {@code .json} file; a syntax error rejects the whole file (thrown as {@link BadJson}). */
    public Parsed readJson(String text) throws BadJson {
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new BadJson(describe(e));
        }
        List<Item> items = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (root == null || root.isMissingNode()) {
            throw new BadJson("no JSON value in the file");
        }
        if (root.isArray()) {
            if (root.isEmpty()) {
                throw new BadJson("the file holds an empty array: no incidents");
            }
            for (int i = 0; i < root.size(); i++) {
                JsonNode n = root.get(i);
                if (n.isObject()) {
                    items.add(new Item(i, n));
                } else {
                    problems.add(new Problem(i, Rejection.Reason.WRONG_SHAPE,
                            "array element " + i + " is " + kind(n) + ", expected an incident object"));
                }
            }
        } else if (root.isObject()) {
            JsonNode wrapped = unwrap(root);
            if (wrapped.isArray()) {
                for (int i = 0; i < wrapped.size(); i++) {
                    if (wrapped.get(i).isObject()) {
                        items.add(new Item(i, wrapped.get(i)));
                    } else {
                        problems.add(new Problem(i, Rejection.Reason.WRONG_SHAPE,
                                "element " + i + " is " + kind(wrapped.get(i)) + ", expected an incident object"));
                    }
                }
            } else {
                items.add(new Item(-1, wrapped));
            }
        } else {
            throw new BadJson("the file holds " + kind(root) + ", expected an incident object or an array of them");
        }
        return new Parsed(items, problems);
    }

    /** Parses a JSON Lines file: each non-blank line is one incident; a bad line is a problem, not fatal. */
    public Parsed readJsonLines(String text) {
        List<Item> items = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int lineNo = i + 1;
            try {
                JsonNode n = mapper.readTree(line);
                if (n != null && n.isObject()) {
                    items.add(new Item(lineNo, unwrap(n)));
                } else {
                    problems.add(new Problem(lineNo, Rejection.Reason.WRONG_SHAPE,
                            "line " + lineNo + " is " + kind(n) + ", expected an incident object"));
                }
            } catch (JsonProcessingException e) {
                problems.add(new Problem(lineNo, Rejection.Reason.INVALID_JSON,
                        "line " + lineNo + ": " + describe(e).replaceFirst("^line 1, ", "")));
            }
        }
        return new Parsed(items, problems);
    }

    /** Exports often wrap the incident: {@code {"incident": {...}}} or {@code {"incidents": [...]}}. */
    private static JsonNode unwrap(JsonNode root) {
        if (root.size() == 1) {
            JsonNode only = root.elements().next();
            String name = root.fieldNames().next().toLowerCase(Locale.ROOT);
            if ((name.equals("incident") || name.equals("postmortem")) && only.isObject()) {
                return only;
            }
            if ((name.equals("incidents") || name.equals("postmortems")) && only.isArray()) {
                return only;
            }
        }
        return root;
    }

    private static String kind(JsonNode n) {
        if (n == null || n.isNull()) {
            return "null";
        }
        if (n.isArray()) {
            return "an array";
        }
        if (n.isTextual()) {
            return "a string";
        }
        if (n.isNumber()) {
            return "a number";
        }
        if (n.isBoolean()) {
            return "a boolean";
        }
        return "an object";
    }

    private static String describe(JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        String msg = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        msg = msg.lines().findFirst().orElse(msg);
        if (msg.length() > 200) {
            msg = msg.substring(0, 200) + "...";
        }
        if (loc != null && loc.getLineNr() > 0) {
            return "line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ": " + msg;
        }
        return msg;
    }

    /** The file is not well-formed JSON; the message gives line and column. */
    public static final class BadJson extends Exception {
        private static final long serialVersionUID = 1L;

        public BadJson(String message) {
            super(message);
        }
    }
}
