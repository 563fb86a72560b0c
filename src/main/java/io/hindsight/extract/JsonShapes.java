package io.hindsight.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Brings the JSON that incident tools and home-made scripts export to the native shape, before
 * {@link JsonExtractor} reads it. Each tool has a schema of its own, but they differ in a few
 * ways only, and this undoes each of them in general terms, never by tool name:
 * <ul>
 * <li>camelCase, PascalCase and Title Case keys ({@code acknowledgedAt}, {@code "Start Time"}) are
 * read as snake_case ({@code acknowledged_at}, {@code start_time});</li>
 * <li>the incident sits inside wrappers ({@code {"data": {"incident": ...}}}, {@code {"result": ...}},
 * JSON:API's {@code data.attributes}, Jira's {@code fields}), under a name of the tool's own
 * ({@code "alert_group"}, {@code "ticket"}) or is split over sibling objects ({@code "pd_incident"}
 * and {@code "postmortem"}, {@code "rca"}, {@code "retro"}): their fields are lifted to the top,
 * the outer object's own fields winning;</li>
 * <li>Jira names its custom fields in a {@code names} map ({@code customfield_10120: "Severity"}),
 * other tools in lists ({@code "custom_fields": [{"name": "Severity", "value": "Sev 2"}]});</li>
 * <li>JSON:API puts related records in {@code included[]}, each with its {@code type};</li>
 * <li>with no timeline of the native or known export kinds, the phases are timestamps, as fields
 * ({@code detected_at}, {@code u_impact_start}, {@code "Mitigated (UTC)"}) or in an object of
 * them ({@code "lifecycle": {"acked": 1773713463, ...}}) or of timed records
 * ({@code "phases": {"detected": {"at": ...}}}): they become {@code phase_stamps[]{type, at}},
 * read like an export's milestones; and the timeline is any array of records with a time and
 * a text ({@code notes[]{ts, text}}, {@code work_notes[]{sys_created_on, value}},
 * {@code log_entries[]{created_at, summary, type}}, tuples): they become
 * {@code timeline[]{time, event, kind, source}}, and {@link JsonExtractor} reads a kind that
 * names a phase as that phase and any other as a label before the text.</li>
 * </ul>
 * A native document passes through unchanged.
 */
final class JsonShapes {
    private JsonShapes() {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Objects lifted into the one holding them: wrappers, whatever they hold. */
    private static final Set<String> ALWAYS_WRAPPERS = Set.of("data", "related", "result", "results", "case", "record", "item", "payload", "metadata", "meta",
            "attributes", "fields", "details", "report", "analysis", "document", "incident", "postmortem", "post_mortem", "rca",
            "root_cause_analysis", "retro", "retrospective", "pir", "post_incident_review", "sections", "custom_fields",
            // a tool's list of the incident's one review ({"retrospectives": [{"fields": [{"label": "Root cause", ...}]}]})
            "retrospectives", "postmortems", "post_mortems");
    /**
     * Objects lifted when they are records of their own (four fields or more), not a named
     * reference such as {@code "incident_status": {"name": "Closed"}}: the parts of a split
     * record ({@code "pd_incident"}, {@code "u_pir"}, {@code "retrospective"}).
     */
    private static final Pattern WRAPPER = Pattern.compile("(?:.*incident.*|.*post_?mortem.*|.*pir|pir_.*|.*retro.*|.*review)");
    /** A review's own fields: a small {@code "review": {"root_cause": ..., "follow_ups": [...]}} is the postmortem's part. */
    private static final List<String> REVIEW_FIELDS = List.of("root_cause", "contributing_factors", "factors", "action_items", "follow_ups",
            "followups", "lessons_learned");

    /** Objects that are fields of the incident, never wrappers: {@code "impact": {...}} stays where it is. */
    private static final Set<String> NOT_WRAPPERS = Set.of("impact", "detection", "timeline", "severity", "priority", "status",
            "state", "incident_timestamps", "names", "labels", "tags");
    /** Titles under other names, in order of preference; a summary only when it is one short line. */
    private static final List<String> TITLE_FIELDS = List.of("title", "name", "incident_title", "incident_name", "headline", "subject",
            "short_description", "brief_description", "message", "heading", "topic");
    private static final List<String> SEVERITY_FIELDS = List.of("sev", "severity_level", "severity_name", "incident_severity",
            "impact_level", "grade", "impact_grade", "severity_grade", "incident_grade");
    /** Names of a record's time in event arrays. */
    static final List<String> EVENT_TIME_FIELDS = List.of("time", "timestamp", "at", "occurred_at", "when", "datetime", "ts", "at_ms",
            "event_time", "display_time", "created_at", "created", "created_date", "sys_created_on", "logged_at", "posted_at", "date_time", "occurred",
            // a spreadsheet's column ("Time (UTC)", "UTC", "Local time") exported as a key
            "time_utc", "utc_time", "utc", "time_local", "local_time", "timestamp_utc", "datetime_utc",
            // a compact log's "t", and epoch milliseconds under their own name
            "t", "ts_ms", "time_ms", "timestamp_ms", "epoch_ms");
    static final List<String> EVENT_TEXT_FIELDS = List.of("event", "detailed_description", "note_body", "comment_body", "description", "text", "message", "summary", "what", "body",
            "content", "note", "value", "title", "details", "detail", "msg", "activity", "entry", "comment", "update", "what_happened",
            "happened");
    private static final List<String> EVENT_KIND_FIELDS = List.of("kind", "type", "event_type", "category");
    private static final List<String> EVENT_SOURCE_FIELDS = List.of("source", "by", "agent", "actor", "author", "sys_created_by");
    /** Arrays that hold something other than the timeline, even when their records carry times. */
    private static final Pattern NOT_TIMELINE = Pattern.compile(
            ".*(?:action|follow|task|factor|cause|lesson|went|responder|participant|service|component|attachment|link|tag|label|impact"
                    + "|remediation|improvement|milestone|timestamp|phase_stamps).*");
    private static final Pattern TIME_KEY_SUFFIX = Pattern.compile(
            "(?:_utc|_local|_gmt)?(?:_date_time|_datetime|_at|_date|_time|_ts|_on|_timestamp|_ms|date)?(?:_utc|_local|_gmt)?$");
    /**
     * A tool's mark on its own fields: ServiceNow's {@code u_}, a prefix naming the review the field
     * belongs to ({@code pir_root_cause}, {@code rca_contributing_factors}), Salesforce's {@code __c}.
     */
    private static final Pattern CUSTOM_PREFIX = Pattern.compile("^(?:u_|x_|custom_)|_c$");
    /** A review's own fields under the review's name: {@code pir_root_cause}, {@code rca_contributing_factors} (not its {@code pir_date}). */
    private static final Pattern REVIEW_PREFIX = Pattern.compile("^(?:pir|rca|postmortem|pm)_(?=(?:root_causes?|contributing_factors|lessons_learned"
            + "|action_items|follow_ups|what_went_well|what_went_poorly|what_went_wrong|trigger|timeline)$)");
    /** Field names, without their {@code _at}/{@code _date} ending, that name a phase. */
    private static final Map<String, String> PHASE_STAMP_NAMES = Map.ofEntries(
            Map.entry("started", "started"), Map.entry("impact_start", "started"), Map.entry("impact_started", "started"),
            Map.entry("impact_began", "started"), Map.entry("incident_start", "started"), Map.entry("start", "started"),
            Map.entry("detected", "detected"), Map.entry("first_alert", "detected"), Map.entry("alerted", "detected"),
            Map.entry("acknowledged", "acknowledged"), Map.entry("acked", "acknowledged"), Map.entry("ack", "acknowledged"),
            Map.entry("declared", "declared"), Map.entry("opened", "detected"), Map.entry("promoted", "declared"),
            Map.entry("identified", "identified"), Map.entry("cause_identified", "identified"), Map.entry("cause_known", "identified"),
            Map.entry("root_cause_identified", "identified"),
            Map.entry("rollback_started", "rollback started"), Map.entry("rollback_start", "rollback started"),
            Map.entry("mitigated", "mitigated"), Map.entry("resolved", "resolved"), Map.entry("recovered", "resolved"),
            Map.entry("restored", "resolved"), Map.entry("impact_end", "resolved"), Map.entry("impact_ended", "resolved"),
            Map.entry("resolution", "resolved"), Map.entry("closed", "closed"), Map.entry("close", "closed"),
            // a bot's own words: "went_bad_at", "first_page", "paged_at", "all_clear"
            Map.entry("went_bad", "started"), Map.entry("broke", "started"), Map.entry("first_page", "detected"),
            Map.entry("paged", "detected"), Map.entry("all_clear", "resolved"),
            Map.entry("mitigation", "mitigated"), Map.entry("root_cause_found", "identified"), Map.entry("cause_found", "identified"),
            // a service desk's record: "Reported Date", "Responded Date", "Last Resolved Date"
            Map.entry("reported", "detected"), Map.entry("report", "detected"), Map.entry("created", "detected"), Map.entry("responded", "acknowledged"), Map.entry("last_acknowledged", "acknowledged"),
            Map.entry("last_resolved", "resolved"), Map.entry("response", "acknowledged"), Map.entry("first_response", "acknowledged"),
            Map.entry("first_responded", "acknowledged"),
            // TOPdesk's "callDate": when the call that reported it was taken
            Map.entry("call", "detected"));
    private static final Pattern ISO_DATE_TIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\d[T ]\\d\\d?:\\d\\d.*");
    private static final Pattern NAIVE_DATE_TIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\d[T ]\\d\\d:\\d\\d(?::\\d\\d(?:\\.\\d+)?)?");
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

    /**
     * Marks a timeline made of a ticket's notes, comments or journal (no timeline of its own):
     * people write those after the fact, so their words may tell earlier moments.
     */
    static final String NOTES_TIMELINE = "__timeline_from_notes";
    /**
     * The log an export keeps beside its phase timestamps (incident.io's updates beside its
     * {@code incident_timestamps}): its entries tell the phases the timestamps leave out.
     */
    static final String STAMPED_LOG = "__log_beside_stamps";
    private static final Set<String> STAMP_ARRAYS = Set.of("milestones", "incident_timestamps", "timestamps");

    /** The document in the native shape; the input is not changed. */
    static JsonNode normalise(JsonNode root) {
        if (!root.isObject()) {
            return root;
        }
        // a timeline kept as an API's collection ({"timeline": {"data": [...]}}), not the native array
        boolean collectedTimeline = root.path("timeline").isObject() && root.path("timeline").path("data").isArray();
        ObjectNode n = (ObjectNode) snakeKeys(root);
        entryValues(n);
        spreadIncluded(n); // first, so that the custom fields JSON:API keeps in included[] are read with the others
        customFieldLists(n, 0);
        lift(n, 0);
        unprefixed(n);
        namedSections(n);
        listHolders(n);
        keyedByTime(n);
        keyedByPhase(n, collectedTimeline);
        if (!n.has("title") && !n.has("name")) {
            title(n).ifPresent(t -> n.put("title", t));
        }
        headingNamedFields(n);
        if (!n.has("severity")) {
            for (String f : SEVERITY_FIELDS) {
                JsonNode v = n.get(f);
                if (v != null && v.isNumber()) {
                    n.put("severity", "SEV" + v.asInt());
                    break;
                } else if (v != null && !v.isNull()) {
                    n.set("severity", v);
                    break;
                }
            }
        }
        if (!n.has("priority") && n.has("prio")) {
            n.set("priority", n.get("prio"));
        }
        JsonNode priority = n.get("priority");
        if (priority != null && priority.isIntegralNumber()) {
            n.put("priority", "P" + priority.asInt());
        }
        if (!n.has("timezone") && !n.has("time_zone")) {
            zoneField(root, 0).or(() -> displayOffset(root, 0)).ifPresent(z -> n.put("timezone", z));
        }
        for (String factors : List.of("factors", "contributing", "contributing_factor", "contrib")) {
            if (!n.has("contributing_factors") && n.has(factors)) {
                n.set("contributing_factors", n.get(factors));
            }
        }
        if (!n.has("timeline") && !n.has("events") && !n.has("milestones") && !n.has("incident_timestamps")) {
            // no timeline of the kinds the native shape and the known exports have: the phases
            // stated as timestamps, and the records of any array that reads as a log
            ArrayNode stamps = phaseStamps(n);
            if (!stamps.isEmpty()) {
                if (n.path("phase_stamps").isArray()) {
                    ((ArrayNode) n.get("phase_stamps")).addAll(stamps);
                } else {
                    n.set("phase_stamps", stamps);
                }
            }
            journals(n);
            ArrayNode timeline = eventArrays(n);
            if (!timeline.isEmpty()) {
                n.set("timeline", timeline);
                n.put(NOTES_TIMELINE, true);
            }
        } else if (!n.has("timeline") && !n.has("events")) {
            ObjectNode rest = n.deepCopy();
            rest.remove(STAMP_ARRAYS);
            ArrayNode log = eventArrays(rest);
            if (!log.isEmpty()) {
                n.set(STAMPED_LOG, log);
            }
        } else if (collectedTimeline && !n.has("milestones") && !n.has("incident_timestamps")) {
            // a timeline an API kept as a collection of cells (Datadog): the record's own phase fields beside it count too
            ArrayNode stamps = phaseStamps(n);
            if (!stamps.isEmpty()) {
                n.set("phase_stamps", stamps);
            }
        }
        return n;
    }

    /**
     * A timeline kept as an object keyed by phase ({@code "timeline": {"started": 1780379250,
     * "detected": ..., "rollback_started": null}}): the phases' stamps, each told with its note
     * when an object beside it keeps notes under the same names ({@code "timeline_notes":
     * {"started": "ingest crashloop begins", ...}}).
     */
    private static void keyedByPhase(ObjectNode n, boolean collectedTimeline) {
        JsonNode timeline = n.get("timeline");
        if (timeline == null || !timeline.isObject() || collectedTimeline || !onlyTimes(timeline)) {
            return;
        }
        int phases = 0;
        for (Iterator<String> it = timeline.fieldNames(); it.hasNext(); ) {
            if (PHASE_STAMP_NAMES.containsKey(stem(it.next()))) {
                phases++;
            }
        }
        if (phases < 2) {
            return;
        }
        JsonNode notes = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (f.getValue() != timeline && f.getValue().isObject() && sameNamesWithTexts(f.getValue(), timeline)) {
                notes = f.getValue();
                break;
            }
        }
        ArrayNode stamps = NODES.arrayNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = timeline.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (isTime(e.getValue())) {
                String stem = stem(e.getKey());
                ObjectNode stamp = stamp(PHASE_STAMP_NAMES.getOrDefault(stem, stem.replace('_', ' ')), e.getValue());
                JsonNode note = notes.get(e.getKey());
                if (note != null && note.isTextual() && !note.asText().isBlank()) {
                    stamp.put("note", note.asText());
                }
                stamps.add(stamp);
            }
        }
        n.remove("timeline");
        n.set("phase_stamps", stamps);
    }

    /** An object of texts, each under a name the timeline object uses too. */
    private static boolean sameNamesWithTexts(JsonNode o, JsonNode timeline) {
        int shared = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isTextual() && !e.getValue().isNull() || !timeline.has(e.getKey())) {
                return false;
            }
            shared++;
        }
        return shared >= 2;
    }

    /** A copy with every object key in snake_case. */
    private static JsonNode snakeKeys(JsonNode node) {
        JsonNode shown = displayed(node);
        if (shown != node) {
            return shown;
        }
        if (node.isObject()) {
            ObjectNode out = NODES.objectNode();
            Set<String> keys = new java.util.HashSet<>();
            node.fieldNames().forEachRemaining(k -> keys.add(snake(k)));
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                // a time used as a key ({"2026-09-21T04:00:00Z": "run starts"}) stays a time
                String key = ISO_DATE_TIME.matcher(f.getKey()).matches() ? f.getKey() : snake(f.getKey());
                String english = inEnglish(key, f.getValue());
                if (english != null && !keys.contains(english)) {
                    key = english; // "titel", "causa_raiz", "horodatage": the native field, named in the writer's language
                }
                if (!out.has(key)) {
                    out.set(key, collection(snakeKeys(f.getValue())));
                }
            }
            return withFieldRows(out);
        }
        if (node.isArray()) {
            ArrayNode out = NODES.arrayNode();
            node.forEach(e -> out.add(snakeKeys(e)));
            return out;
        }
        return node;
    }

    /**
     * A service desk's field exported with both its stored and its displayed value
     * ({@code {"display_value": "14/08/2026 10:12:40", "value": "2026-08-14 09:12:40"}}, ServiceNow's
     * {@code sysparm_display_value=all}, ManageEngine's times) as one value: the stored one for a time,
     * which is in UTC (written without its zone) or epoch milliseconds where the displayed one is in
     * the viewer's zone, and the
     * displayed one otherwise ("2 - High" rather than "2"). Any other node is returned as it is.
     */
    static JsonNode displayed(JsonNode node) {
        if (!node.isObject() || node.size() > 3) {
            return node;
        }
        if (node.size() == 2 && node.path("type").isTextual() && FIELD_KINDS.matcher(node.path("type").asText()).matches() && node.has("value")) {
            return node.get("value"); // a typed custom field: {"type": "textarray", "value": ["...", "..."]}
        }
        JsonNode shown = node.get("display_value");
        JsonNode stored = node.get("value");
        if (shown == null || stored == null || !stored.isValueNode() || !shown.isValueNode()) {
            return node;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!k.equals("display_value") && !k.equals("value") && !k.equals("link")) {
                return node;
            }
        }
        if (isTime(stored) && stored.isTextual() && NAIVE_DATE_TIME.matcher(stored.asText()).matches()) {
            return NODES.textNode(stored.asText().replace(' ', 'T') + "Z"); // the stored time is the tool's, in UTC
        }
        if (isTime(stored) || shown.asText().isBlank()) {
            return stored;
        }
        return shown;
    }

    /** The field a postmortem's section of each kind is kept under. */
    private static final Map<io.hindsight.model.SectionKind, String> SECTION_FIELDS = Map.of(
            io.hindsight.model.SectionKind.SUMMARY, "summary", io.hindsight.model.SectionKind.ROOT_CAUSE, "root_cause",
            io.hindsight.model.SectionKind.CONTRIBUTING_FACTORS, "contributing_factors",
            io.hindsight.model.SectionKind.LESSONS_LEARNED, "lessons_learned", io.hindsight.model.SectionKind.WHAT_WENT_WELL, "what_went_well",
            io.hindsight.model.SectionKind.WHAT_WENT_POORLY, "what_went_poorly",
            // kept as its Markdown: its table or list is read as the items (JsonExtractor.actionItems)
            io.hindsight.model.SectionKind.ACTION_ITEMS, "action_items");

    /** The native fields a tracker's own field may stand for, by the kind of section its name reads as. */
    private static final Map<io.hindsight.model.SectionKind, String> HEADING_FIELDS = Map.of(
            io.hindsight.model.SectionKind.ROOT_CAUSE, "root_cause",
            io.hindsight.model.SectionKind.CONTRIBUTING_FACTORS, "contributing_factors",
            io.hindsight.model.SectionKind.ACTION_ITEMS, "action_items",
            io.hindsight.model.SectionKind.LESSONS_LEARNED, "lessons_learned",
            io.hindsight.model.SectionKind.WHAT_WENT_WELL, "what_went_well",
            io.hindsight.model.SectionKind.WHAT_WENT_POORLY, "what_went_poorly");

    /**
     * A home-grown tracker's fields named as a writer would head the sections ({@code "why"},
     * {@code "made_worse_by"}, {@code "fixes"}, {@code "learnt"}): each is the native field of the
     * kind the section catalog reads its name as, when the record has none of that field's names.
     */
    private static void headingNamedFields(ObjectNode n) {
        List<String> keys = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(keys::add);
        for (String key : keys) {
            JsonNode v = n.get(key);
            if (v.isNull() || !(v.isTextual() || v.isArray()) || key.startsWith("__")) {
                continue;
            }
            Optional<String> field = SectionCatalog.kindOf(key.replace('_', ' ')).map(HEADING_FIELDS::get);
            if (field.isEmpty()) {
                continue;
            }
            // every native field is in one of the incident's field groups, with its other names
            boolean held = JsonExtractor.INCIDENT_FIELDS.stream().filter(g -> g.contains(field.get())).flatMap(List::stream).anyMatch(n::has);
            if (!held) {
                n.set(field.get(), v);
            }
        }
    }

    /**
     * A postmortem kept as a list of titled sections ({@code "sections": [{"title": "Contributing
     * Factors", "body": "- ...\n- ..."}]}, PagerDuty's and wiki exports): each section the catalog
     * knows as the record's field of that kind, unless the record has it.
     */
    private static void namedSections(ObjectNode n) {
        JsonNode sections = n.get("sections");
        if (sections == null || !sections.isArray()) {
            return;
        }
        for (JsonNode section : sections) {
            Optional<String> title = JsonExtractor.text(section, "title", "heading", "name");
            Optional<String> body = JsonExtractor.text(section, "body", "content", "text", "markdown");
            if (title.isPresent() && body.isPresent()) {
                SectionCatalog.kindOf(title.get()).map(SECTION_FIELDS::get).filter(f -> !n.has(f)).ifPresent(f -> n.put(f, body.get()));
            }
        }
    }

    /** The kinds of a tool's custom fields ({@code "dropdown"}, {@code "textbox"}, {@code "textarray"}, {@code "autocomplete"}). */
    private static final Pattern FIELD_KINDS = Pattern.compile("(?i)dropdown|textbox|textarray|text|textarea|autocomplete|multiselect|select"
            + "|checkbox|number|date|datetime|url|user|users|string|boolean|list");

    /**
     * A record kept as rows of named fields ({@code {"busObId": ..., "fields": [{"name": "ShortDescription",
     * "displayName": "Short Description", "value": "..."}]}}, Cherwell's business objects) with those
     * fields as its own, so that a list of such records (a journal) reads as records of fields.
     */
    private static ObjectNode withFieldRows(ObjectNode record) {
        JsonNode rows = record.get("fields");
        if (rows == null || !rows.isArray() || !isFieldList(rows)) {
            return record;
        }
        for (JsonNode f : rows) {
            Optional<String> name = JsonExtractor.text(f, "name", "key", "label", "field");
            JsonNode value = captioned(f, name.orElse(""));
            if (name.isEmpty() || value == null || value.isNull() || value.isTextual() && value.asText().isEmpty()) {
                continue;
            }
            for (String as : List.of(snake(name.get()), JsonExtractor.text(f, "display_name").map(JsonShapes::snake).orElse(""))) {
                if (!as.isEmpty() && !record.has(as)) {
                    record.set(as, value);
                }
            }
        }
        return record;
    }

    /** Names an API gives the records of one page of a list. */
    private static final Set<String> PAGE_RECORDS = Set.of("records", "items", "results", "entries", "related_business_objects", "values",
            "rows", "nodes", "elements", "hits", "objects");

    /**
     * One page of a list as an API returns it ({@code {"relatedBusinessObjects": [...], "totalRecords": 16,
     * "hasError": false}}, Salesforce's {@code {"totalSize": 14, "done": true, "records": [...]}}): its
     * records, when the page holds nothing else but counts and flags; else null.
     */
    private static JsonNode recordsOfAPage(JsonNode v) {
        JsonNode records = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            JsonNode x = f.getValue();
            if (PAGE_RECORDS.contains(f.getKey()) && x.isArray()) {
                if (records != null) {
                    return null;
                }
                records = x;
            } else if (x.isContainerNode() && !x.isEmpty()) {
                return null;
            }
        }
        if (records == null || records.isEmpty()) {
            return null;
        }
        for (JsonNode r : records) {
            // BMC's REST entries keep each record's fields in "values": read as such (entryValues)
            if (!r.isObject() || r.path("values").isObject()) {
                return null;
            }
        }
        return records;
    }

    /** The keys a JSON:API collection may have beside its {@code data}. */
    private static final Set<String> COLLECTION_KEYS = Set.of("data", "meta", "links", "jsonapi");

    /**
     * A JSON:API collection held by a field ({@code "timeline": {"data": [{"type": "incident_timeline_cells",
     * "id": "c-01", "attributes": {...}}], "meta": {...}}}) as the array of its records, each record's
     * attributes beside its type and id; any other node as it is.
     */
    private static JsonNode collection(JsonNode v) {
        if (!v.isObject()) {
            return v;
        }
        JsonNode records = recordsOfAPage(v);
        if (records != null) {
            return records;
        }
        if (!(v.get("data") instanceof ArrayNode data) || data.isEmpty()) {
            return v;
        }
        for (Iterator<String> it = v.fieldNames(); it.hasNext(); ) {
            if (!COLLECTION_KEYS.contains(it.next())) {
                return v;
            }
        }
        ArrayNode out = NODES.arrayNode();
        for (JsonNode e : data) {
            if (!e.isObject() || !(e.get("attributes") instanceof ObjectNode attributes)) {
                return v;
            }
            ObjectNode record = attributes.deepCopy();
            for (String k : List.of("type", "id")) {
                if (e.has(k) && !record.has(k)) {
                    record.set(k, e.get(k));
                }
            }
            out.add(record);
        }
        return out;
    }

    /** {@code acknowledgedAt} and {@code Impact start date} as {@code acknowledged_at} and {@code impact_start_date}. */
    /** A field name under its namespace, PascalCase segments joined by dots: "Microsoft.VSTS.Common.Severity". */
    private static final Pattern NAMESPACED = Pattern.compile("[A-Z][A-Za-z0-9]*(?:\\.[A-Z][A-Za-z0-9]*)+");

    /**
     * The native field a key names in German, Spanish, Portuguese, French or Italian, as teams
     * outside the English-speaking world name their tools' fields ("titel", "schweregrad",
     * "causa_raiz", "facteurs_contributifs", "acciones", "horodatage"); null for any other key.
     * "data" is a date only when its value reads as one (an API's "data" wraps its records).
     */
    private static String inEnglish(String key, JsonNode value) {
        if (key.equals("data")) {
            return value.isTextual() && TimeExpressions.fullDateIn(value.asText()).isPresent() ? "date" : null;
        }
        return FOREIGN_KEYS.get(key);
    }

    private static final Map<String, String> FOREIGN_KEYS = foreignKeys();

    private static Map<String, String> foreignKeys() {
        Map<String, String> m = new java.util.HashMap<>();
        java.util.function.BiConsumer<String, String> put = (english, foreign) -> {
            for (String f : foreign.split(" ")) {
                m.put(f, english);
            }
        };
        put.accept("title", "titel titulo titre intitule titolo betreff asunto assunto");
        put.accept("date", "datum incident_datum vorfall_datum fecha date_incident fecha_incidente data_incidente data_do_incidente datum_vorfall vorfallsdatum data_incidente");
        put.accept("severity", "schweregrad schwere severidad severidade gravidade gravite gravita severita criticidad criticidade");
        put.accept("priority", "prioritaet prioridad prioridade priorite priorita");
        put.accept("timezone", "zeitzone zona_horaria fuso_horario fuseau fuseau_horaire fuso_orario");
        put.accept("summary", "zusammenfassung resumen resumo sumario resume riassunto sommario");
        put.accept("impact", "auswirkung auswirkungen impacto impatto");
        put.accept("timeline", "zeitverlauf zeitleiste ablauf chronologie cronologia linea_de_tiempo linha_do_tempo bitacora cronologia_eventos");
        put.accept("milestones", "hitos meilensteine marcos jalons");
        put.accept("root_cause", "ursache grundursache hauptursache causa_raiz causa_raiz_principal cause_racine cause_profonde causa_principale"
                + " causa_radice");
        put.accept("contributing_factors", "beitragende_faktoren mitwirkende_faktoren faktoren factores_contribuyentes factores fatores_contribuintes"
                + " fatores facteurs_contributifs facteurs fattori_contribuenti fattori");
        put.accept("action_items", "massnahmen acciones acciones_correctivas acoes acoes_corretivas suivis plan_d_action actions_correctives"
                + " mesures azioni aufgaben tareas tarefas");
        put.accept("lessons_learned", "lecciones lecciones_aprendidas licoes licoes_aprendidas lecons lecons_apprises erkenntnisse lektionen");
        put.accept("services", "dienste betroffene_dienste servicios servicios_afectados servicos servicos_afetados services_concernes servizi");
        put.accept("status", "estado statut stato zustand situacao situacion");
        put.accept("time", "zeit uhrzeit zeitpunkt hora heure horodatage");
        put.accept("occurred_at", "ocurrido_en ocorrido_em survenu_le");
        put.accept("event", "ereignis evento evenement");
        put.accept("text", "texto texte testo");
        put.accept("description", "beschreibung descripcion descricao descrizione");
        put.accept("type", "tipo typ");
        put.accept("source", "quelle fuente fonte");
        put.accept("action", "massnahme accion acao azione was");
        put.accept("owner", "wer verantwortlich verantwortliche responsable responsavel responsabile zustaendig");
        put.accept("due_date", "bis faellig faellig_am vence vencimiento fecha_limite prazo echeance scadenza frist");
        return Map.copyOf(m);
    }

    static String snake(String key) {
        boolean plain = true;
        for (int i = 0; i < key.length() && plain; i++) {
            char c = key.charAt(i);
            plain = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_';
        }
        if (plain) {
            return key;
        }
        if (NAMESPACED.matcher(key).matches()) {
            key = key.substring(key.lastIndexOf('.') + 1); // Azure DevOps' "System.Title", "Custom.RootCause"
        }
        // "résumé", "ações", "Maßnahmen", "fällig": the letters without their marks
        key = java.text.Normalizer.normalize(key.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue"), java.text.Normalizer.Form.NFD).replaceAll("\\p{Mn}+", "");
        return CAMEL.matcher(key.strip()).replaceAll("_").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }

    /**
     * A list of named fields ({@code "custom_fields": [{"name": "Severity", "value": "Sev 2"}]}):
     * each as a field of the record holding the list, unless the record has it already.
     */
    private static void customFieldLists(ObjectNode n, int depth) {
        if (depth > 2) {
            return;
        }
        List<String> keys = new ArrayList<>();
        n.fieldNames().forEachRemaining(keys::add);
        for (String k : keys) {
            JsonNode v = n.get(k);
            if (v.isObject()) {
                customFieldLists((ObjectNode) v, depth + 1);
            } else if (v.isArray() && v.size() == 1 && v.get(0).isObject() && !CUSTOM_FIELD_LISTS.contains(k)) {
                customFieldLists((ObjectNode) v.get(0), depth + 1); // a record in a list of one ({"Ticket": [{...}]})
            } else if (v.isArray() && (CUSTOM_FIELD_LISTS.contains(k) || isFieldList(v))) {
                for (JsonNode f : v) {
                    // incident.io's entries name their field in an object and give its values as a list
                    // ({"custom_field": {"name": "Contributing factors"}, "values": [{"value_option": {"value": ...}}]})
                    // or Rootly's ({"custom_field": {"label": "Contributing Factors"}, "value": null, "selected_options": [{"value": ...}]})
                    Optional<String> name = JsonExtractor.text(f, "name", "key", "label", "field")
                            .or(() -> JsonExtractor.text(f.path("custom_field"), "name", "label"));
                    JsonNode value = f.hasNonNull("value") ? captioned(f, name.orElse(""))
                            : f.has("values") ? customFieldValues(f.get("values")) : customFieldValues(f.get("selected_options"));
                    if (name.isPresent() && value != null && !value.isNull()) {
                        String as = snake(name.get());
                        if (!as.isEmpty() && !n.has(as)) {
                            n.set(as, value);
                        }
                        // and under the name the tool shows ("keyCaption": "Post-incident review")
                        String shown = JsonExtractor.text(f, "key_caption").map(JsonShapes::snake).orElse("");
                        if (!shown.isEmpty() && !n.has(shown)) {
                            n.set(shown, value);
                        }
                    }
                }
            }
        }
    }

    /**
     * An array of name-and-value rows whatever its name, as a spreadsheet's summary sheet exports
     * ({@code "Summary": [{"Field": "Severity", "Value": "Sev 2"}, ...]}): two rows or more, each
     * with a name, a value and at most one field besides.
     */
    private static boolean isFieldList(JsonNode v) {
        if (v.size() < 2) {
            return false;
        }
        boolean fewOthers = true;
        Set<String> schema = null;
        Set<String> names = new HashSet<>();
        for (JsonNode f : v) {
            Optional<String> name = f.isObject() && f.has("value") ? JsonExtractor.text(f, "name", "key", "label", "field") : Optional.empty();
            if (name.isEmpty()) {
                return false;
            }
            Set<String> keys = new HashSet<>();
            int others = 0;
            for (Iterator<String> it = f.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                keys.add(k);
                if (!FIELD_ROW_KEYS.contains(k)) {
                    others++;
                }
            }
            fewOthers &= others <= 1;
            if (schema == null) {
                schema = keys;
            } else if (!schema.equals(keys)) {
                schema = Set.of();
            }
            names.add(name.get());
        }
        // or a form's rows all of one shape, each field named once, none stamped (SysAid's "info" rows
        // carry "mandatory", "editable", "defaultValue" ... beside their value)
        return fewOthers || !schema.isEmpty() && names.size() == v.size() && schema.stream().noneMatch(k -> TIME_NAMED.matcher(k).matches());
    }

    /** A field row's own parts: its name, value and the captions a tool shows them with (SysAid's "info" list). */
    private static final Set<String> FIELD_ROW_KEYS = Set.of("name", "key", "label", "field", "value", "value_caption", "key_caption",
            "value_class", "display_value", "caption", "display_name", "field_id", "dirty", "html", "id", "type");

    /**
     * A field row's value: the caption a tool shows for a coded value ({@code "value": 2,
     * "valueCaption": "Very High"}), except for a time, whose stored value (epoch milliseconds) is
     * its instant where the caption is in the viewer's zone.
     */
    private static JsonNode captioned(JsonNode f, String name) {
        JsonNode value = f.get("value");
        JsonNode caption = f.has("value_caption") ? f.get("value_caption") : f.get("display_value");
        if (caption == null || !caption.isTextual() || caption.asText().isBlank() || !value.isValueNode()) {
            return value;
        }
        if (value.isNumber() && TIME_NAMED.matcher(snake(name)).matches()) {
            return value;
        }
        return value.isNumber() || value.isBoolean() ? caption : value;
    }

    private static final Set<String> CUSTOM_FIELD_LISTS = Set.of("custom_fields", "customfields", "custom_field_values", "custom_field_selections", "properties",
            "extra_fields", "fields", "custom_field_entries", "dynamic_field", "dynamic_fields");

    /** A custom field's values as one text, or a list of texts when there are several. */
    private static JsonNode customFieldValues(JsonNode values) {
        if (values == null || !values.isArray()) {
            return null;
        }
        ArrayNode out = NODES.arrayNode();
        for (JsonNode v : values) {
            JsonExtractor.text(v, "value_text", "value_link", "value_numeric", "value")
                    .or(() -> JsonExtractor.text(v.path("value_option"), "value"))
                    .or(() -> JsonExtractor.text(v.path("value_catalog_entry"), "name"))
                    .ifPresent(out::add);
        }
        return out.isEmpty() ? null : out.size() == 1 ? out.get(0) : out;
    }

    /**
     * A REST API's records kept as {@code {"entries": [{"values": {...}}]}} (one form's records per
     * key, as BMC's exports keep them): one record is the incident's own fields; several are a list.
     */
    private static void entryValues(ObjectNode n) {
        List<String> keys = new ArrayList<>();
        n.fieldNames().forEachRemaining(keys::add);
        for (String k : keys) {
            JsonNode v = n.get(k);
            JsonNode entries = v.isObject() ? v.get("entries") : null;
            if (entries == null || !entries.isArray() || entries.isEmpty()) {
                continue;
            }
            ArrayNode records = NODES.arrayNode();
            for (JsonNode e : entries) {
                if (e.isObject() && e.get("values") != null && e.get("values").isObject()) {
                    records.add(e.get("values")); // its keys already snake_case, as the whole tree's
                }
            }
            if (records.size() != entries.size()) {
                continue;
            }
            if (records.size() == 1) {
                n.remove(k);
                mergeAbsent(n, (ObjectNode) records.get(0));
            } else {
                n.set(k, records);
            }
        }
    }

    /**
     * A timeline kept as an object keyed by time ({@code "chronology": {"2026-09-21T04:00:00Z": "run
     * starts", ...}}): the timeline, its entries in the order written, unless the record has one.
     */
    private static void keyedByTime(ObjectNode n) {
        if (n.has("timeline")) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            JsonNode v = f.getValue();
            if (!v.isObject() || v.size() < 2 || NOT_TIMELINE.matcher(f.getKey()).matches()) {
                continue;
            }
            ArrayNode events = NODES.arrayNode();
            for (Iterator<Map.Entry<String, JsonNode>> e = v.fields(); e.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = e.next();
                if (!ISO_DATE_TIME.matcher(entry.getKey()).matches() || !entry.getValue().isTextual()) {
                    events = null;
                    break;
                }
                ObjectNode event = NODES.objectNode();
                event.put("time", entry.getKey());
                event.set("event", entry.getValue());
                events.add(event);
            }
            if (events != null) {
                n.set("timeline", events);
                return;
            }
        }
    }

    /**
     * A list kept in an object with its counts ({@code "task_list": {"tasks": [...], "todo_count": 2}}):
     * the list under its own name, unless the record has it.
     */
    private static void listHolders(ObjectNode n) {
        List<String> keys = new ArrayList<>();
        n.fieldNames().forEachRemaining(keys::add);
        for (String k : keys) {
            JsonNode v = n.get(k);
            if (!k.endsWith("_list") || !v.isObject()) {
                continue;
            }
            List<String> arrays = new ArrayList<>();
            v.fieldNames().forEachRemaining(f -> {
                if (v.get(f).isArray()) {
                    arrays.add(f);
                }
            });
            if (arrays.size() == 1 && !n.has(arrays.get(0))) {
                n.set(arrays.get(0), v.get(arrays.get(0)));
            }
        }
    }

    /**
     * A tool's own fields named with its custom prefix ({@code u_root_cause}, {@code x_contributing_factors},
     * {@code u_problem_tasks}) also under their plain names, unless the record has those.
     */
    private static void unprefixed(ObjectNode n) {
        List<String> keys = new ArrayList<>();
        n.fieldNames().forEachRemaining(keys::add);
        for (String k : keys) {
            String plain = REVIEW_PREFIX.matcher(CUSTOM_PREFIX.matcher(k).replaceFirst("")).replaceFirst("");
            if (!plain.equals(k) && !plain.isEmpty() && !n.has(plain)) {
                n.set(plain, n.get(k));
            }
        }
    }

    /** JSON:API's {@code included[]{type, attributes}}: each type's records as an array named by the type. */
    private static void spreadIncluded(ObjectNode n) {
        JsonNode included = n.get("included");
        if (included == null || !included.isArray()) {
            return;
        }
        for (JsonNode e : included) {
            JsonNode type = e.get("type");
            JsonNode attributes = e.get("attributes");
            if (type == null || !type.isTextual() || attributes == null || !attributes.isObject()) {
                continue;
            }
            String key = snake(type.asText());
            // "incident_action_items" is the incident's "action_items"
            key = key.startsWith("incident_") && key.length() > 9 ? key.substring(9) : key;
            if (key.equals("retrospectives") || key.equals("postmortems") || key.equals("post_mortems")) {
                mergeAbsent(n, (ObjectNode) attributes);
                continue;
            }
            JsonNode arr = n.get(key);
            if (arr == null) {
                arr = n.putArray(key);
            }
            if (arr.isArray()) {
                ((ArrayNode) arr).add(attributes);
            }
        }
    }

    /** Lifts wrapped and split-off parts of the record into it, the outer object's own fields winning. */
    private static void lift(ObjectNode n, int depth) {
        if (depth > 3) {
            return;
        }
        List<String> keys = new ArrayList<>();
        n.fieldNames().forEachRemaining(keys::add);
        boolean titled = TITLE_FIELDS.stream().anyMatch(n::has) || n.has("summary");
        // the wrappers and the incident's own parts first, so that their times win over those of
        // a record beside them under the tool's own name (a problem record's later resolution)
        for (boolean named : new boolean[] {true, false}) {
            for (String k : keys) {
                JsonNode v = n.get(k);
                if (v != null && v.isArray() && v.size() == 1 && v.get(0).isObject()
                        && (named && ALWAYS_WRAPPERS.contains(k) || !named && !titled && !NOT_TIMELINE.matcher(k).matches() && v.get(0).size() >= 4
                        && (TITLE_FIELDS.stream().anyMatch(v.get(0)::has) || v.get(0).has("summary")))) {
                    // ServiceNow's {"result": [{...}]}, Znuny's {"Ticket": [{...}]}: a list holding the one record
                    v = v.get(0);
                    n.set(k, v);
                }
                if (v == null || !v.isObject() || NOT_WRAPPERS.contains(k)) {
                    continue;
                }
                boolean holdsReview = REVIEW_FIELDS.stream().anyMatch(v::has);
                boolean wrapper = ALWAYS_WRAPPERS.contains(k) || WRAPPER.matcher(k).matches() && (v.size() >= 4 || holdsReview);
                // a record under a name of the tool's own ({"alert_group": {"title": ...}}, {"ticket": ...})
                boolean record = !titled && v.size() >= 4 && (TITLE_FIELDS.stream().anyMatch(v::has) || v.has("summary")
                        // Jira's and Azure DevOps' {"workItem": {"id": ..., "fields": {"System.Title": ...}}}
                        || v.path("fields").isObject() && TITLE_FIELDS.stream().anyMatch(v.get("fields")::has));
                if (named ? wrapper : record) {
                    ObjectNode child = (ObjectNode) v;
                    lift(child, depth + 1);
                    n.remove(k);
                    mergeAbsent(n, child);
                }
            }
        }
    }

    private static void mergeAbsent(ObjectNode into, ObjectNode from) {
        for (Iterator<Map.Entry<String, JsonNode>> it = from.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            JsonNode have = into.get(f.getKey());
            if (have == null || have.isNull()) {
                into.set(f.getKey(), f.getValue());
            }
        }
    }

    private static Optional<String> title(ObjectNode n) {
        for (String f : TITLE_FIELDS) {
            Optional<String> t = JsonExtractor.named(n.get(f));
            if (t.isPresent()) {
                return t;
            }
        }
        return JsonExtractor.text(n, "summary").filter(s -> s.length() <= 160 && s.indexOf('\n') < 0);
    }

    /** A zone named anywhere near the top: {@code "_export": {"user_timezone": "Europe/London"}}. */
    /**
     * The viewer's clock a tool displays its times on, as the offset between a time's displayed and
     * stored values ({@code "opened_at": {"display_value": "2026-02-24 09:18:07", "value": "2026-02-24
     * 14:18:07"}}: UTC-05:00): the clock of the times written in the record's text, such as a journal's
     * entries ("2026-02-24 09:27:00 - Nadia Bouchard (Work notes)"). A whole or half hour, within a day.
     */
    private static Optional<String> displayOffset(JsonNode n, int depth) {
        if (!n.isContainerNode() || depth > 3) {
            return Optional.empty();
        }
        JsonNode shown = n.get("display_value");
        JsonNode stored = n.get("value");
        if (shown != null && stored != null && shown.isTextual() && stored.isTextual()
                && NAIVE_DATE_TIME.matcher(shown.asText()).matches() && NAIVE_DATE_TIME.matcher(stored.asText()).matches()) {
            try {
                java.time.LocalDateTime a = java.time.LocalDateTime.parse(shown.asText().replace(' ', 'T'));
                java.time.LocalDateTime b = java.time.LocalDateTime.parse(stored.asText().replace(' ', 'T'));
                long minutes = java.time.Duration.between(b, a).toMinutes();
                if (minutes != 0 && minutes % 30 == 0 && Math.abs(minutes) <= 14 * 60) {
                    return Optional.of(java.time.ZoneOffset.ofTotalSeconds((int) minutes * 60).getId());
                }
            } catch (java.time.format.DateTimeParseException e) {
                // not times after all
            }
        }
        for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) {
            Optional<String> z = displayOffset(it.next(), depth + 1);
            if (z.isPresent()) {
                return z;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> zoneField(JsonNode n, int depth) {
        if (!n.isObject() || depth > 2) {
            return Optional.empty();
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String k = snake(f.getKey());
            if ((k.endsWith("timezone") || k.endsWith("time_zone") || k.equals("tz")) && f.getValue().isTextual()) {
                return Optional.of(f.getValue().asText());
            }
        }
        for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) {
            Optional<String> z = zoneField(it.next(), depth + 1);
            if (z.isPresent()) {
                return z;
            }
        }
        return Optional.empty();
    }

    /**
     * The phases stated as timestamps: fields of the record whose name is a phase
     * ({@code detected_at}, {@code u_impact_start}), and every timestamp of an object that holds
     * only timestamps ({@code lifecycle}, {@code timestamps}), whatever its names.
     */
    private static ArrayNode phaseStamps(ObjectNode n) {
        ArrayNode out = NODES.arrayNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            JsonNode v = f.getValue();
            if (isTime(v)) {
                String name = PHASE_STAMP_NAMES.get(stem(f.getKey()));
                if (name != null) {
                    out.add(stamp(name, v));
                }
            } else if (v.isObject() && !NOT_WRAPPERS.contains(f.getKey()) && onlyTimedRecords(v)) {
                // "phases": {"detected": {"at": "...", "by": "helpdesk"}, "declared": null, ...}
                for (Iterator<Map.Entry<String, JsonNode>> s = v.fields(); s.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = s.next();
                    Optional<JsonNode> at = e.getValue().isObject() ? eventTime(e.getValue()) : Optional.empty();
                    if (at.isPresent()) {
                        String stem = stem(e.getKey());
                        out.add(stamp(PHASE_STAMP_NAMES.getOrDefault(stem, stem.replace('_', ' ')), at.get()));
                    }
                }
            } else if (v.isObject() && !NOT_WRAPPERS.contains(f.getKey()) && onlyTimes(v)) {
                for (Iterator<Map.Entry<String, JsonNode>> s = v.fields(); s.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = s.next();
                    if (isTime(e.getValue())) {
                        String stem = stem(e.getKey());
                        out.add(stamp(PHASE_STAMP_NAMES.getOrDefault(stem, stem.replace('_', ' ')), e.getValue()));
                    }
                }
            } else if (v.isObject() && !NOT_WRAPPERS.contains(f.getKey()) && timesWithCounts(v)) {
                // a ticket's statistics: its times beside its counts ({"first_responded_at": ..., "resolved_at": ...,
                // "closed_at": ..., "inbound_count": 3}), the times named as phases
                for (Iterator<Map.Entry<String, JsonNode>> s = v.fields(); s.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = s.next();
                    String name = isTime(e.getValue()) ? PHASE_STAMP_NAMES.get(stem(e.getKey())) : null;
                    if (name != null) {
                        out.add(stamp(name, e.getValue()));
                    }
                }
            }
        }
        return out;
    }

    /**
     * A record's own fields that name a phase and hold its time ({@code detected_at: 2026-03-29 07:55},
     * {@code mitigatedAt}): each as its phase's name and the time as written, in the record's order.
     */
    static List<String[]> phaseFields(JsonNode record) {
        List<String[]> out = new java.util.ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = record.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String name = isTime(f.getValue()) ? PHASE_STAMP_NAMES.get(stem(snake(f.getKey()))) : null;
            if (name != null && f.getValue().isTextual()) {
                out.add(new String[] {name, f.getValue().asText()});
            }
        }
        return out;
    }

    private static ObjectNode stamp(String name, JsonNode at) {
        ObjectNode s = NODES.objectNode();
        s.put("type", name);
        s.set("at", at);
        return s;
    }

    private static String stem(String key) {
        return CUSTOM_PREFIX.matcher(TIME_KEY_SUFFIX.matcher(key).replaceFirst("")).replaceFirst("");
    }

    /** An object of two or more records, each with a time ({@code {"at": ...}}), or null; and some named as phases. */
    private static boolean onlyTimedRecords(JsonNode o) {
        int timed = 0;
        int phases = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (v.isObject() && eventTime(v).isPresent()) {
                timed++;
                phases += PHASE_STAMP_NAMES.containsKey(stem(e.getKey())) ? 1 : 0;
            } else if (!v.isNull()) {
                return false;
            }
        }
        return timed >= 2 && phases >= 2;
    }

    /** An object of two or more fields, every one a timestamp or null. */
    /** An object of times and counts, no text: two times or more with time names, one of them a phase's. */
    private static boolean timesWithCounts(JsonNode o) {
        int times = 0;
        boolean phase = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (v.isTextual() && isTime(v) && TIME_NAMED.matcher(snake(e.getKey())).matches()) {
                times++;
                phase |= PHASE_STAMP_NAMES.containsKey(stem(e.getKey()));
            } else if (v.isTextual() || v.isArray()) {
                return false;
            }
        }
        return times >= 2 && phase;
    }

    private static boolean onlyTimes(JsonNode o) {
        int times = 0;
        for (Iterator<JsonNode> it = o.elements(); it.hasNext(); ) {
            JsonNode v = it.next();
            if (isTime(v)) {
                times++;
            } else if (!v.isNull()) {
                return false;
            }
        }
        return times >= 2;
    }

    /** A date-time (an ISO date with a time) or Unix seconds or milliseconds. */
    static boolean isTime(JsonNode v) {
        return (v.isIntegralNumber() || v.isTextual())
                && (ISO_DATE_TIME.matcher(v.asText()).matches() || NUMERIC_DATE_TIME.matcher(v.asText()).matches()
                || TimeExpressions.epoch(v.asText()).isPresent());
    }

    /** A home-grown export's local stamp: "12/08/2026 14:03", "14-09-2026 08:47:10", "3/4/26 2:02 PM". */
    private static final Pattern NUMERIC_DATE_TIME = Pattern.compile("\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2}),?[ T]\\d{1,2}:\\d\\d.{0,16}");

    /**
     * The records of every array that reads as a log: objects with a time and a text, such as
     * notes, work notes, log entries or timeline additions, in the order found, with the
     * record's kind ("ack", "trigger_log_entry", "ImpactStarted").
     */
    private static ArrayNode eventArrays(ObjectNode n) {
        ArrayNode out = NODES.arrayNode();
        // the same entry kept twice (ServiceNow's work notes, and comments and work notes together) is one event
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            JsonNode arr = timelineArray(f.getValue());
            if (arr == null || f.getKey().equals("phase_stamps") || NOT_TIMELINE.matcher(f.getKey()).matches() && !isUpdateLog(arr)) {
                continue;
            }
            for (JsonNode raw : arr) {
                JsonNode e = raw.isArray() ? tuple(raw).orElse(raw) : raw;
                Optional<JsonNode> time = eventTime(e);
                Optional<String> text = JsonExtractor.entryText(e);
                if (time.isEmpty() || text.isEmpty()) {
                    continue;
                }
                if (!seen.add(time.get().asText() + '\u0000' + text.get())) {
                    continue;
                }
                ObjectNode event = NODES.objectNode();
                event.set("time", shownLocally(e, time.get()).orElse(time.get()));
                event.put("event", text.get());
                JsonExtractor.text(e, EVENT_KIND_FIELDS).ifPresent(k -> event.put("kind", k));
                JsonExtractor.named(e, EVENT_SOURCE_FIELDS).ifPresent(s -> event.put("source", s));
                out.add(event);
            }
        }
        return out;
    }

    /** Fields in which a service desk keeps its journal as one text: ServiceNow's work notes and comments, TOPdesk's request and action. */
    static final Set<String> JOURNAL_FIELDS = Set.of("work_notes", "comments", "comments_and_work_notes", "additional_comments",
            "request", "action", "journal", "activity", "history", "notes", "worklog", "work_log", "updates");
    /**
     * A journal entry's heading line: its stamp and who wrote it, then the kind of entry in
     * brackets or a colon ("2026-03-11 09:40:02 - Claire Dunn (Work notes)", "14-09-2026 08:47
     * Service Desk, Anouk:"); the words follow on the lines below.
     */
    static final Pattern JOURNAL_HEAD = Pattern.compile("(?m)^(?<stamp>\\d{4}-\\d\\d-\\d\\d[ T]\\d\\d?:\\d\\d(?::\\d\\d)?"
            + "|\\d\\d?[-/.]\\d\\d?[-/.]\\d{4},?\\s+\\d\\d?:\\d\\d(?::\\d\\d)?(?:\\s*[AaPp]\\.?[Mm]\\.?)?)"
            + "[ \\t]+(?:-[ \\t]+)?(?<who>[^\\n]{1,80}?)[ \\t]*(?:\\((?<kind>[^()\\n]{1,40})\\)|:)[ \\t]*\\r?$");

    /**
     * A journal kept as one text under a journal's name becomes its entries
     * ({@code "work_notes_entries": [{"time", "text", "source"}]}), beside the text, for the
     * timeline to read: each entry from its heading line to the next one.
     */
    private static void journals(ObjectNode n) {
        List<String> keys = new ArrayList<>();
        n.fieldNames().forEachRemaining(keys::add);
        for (String k : keys) {
            JsonNode v = n.get(k);
            if (!JOURNAL_FIELDS.contains(k) || !v.isTextual()) {
                continue;
            }
            String text = v.asText();
            java.util.regex.Matcher m = JOURNAL_HEAD.matcher(text);
            List<java.util.regex.MatchResult> heads = new ArrayList<>();
            while (m.find()) {
                heads.add(m.toMatchResult());
            }
            ArrayNode entries = NODES.arrayNode();
            for (int i = 0; i < heads.size(); i++) {
                java.util.regex.MatchResult h = heads.get(i);
                String words = text.substring(h.end(), i + 1 < heads.size() ? heads.get(i + 1).start() : text.length()).strip();
                if (words.isEmpty()) {
                    continue;
                }
                ObjectNode e = NODES.objectNode();
                e.put("time", h.group(1));
                e.put("text", words);
                e.put("source", h.group(2).strip());
                entries.add(e);
            }
            if (!entries.isEmpty()) {
                n.set(k + "_entries", entries);
            }
        }
    }

    /** The longest a field showing a record's time the way its reader saw it is. */
    private static final int MAX_SHOWN_CHARS = 160;
    private static final Pattern SHOWN_FIELD = Pattern.compile("(?i).*(?:display|pretty|formatted|local|shown|human).*");

    /**
     * A record's UTC time on the clock its tool showed it, when another of its fields shows the
     * same moment in local time ("date": "2026-10-13T14:58:12Z" beside "prettyUpdatedString":
     * "Oct 13, 2026 7:58 am ... says:"): people type that clock into their notes, so the note is
     * placed on it and the times it tells are read on it.
     */
    private static Optional<JsonNode> shownLocally(JsonNode record, JsonNode time) {
        if (!time.isTextual() || !(time.asText().endsWith("Z") || time.asText().endsWith("+00:00"))) {
            return Optional.empty();
        }
        java.time.OffsetDateTime utc;
        try {
            utc = java.time.OffsetDateTime.parse(time.asText());
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
        java.time.LocalDateTime atUtc = utc.toLocalDateTime().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        for (Iterator<Map.Entry<String, JsonNode>> it = record.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            JsonNode v = f.getValue();
            if (v == time || !v.isTextual() || v.asText().length() > MAX_SHOWN_CHARS || v.asText().indexOf(':') < 0) {
                continue;
            }
            try {
                String plain = io.hindsight.ingest.HtmlText.plain(v.asText()).strip();
                Optional<TimeExpressions.Stamp> shown = TimeExpressions.stampAtStart(plain);
                if (shown.isEmpty() || shown.get().date().isEmpty() || shown.get().time().isEmpty() || shown.get().zone().isPresent()) {
                    continue;
                }
                // a display string ("Oct 13, 2026 7:58 am Dana says:", "displayDate"), not another time of the record (a due date)
                if (!SHOWN_FIELD.matcher(f.getKey()).matches() && plain.length() <= shown.get().length()) {
                    continue;
                }
                long minutes = java.time.Duration.between(atUtc, shown.get().date().get().atTime(shown.get().time().get())).toMinutes();
                if (minutes != 0 && Math.abs(minutes) <= 14 * 60 && minutes % 15 == 0) {
                    java.time.ZoneOffset offset = java.time.ZoneOffset.ofTotalSeconds((int) minutes * 60);
                    return Optional.of(NODES.textNode(utc.withOffsetSameInstant(offset).toString()));
                }
            } catch (TimeExpressions.ImpossibleValue e) {
                // a field that is no time
            }
        }
        return Optional.empty();
    }

    /**
     * A log record written as a tuple ({@code ["2026-07-08T09:02:11Z", "change", "OTA campaign
     * started"]}) as a record: its timestamp, its longest text as the event and a short word as
     * its kind.
     */
    private static final Pattern CLOCK_TIME = Pattern.compile("\\d{1,2}[:h.]\\d{2}(?::\\d{2})?");

    static Optional<JsonNode> tuple(JsonNode t) {
        JsonNode time = null;
        String text = null;
        String kind = null;
        for (JsonNode v : t) {
            if (time == null && (isTime(v) || v.isTextual() && CLOCK_TIME.matcher(v.asText().strip()).matches())) {
                time = v; // or a time of day on the record's date: ["22:50", "WAF rule deployed"]
            } else if (v.isTextual() && (text == null || v.asText().length() > text.length())) {
                if (text != null && text.length() <= 24 && kind == null) {
                    kind = text;
                }
                text = v.asText();
            } else if (v.isTextual() && kind == null && v.asText().length() <= 24) {
                kind = v.asText();
            }
        }
        if (time == null || text == null) {
            return Optional.empty();
        }
        ObjectNode r = NODES.objectNode();
        r.set("time", time);
        r.put("text", text);
        if (kind != null) {
            r.put("kind", kind);
        }
        return Optional.of(r);
    }

    /** An array that reads as a log, itself or as an object's entries ({@code "comment": {"comments": [...]}}); else null. */
    private static JsonNode timelineArray(JsonNode v) {
        if (v.isArray()) {
            return readsAsLog(v) ? v : null;
        }
        if (v.isObject()) {
            for (Iterator<JsonNode> it = v.elements(); it.hasNext(); ) {
                JsonNode inner = it.next();
                if (inner.isArray() && readsAsLog(inner)) {
                    return inner;
                }
            }
        }
        return null;
    }

    /** Fields only an action item has: an owner, a due date, a state of its own. */
    private static final List<String> ACTION_ITEM_OWN = List.of("owner", "assignee", "assigned_to", "due", "due_date", "due_at", "deadline",
            "priority", "status", "state", "completed", "done", "is_done");

    /**
     * Whether records under an action-like name are a ticket's updates, not its action items
     * (HaloITSM's {@code "actions": [{"datetime": ..., "note": ..., "who": ..., "outcome": ...}]}):
     * two or more, each with a time and words, none with an owner, a due date or a state.
     */
    static boolean isUpdateLog(JsonNode arr) {
        if (!arr.isArray() || arr.size() < 2) {
            return false;
        }
        for (JsonNode e : arr) {
            if (!e.isObject() || eventTime(e).isEmpty() || JsonExtractor.entryText(e).isEmpty() || ACTION_ITEM_OWN.stream().anyMatch(e::has)) {
                return false;
            }
        }
        return true;
    }

    private static boolean readsAsLog(JsonNode arr) {
        int timed = 0;
        for (JsonNode e : arr) {
            if (e.isArray()) {
                timed += tuple(e).isPresent() ? 1 : 0; // ["2026-07-08T09:02:11Z", "change", "OTA campaign started"]
                continue;
            }
            if (!e.isObject()) {
                return false;
            }
            boolean time = eventTime(e).isPresent();
            boolean text = JsonExtractor.entryText(e).isPresent();
            timed += time && text ? 1 : 0;
        }
        return timed > 0 && timed * 2 >= arr.size();
    }

    /**
     * A record's time: the first of {@link #EVENT_TIME_FIELDS} that holds one, else a field named
     * like a time by the tool's own habit ("sent_at_epoch", "posted_ts", "logged_time", "t_ms").
     */
    private static Optional<JsonNode> eventTime(JsonNode e) {
        for (String k : EVENT_TIME_FIELDS) {
            JsonNode v = e.get(k);
            if (v != null && (isTime(v) || v.isTextual() && CLOCK.matcher(v.asText()).matches())) {
                return Optional.of(v);
            }
        }
        JsonNode date = e.get("date"); // iTop's log entries: {"date": "2026-04-22 12:10:12", "user_login": ..., "message": ...}
        if (date != null && isTime(date)) {
            return Optional.of(date);
        }
        return timeNamedByHabit(e);
    }

    /** A record's field named like a time by the tool's own habit ("sent_at_epoch", "posted_ts", "t_ms") that holds one. */
    static Optional<JsonNode> timeNamedByHabit(JsonNode e) {
        for (Iterator<Map.Entry<String, JsonNode>> it = e.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (TIME_NAMED.matcher(f.getKey()).matches() && isTime(f.getValue())) {
                return Optional.of(f.getValue());
            }
        }
        return Optional.empty();
    }

    /** A time of day alone under a time's own name ({"at": "1:47 PM", "what": ...}): the incident's date gives its day. */
    private static final Pattern CLOCK = Pattern.compile("\\d{1,2}:\\d\\d(?::\\d\\d)?(?:\\s?[AaPp]\\.?[Mm]\\.?)?");

    private static final Pattern TIME_NAMED = Pattern.compile(".*(?:_at|_ts|_time|timestamp|_epoch|_on|_date|_ms|_millis|_unix)(?:_\\w{1,6})?");

    /** "trigger_log_entry" as "trigger", "ImpactStarted" as "impact started", "rollback_done" as "rollback done". */
    static String kindLabel(String kind) {
        String k = CAMEL.matcher(kind.strip()).replaceAll(" ").toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
        return k.replaceFirst("\\s*log entry$", "").strip();
    }
}
