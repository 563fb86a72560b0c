package io.hindsight.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads JSON and JSON Lines into incident objects. A file may hold one object or an array of
 * them; a JSON Lines file one object per line. Errors carry line and column.
 */
public final class JsonReader {
    /** Deepest nesting accepted; deeper documents are rejected, not recursed into. */
    static final int MAX_NESTING = 64;
    /** Bad records of one file listed one by one; the rest are summed up in one more problem. */
    static final int MAX_PROBLEMS = 100;

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

    /**
     * Parses a {@code .json} file. A syntax error, or a file that holds no incident object at
     * all (a string, an array of numbers), rejects the whole file (thrown as {@link BadJson}
     * with its reason); in an array that also holds incident objects, each element that is not
     * one is a problem of its own.
     */
    public Parsed readJson(String text) throws BadJson {
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (StreamConstraintsException e) {
            throw new BadJson(Rejection.Reason.WRONG_SHAPE, constraint(e));
        } catch (JsonProcessingException e) {
            throw new BadJson(Rejection.Reason.INVALID_JSON, describe(e));
        }
        if (root == null || root.isMissingNode()) {
            throw new BadJson(Rejection.Reason.EMPTY, "no JSON value in the file");
        }
        root = AdfText.converted(root, mapper); // Atlassian Cloud's rich text as the Markdown it says
        if (NotionPage.isPageWithBlocks(root)) {
            root = NotionPage.converted(root); // a Notion page's properties as fields, its blocks as the postmortem
        }
        if (JiraIssues.isSearchResult(root)) {
            root = JiraIssues.incidents(root); // a Jira search's issues, each review merged into the incident it reviews
        }
        JiraIssues.nameCustomFields(root, 0);
        List<Item> items = new ArrayList<>();
        Problems problems = new Problems("element");
        JsonNode array = root.isObject() ? unwrap(root) : root;
        if (array != root && array.isArray()) {
            shareZone(root, array);
        }
        if (array.isArray()) {
            if (array.isEmpty()) {
                throw new BadJson(Rejection.Reason.EMPTY, "the file holds an empty array: no incident records");
            }
            for (int i = 0; i < array.size(); i++) {
                JsonNode n = array.get(i);
                if (n.isObject()) {
                    items.add(new Item(i, n));
                } else {
                    problems.add(new Problem(i, Rejection.Reason.WRONG_SHAPE,
                            "array element " + i + " is " + kind(n) + ", expected an incident object"));
                }
            }
            if (items.isEmpty()) {
                throw new BadJson(Rejection.Reason.WRONG_SHAPE, "the file holds an array of " + array.size() + " "
                        + elementKinds(array) + " and no incident object; expected an incident object or an array of them");
            }
        } else if (array.isObject()) {
            items.add(new Item(-1, array));
        } else {
            throw new BadJson(Rejection.Reason.WRONG_SHAPE,
                    "the file holds " + kind(root) + ", expected an incident object or an array of them");
        }
        return new Parsed(items, problems.list());
    }

    /** Parses a JSON Lines file: each non-blank line is one incident; a bad line is a problem, not fatal. */
    public Parsed readJsonLines(String text) {
        List<Item> items = new ArrayList<>();
        Problems problems = new Problems("line");
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int lineNo = i + 1;
            try {
                JsonNode n = mapper.readTree(line);
                if (n != null) {
                    n = AdfText.converted(n, mapper);
                    JiraIssues.nameCustomFields(n, 0);
                }
                if (n != null && n.isObject()) {
                    items.add(new Item(lineNo, unwrap(n)));
                } else {
                    problems.add(new Problem(lineNo, Rejection.Reason.WRONG_SHAPE,
                            "line " + lineNo + " is " + kind(n) + ", expected an incident object"));
                }
            } catch (StreamConstraintsException e) {
                problems.add(new Problem(lineNo, Rejection.Reason.WRONG_SHAPE, "line " + lineNo + ": " + constraint(e)));
            } catch (JsonProcessingException e) {
                problems.add(new Problem(lineNo, Rejection.Reason.INVALID_JSON,
                        "line " + lineNo + ", " + describe(e).replaceFirst("^line 1, ", "")));
            }
        }
        return new Parsed(items, problems.list());
    }

    /**
     * The problems of one file, the first {@value #MAX_PROBLEMS} one by one and the rest as one
     * summary, so that a file of a million bad lines does not make a million reject rows.
     */
    private static final class Problems {
        private final String unit;
        private final List<Problem> list = new ArrayList<>();
        private int omitted;
        private int firstOmitted;
        private int lastOmitted;
        private Rejection.Reason omittedReason;

        Problems(String unit) {
            this.unit = unit;
        }

        void add(Problem p) {
            if (list.size() < MAX_PROBLEMS) {
                list.add(p);
                return;
            }
            if (omitted == 0) {
                firstOmitted = p.index();
                omittedReason = p.reason();
            }
            omitted++;
            lastOmitted = p.index();
        }

        List<Problem> list() {
            if (omitted == 0) {
                return List.copyOf(list);
            }
            List<Problem> out = new ArrayList<>(list);
            out.add(new Problem(-1, omittedReason, String.format(Locale.ROOT,
                    "%d more bad %ss (%s %d to %d) were rejected too; only the first %d are listed one by one",
                    omitted, unit, unit, firstOmitted, lastOmitted, MAX_PROBLEMS)));
            return out;
        }
    }

    private static String elementKinds(JsonNode array) {
        Set<String> kinds = new TreeSet<>();
        array.forEach(n -> kinds.add(kind(n).replaceFirst("^an? ", "") + (n.isNull() ? "" : "s")));
        return String.join(" and ", kinds).replace("nulls", "null values");
    }

    /**
     * Exports often wrap their incidents: {@code {"incidents": [...]}}, sometimes beside the
     * export's own fields ({@code "export_generated_at"}, a page cursor). A
     * wrapper is an object holding one of those fields and nothing an incident has itself.
     */
    private static JsonNode unwrap(JsonNode root) {
        for (String own : INCIDENT_OWN_FIELDS) {
            if (root.has(own)) {
                return root;
            }
        }
        for (java.util.Iterator<JsonNode> it = root.elements(); it.hasNext(); ) {
            JsonNode v = it.next();
            if (v.isObject() && v.size() >= 4 && RECORD_TITLES.stream().anyMatch(v::has)) {
                // one record wrapped under the tool's name ({"ticket": {...}, "audits": [...], "incidents": [...]}):
                // the arrays beside it are its sideloaded parts, not records of their own
                return root;
            }
        }
        JsonNode keyed = root.get("objects");
        if (keyed != null && keyed.isObject() && !keyed.isEmpty() && allObjects(keyed)) {
            // iTop's core/get: {"code": 0, "objects": {"Incident::587": {"class": ..., "fields": {...}}}}, records keyed by class and id
            com.fasterxml.jackson.databind.node.ArrayNode records = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
            keyed.elements().forEachRemaining(records::add);
            return records.size() == 1 ? records.get(0) : records;
        }
        JsonNode wrapped = null;
        for (java.util.Iterator<java.util.Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            java.util.Map.Entry<String, JsonNode> f = it.next();
            String name = f.getKey().toLowerCase(Locale.ROOT);
            // a single wrapped record ({"incident": {...}}, or split over "incident" and "postmortem")
            // is lifted by the extractor, which sees the export's other fields too
            JsonNode v = f.getValue();
            // "incidents": [] is an export of no incidents; "records": [] or "data": [1, 2] may hold anything
            boolean incidents = INCIDENT_ARRAYS.contains(name) && v.isArray();
            boolean records = RECORD_ARRAYS.contains(name) && v.isArray() && !v.isEmpty() && v.get(0).isObject();
            if (incidents || records) {
                if (wrapped != null) {
                    return root;
                }
                wrapped = f.getValue();
            }
        }
        if (wrapped != null && wrapped.size() == 1 && relatedBeside(root, wrapped) && !INCIDENT_ARRAYS.stream().anyMatch(root::has)) {
            // one record with its related records beside it (ServiceNow's {"result": [{...}], "related": {...}}):
            // the extractor lifts the record and sees the rest
            return root;
        }
        return wrapped == null ? root : wrapped;
    }

    private static boolean allObjects(JsonNode o) {
        for (java.util.Iterator<JsonNode> it = o.elements(); it.hasNext(); ) {
            if (!it.next().isObject()) {
                return false;
            }
        }
        return true;
    }

    /** Whether records of their own stand beside the wrapped ones (not an export's paging or metadata). */
    private static boolean relatedBeside(JsonNode root, JsonNode wrapped) {
        for (java.util.Iterator<java.util.Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            java.util.Map.Entry<String, JsonNode> f = it.next();
            if (f.getValue() != wrapped && f.getValue().isContainerNode() && !EXPORT_METADATA.contains(f.getKey().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> EXPORT_METADATA = Set.of("meta", "metadata", "_meta", "export", "links", "_links", "paging", "pagination",
            "page", "generator", "query", "filters", "headers");

    /** Fields that title a record: an object holding one beside arrays is the record they belong to. */
    private static final List<String> RECORD_TITLES = List.of("title", "subject", "summary", "short_description", "name", "headline");

    /** Names an export gives its array of incident records: {@code {"meta": {...}, "records": [...]}}. */
    private static final Set<String> INCIDENT_ARRAYS = Set.of("incidents", "postmortems");
    private static final Set<String> RECORD_ARRAYS = Set.of("records", "items", "results", "result", "entries", "rows", "reviews", "reports", "data");

    /**
     * The zone an export states once beside its records ({@code "timezone": "UTC"}, or in its
     * {@code meta}) holds for each record that states none.
     */
    private static void shareZone(JsonNode root, JsonNode records) {
        JsonNode zone = zoneOf(root);
        for (java.util.Iterator<java.util.Map.Entry<String, JsonNode>> it = root.fields(); zone == null && it.hasNext(); ) {
            // the export's own note: "meta", "export", "exportInfo", "_metadata", "export_info"
            java.util.Map.Entry<String, JsonNode> f = it.next();
            String name = f.getKey().toLowerCase(Locale.ROOT);
            if (f.getValue().isObject() && (name.contains("meta") || name.contains("export"))) {
                zone = zoneOf(f.getValue());
            }
        }
        if (zone == null || !zone.isTextual()) {
            return;
        }
        for (JsonNode r : records) {
            if (r instanceof com.fasterxml.jackson.databind.node.ObjectNode o && !o.has("timezone") && !o.has("time_zone")) {
                o.set("timezone", zone);
            }
        }
    }

    /** An object's zone field: "timezone", "timeZone", "time_zone". */
    private static JsonNode zoneOf(JsonNode o) {
        for (String key : List.of("timezone", "timeZone", "time_zone")) {
            if (o.get(key) != null) {
                return o.get(key);
            }
        }
        return null;
    }

    /** Fields of an incident itself: an object holding one is the incident, not a wrapper around it. */
    private static final List<String> INCIDENT_OWN_FIELDS = List.of("title", "name", "timeline", "milestones", "incident_timestamps",
            "severity", "root_cause");

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
        if (msg.startsWith("Trailing token")) {
            msg = "a second JSON value follows the first; put several incidents in one array, or use .jsonl for one incident per line";
        }
        if (msg.length() > 200) {
            msg = msg.substring(0, Character.isHighSurrogate(msg.charAt(199)) ? 199 : 200) + "...";
        }
        msg = wellFormed(msg);
        if (loc != null && loc.getLineNr() > 0) {
            return "line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ": " + msg;
        }
        return msg;
    }

    /**
     * The text with unpaired surrogates replaced by U+FFFD: Jackson quotes the offending char of
     * an emoji on its own ("Unexpected character ('U+D83D' ..."), which no UTF-8 writer can write.
     */
    static String wellFormed(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (paired) {
                if (sb != null) {
                    sb.append(c).append(s.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (Character.isSurrogate(c) && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (sb != null) {
                sb.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** A limit of {@link StreamReadConstraints} was hit: well-formed, perhaps, but no incident looks like that. */
    private static String constraint(StreamConstraintsException e) {
        JsonLocation loc = e.getLocation();
        String where = loc != null && loc.getLineNr() > 0 ? " at line " + loc.getLineNr() + ", column " + loc.getColumnNr() : "";
        String msg = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (msg.contains("nesting depth")) {
            return "JSON nested more than " + MAX_NESTING + " levels deep" + where + "; no incident record is shaped like that";
        }
        return "JSON value over a size limit" + where + ": " + msg.replaceAll(" \\(from `[^`]*`\\)", "");
    }

    /** The file cannot be read as incidents; {@link #reason()} says why, the message gives line and column where there are any. */
    public static final class BadJson extends Exception {
        private static final long serialVersionUID = 1L;
        private final Rejection.Reason reason;

        public BadJson(Rejection.Reason reason, String message) {
            super(message);
            this.reason = Objects.requireNonNull(reason, "reason");
        }

        public Rejection.Reason reason() {
            return reason;
        }
    }
}
