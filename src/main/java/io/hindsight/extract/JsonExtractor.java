package io.hindsight.extract;

import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hindsight.ingest.Ingestor;
import io.hindsight.ingest.HtmlText;
import io.hindsight.ingest.RawPostmortem;
import io.hindsight.model.ActionItem;
import io.hindsight.model.ActionStatus;
import io.hindsight.model.DetectionMethod;
import io.hindsight.model.Impact;
import io.hindsight.model.Incident;
import io.hindsight.model.Phase;
import io.hindsight.model.SectionKind;
import io.hindsight.model.Severity;
import io.hindsight.model.SourceFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One JSON incident object to one {@link Incident}. Understands the native shape (the complete
 * template in snake_case, CONTRACT section 2) and two incident-tool export shapes:
 * {@code milestones[]{type, occurred_at}} with {@code tasks[]} and
 * {@code incident_timestamps[]{name, value}} with {@code follow_ups[]} (see README). Unknown
 * fields are ignored; a field of the wrong type becomes a warning and an empty value.
 */
final class JsonExtractor {
    private static final Pattern TRAILING_AT = Pattern.compile("\\s+at$");
    private static final Pattern LEADING_SEPARATORS = Pattern.compile("^[\\s\\-–—:|]+");
    private static final Pattern BARE_AMOUNT = Pattern.compile("^[\\d,.]+\\s*[kKmM]?$");
    /** A text that starts with a label of its own: "Root cause found: ...". */
    private static final Pattern OWN_LABEL = Pattern.compile("[^:;,.]{2,40}:\\s");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[,;]\\s*");
    /** Export milestone types and timestamp names, normalised, to phases. Unlisted names go through the classifier. */
    private static final Map<String, Phase> MILESTONES = Map.ofEntries(
            Map.entry("started", Phase.STARTED), Map.entry("start", Phase.STARTED), Map.entry("impact started", Phase.STARTED),
            Map.entry("impact start", Phase.STARTED), Map.entry("impact began", Phase.STARTED), Map.entry("began", Phase.STARTED),
            Map.entry("detected", Phase.DETECTED), Map.entry("reported", Phase.DETECTED), Map.entry("reported at", Phase.DETECTED),
            Map.entry("detected at", Phase.DETECTED), Map.entry("alerted", Phase.DETECTED), Map.entry("triggered", Phase.DETECTED),
            Map.entry("acknowledged", Phase.ACKNOWLEDGED), Map.entry("acknowledged at", Phase.ACKNOWLEDGED),
            Map.entry("accepted", Phase.ACKNOWLEDGED), Map.entry("accepted at", Phase.ACKNOWLEDGED),
            Map.entry("declared", Phase.DECLARED), Map.entry("declared at", Phase.DECLARED), Map.entry("opened", Phase.DECLARED),
            Map.entry("created", Phase.DECLARED),
            Map.entry("identified", Phase.IDENTIFIED), Map.entry("identified at", Phase.IDENTIFIED),
            Map.entry("rollback started", Phase.ROLLBACK_STARTED), Map.entry("rollback", Phase.ROLLBACK_STARTED),
            Map.entry("mitigated", Phase.MITIGATED), Map.entry("mitigated at", Phase.MITIGATED), Map.entry("fixed", Phase.MITIGATED),
            Map.entry("fixed at", Phase.MITIGATED), Map.entry("resolved", Phase.RESOLVED), Map.entry("resolved at", Phase.RESOLVED),
            Map.entry("recovered", Phase.RESOLVED), Map.entry("closed", Phase.CLOSED), Map.entry("closed at", Phase.CLOSED),
            Map.entry("completed", Phase.CLOSED), Map.entry("ack", Phase.ACKNOWLEDGED), Map.entry("acked", Phase.ACKNOWLEDGED),
            Map.entry("acknowledge", Phase.ACKNOWLEDGED), Map.entry("trigger", Phase.DETECTED), Map.entry("declare", Phase.DECLARED),
            Map.entry("resolve", Phase.RESOLVED), Map.entry("mitigate", Phase.MITIGATED), Map.entry("close", Phase.CLOSED),
            Map.entry("cause identified", Phase.IDENTIFIED), Map.entry("cause known", Phase.IDENTIFIED),
            Map.entry("root cause identified", Phase.IDENTIFIED), Map.entry("impact end", Phase.RESOLVED),
            Map.entry("impact ended", Phase.RESOLVED), Map.entry("restored", Phase.RESOLVED));
    private static final Set<String> NO_PHASE = Set.of("investigating", "investigation", "postmortem started", "postmortem_started",
            "postmortem completed", "postmortem", "retrospective", "documented", "monitoring", "updated", "first update");

    /** Fields that only an incident has, grouped by meaning; {@code summary} and {@code description} are not among them. */
    static final List<List<String>> INCIDENT_FIELDS = List.of(
            List.of("date", "incident_date", "date_of_incident", "started_at"),
            List.of("severity", "priority"),
            List.of("root_cause", "root_causes", "cause"),
            List.of("impact", "customer_impact_summary"),
            List.of("contributing_factors", "contributing_causes", "contributors"),
            List.of("action_items", "follow_ups", "followups", "tasks", "corrective_actions", "remediation_items", "remediations",
                    "actions", "todos", "problem_tasks", "problem_task"),
            List.of("detection", "detection_method", "ttd_minutes"),
            List.of("lessons_learned", "what_went_well", "what_went_poorly", "what_went_wrong"));

    private final TimelineAssembler.Readers readers;

    JsonExtractor(TimelineAssembler.Readers readers) {
        this.readers = readers;
    }

    Extraction extract(RawPostmortem.Json raw) {
        // abbreviations the record's places or words define ("IST" beside Dublin users is Irish time)
        return Zones.readingWith(Zones.definedIn(raw.plainText()), () -> PhaseClassifier.readingDocument(raw.plainText(), () -> read(raw)));
    }

    private Extraction read(RawPostmortem.Json raw) {
        JsonNode n = JsonShapes.normalise(raw.node());
        List<String> warnings = new ArrayList<>();
        // "03/11/2026" read in the order the record's other dates or its clocks ("SAST") show, looked up only when needed
        Supplier<Optional<Boolean>> dayOrder = memoized(() -> DayOrder.shownBy(raw.plainText()).or(() -> DayOrder.ofZones(raw.plainText())));
        Optional<String> title = text(n, "title", "name", "incident_title", "incident_name");
        boolean hasTimeline = n.has("timeline") || n.has("milestones") || n.has("incident_timestamps") || n.has("events")
                || n.has("phase_stamps");
        long incidentFields = INCIDENT_FIELDS.stream().filter(group -> group.stream().anyMatch(n::has)).count();
        if (title.isEmpty() && !(hasTimeline && incidentFields >= 1)) {
            return new Extraction.WrongShape("not an incident object: no 'title' or 'name' (and no timeline with details); found keys: "
                    + keys(n));
        }
        if (!hasTimeline && incidentFields < 2) {
            // a title and a description alone is any JSON file at all (a package.json, a calendar entry)
            return new Extraction.WrongShape("an object with a title but not an incident: it needs a timeline (timeline, milestones, "
                    + "incident_timestamps) or two of date, severity, root_cause, impact, contributing_factors, action_items, detection, "
                    + "lessons_learned; found keys: " + keys(n));
        }
        Set<SectionKind> present = EnumSet.noneOf(SectionKind.class);
        Optional<LocalDate> statedDate = date(n, warnings, dayOrder, "date", "incident_date", "date_of_incident", "incident_day");
        Optional<LocalDate> postmortemDate = date(n, warnings, dayOrder, "postmortem_date", "postmortem_written_date", "review_date");

        // Timeline: native timeline[] or an export's milestones / timestamps
        List<TimelineReader.Entry> entries = new ArrayList<>();
        List<Optional<PhaseClassifier.Classification>> fixed = new ArrayList<>();
        JsonNode timelineObject = n.get("timeline");
        Optional<ZoneId> statedZone = text(n, "timezone", "time_zone").flatMap(z -> Zones.parse(z).or(() -> Zones.find(z)))
                .or(() -> timelineObject != null && timelineObject.isObject()
                        ? text(timelineObject, "timezone", "time_zone").flatMap(Zones::parse) : Optional.empty());
        readTimeline(n, entries, fixed, warnings, dayOrder);
        boolean notes = n.path(JsonShapes.NOTES_TIMELINE).asBoolean();
        Optional<ZoneId> zone = statedZone.or(() -> notes ? NoteMoments.clockOfNaiveNotes(entries) : Optional.empty());
        if (notes) {
            NoteMoments.addTold(entries, fixed, zone);
        }
        readPhaseStamps(n, entries, fixed, warnings, dayOrder);
        readLogBesideStamps(n, entries, fixed, warnings, dayOrder);
        inTimeOrder(entries, fixed);
        if (entries.size() > TimelineReader.MAX_ENTRIES) {
            warnings.add("timeline has " + entries.size() + " entries, more than " + TimelineReader.MAX_ENTRIES + "; the rest were not read");
            entries.subList(TimelineReader.MAX_ENTRIES, entries.size()).clear();
            fixed.subList(TimelineReader.MAX_ENTRIES, fixed.size()).clear();
        }
        if (!entries.isEmpty()) {
            present.add(SectionKind.TIMELINE);
        }
        JsonNode timelineNode = n.get("timeline");
        boolean twelveHourClock = timelineNode != null && TimelineClock.writesTwelveHourClock(timelineNode.toString());
        TimelineClock.Result placed = TimelineClock.place(entries, statedDate, zone, twelveHourClock);
        warnings.addAll(placed.warnings());
        JsonNode detection = n.get("detection");
        OptionalLong statedTtd = OptionalLong.empty();
        Optional<DetectionMethod> detectedBy = Optional.empty();
        if (detection != null && detection.isObject()) {
            present.add(SectionKind.DETECTION);
            statedTtd = number(detection, warnings, "ttd_minutes", "time_to_detect_minutes", "ttd");
            detectedBy = text(detection, "method", "how", "source", "detected_by").flatMap(DetectionMethods::of);
        } else if (detection != null && detection.isTextual()) {
            present.add(SectionKind.DETECTION);
            detectedBy = DetectionMethods.of(detection.asText());
        }
        if (statedTtd.isEmpty()) {
            statedTtd = number(n, warnings, "ttd_minutes", "time_to_detect_minutes");
        }
        if (detectedBy.isEmpty()) {
            detectedBy = text(n, "detection_method", "detected_by", "detection_source").flatMap(DetectionMethods::of);
        }
        List<String> statedFactors = strings(n, warnings, "contributing_factors", "contributing_causes", "contributors");
        List<ActionItem> statedActions = actionItems(n, warnings, statedDate.or(placed::firstDate));
        Optional<String> statedCause = textOrSummary(n.get("root_cause")).or(() -> textOrSummary(n.get("root_causes")))
                .or(() -> textOrSummary(n.get("cause")));
        // a ticket whose review is a short postmortem written in one of its notes
        MarkdownExtractor.NoteReview note = statedCause.isPresent() && !statedFactors.isEmpty() && !statedActions.isEmpty()
                ? MarkdownExtractor.NoteReview.NONE : noteReview(n);
        Optional<String> rootCause = statedCause.or(note::rootCause);
        List<Optional<PhaseClassifier.Classification>> fixedPlaced = fixed;
        TimelineAssembler.Assembled assembled = TimelineAssembler.assemble(placed.events(), placed.dated(),
                i -> i < fixedPlaced.size() ? fixedPlaced.get(i) : Optional.empty(), statedTtd, rootCause, readers);
        warnings.addAll(assembled.warnings());
        Optional<DetectionMethod> detectionMethod = detectedBy.or(assembled::detectedBy);

        Impact impact = impact(n, present, warnings);
        rootCause.ifPresent(r -> present.add(SectionKind.ROOT_CAUSE));
        List<String> factors = statedFactors.isEmpty() ? note.factors() : statedFactors;
        if (!factors.isEmpty() || n.has("contributing_factors")) {
            present.add(SectionKind.CONTRIBUTING_FACTORS);
        }
        List<ActionItem> actions = statedActions.isEmpty() ? note.actions() : statedActions;
        if (!actions.isEmpty()) {
            present.add(SectionKind.ACTION_ITEMS);
        }
        Optional<String> summary = text(n, "summary", "executive_summary", "description", "customer_impact_summary");
        summary.ifPresent(s -> present.add(SectionKind.SUMMARY));
        List<String> well = strings(n, warnings, "what_went_well", "went_well");
        List<String> poorly = strings(n, warnings, "what_went_poorly", "what_went_wrong", "went_wrong");
        List<String> lessons = strings(n, warnings, "lessons_learned", "lessons", "learnings");
        if (!well.isEmpty()) {
            present.add(SectionKind.WHAT_WENT_WELL);
        }
        if (!poorly.isEmpty()) {
            present.add(SectionKind.WHAT_WENT_POORLY);
        }
        if (!lessons.isEmpty()) {
            present.add(SectionKind.LESSONS_LEARNED);
        }
        JsonNode impactWord = n.get("impact");
        Optional<Severity> severity = named(n.get("severity")).flatMap(Severity::parse)
                .or(() -> named(n.get("priority")).flatMap(Severity::parse))
                // a status page's incident states its size as "impact": "critical" | "major" | "minor"
                .or(() -> impactWord != null && impactWord.isTextual() ? Severity.parse(impactWord.asText()) : Optional.empty())
                // an issue tracker's labels: "sev2", "Sev::1", "severity::3"
                .or(() -> labelNames(n).flatMap(MarkdownExtractor::severityLabel));
        if (severity.isPresent() || statedDate.isPresent()) {
            present.add(SectionKind.METADATA);
        }
        Optional<String> docId = text(n, "id", "incident_id", "reference", "ref", "key", "number").flatMap(IncidentIds::clean);
        String id = docId.orElseGet(() -> Ingestor.pathId(raw.location()));
        Incident incident = new Incident(id, raw.location(), SourceFormat.JSON, title, statedDate.or(placed::firstDate), severity,
                named(n.get("status")).or(() -> named(n.get("incident_status"))),
                names(n, warnings, "services", "affected_services", "service", "components"),
                named(n.get("author")).or(() -> named(n.get("postmortem_author"))),
                names(n, warnings, "participants", "responders", "attendees"),
                postmortemDate, summary, assembled.events(), assembled.timings(),
                text(n, "duration").map(MarkdownExtractor::statedDuration).orElse(number(n, warnings, "stated_duration_minutes", "duration_minutes")),
                impact, detectionMethod, rootCause, factors, actions, well, poorly, lessons, present, warnings);
        return new Extraction.Extracted(incident);
    }

    /** A record's labels or tags as one text ("incident, sev2, team:checkout"), names taken from label objects. */
    private static Optional<String> labelNames(JsonNode n) {
        List<String> names = new ArrayList<>();
        for (String f : List.of("labels", "tags")) {
            JsonNode v = n.get(f);
            if (v != null && v.isArray()) {
                for (JsonNode l : v) {
                    (l.isTextual() ? Optional.of(l.asText()) : text(l, "name", "title")).ifPresent(names::add);
                }
            }
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", names));
    }

    /** Texts longer than this are not read as a note's postmortem. */
    private static final int MAX_NOTE_CHARS = 20_000;
    /** Most texts of a record tried as a note's postmortem. */
    private static final int MAX_NOTES = 200;

    /**
     * The review of the record's texts (its notes, comments, description, resolution) that
     * holds the most of a postmortem's parts: a later one wins a tie, as a ticket's review is
     * usually written last.
     */
    private static MarkdownExtractor.NoteReview noteReview(JsonNode n) {
        List<String> texts = new ArrayList<>();
        notes(n, texts, 0);
        MarkdownExtractor.NoteReview best = MarkdownExtractor.NoteReview.NONE;
        for (String t : texts) {
            MarkdownExtractor.NoteReview r = MarkdownExtractor.reviewIn(t);
            if (r.parts() > 0 && r.parts() >= best.parts()) {
                best = r;
            }
        }
        return best;
    }

    /** The record's texts of several lines, in document order, HTML read as text. */
    private static void notes(JsonNode node, List<String> out, int depth) {
        if (depth > 5 || out.size() >= MAX_NOTES) {
            return;
        }
        if (node.isTextual()) {
            String t = node.asText();
            if (t.length() <= MAX_NOTE_CHARS && t.length() >= 40) {
                String plain = t.indexOf('<') >= 0 || t.indexOf('&') >= 0 ? HtmlText.lines(t) : t;
                if (plain.indexOf('\n') >= 0) {
                    out.add(plain);
                }
            }
        } else if (node.isContainerNode()) {
            node.forEach(c -> notes(c, out, depth + 1));
        }
    }

    private static String keys(JsonNode n) {
        List<String> keys = new ArrayList<>();
        n.fieldNames().forEachRemaining(keys::add);
        keys.sort(null);
        List<String> shown = keys.stream().limit(12).map(TimelineReader::abbreviate).toList();
        return keys.isEmpty() ? "(none)" : String.join(", ", shown) + (keys.size() > 12 ? ", ..." : "");
    }

    /** A timeline given as an object holding its events ({"timezone": "UTC", "events": [...]}) is those events. */
    private static JsonNode timelineEvents(JsonNode t) {
        if (t != null && t.isObject()) {
            for (String inner : List.of("events", "entries", "items", "nodes", "edges")) {
                JsonNode e = t.get(inner);
                if (e != null && e.isArray()) {
                    // a GraphQL connection: {"edges": [{"node": {...}}]}
                    com.fasterxml.jackson.databind.node.ArrayNode nodes = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
                    e.forEach(x -> nodes.add(x.has("node") && x.get("node").isObject() ? x.get("node") : x));
                    return nodes;
                }
            }
        }
        return t;
    }

    private void readTimeline(JsonNode n, List<TimelineReader.Entry> entries, List<Optional<PhaseClassifier.Classification>> fixed,
                              List<String> warnings, Supplier<Optional<Boolean>> dayOrder) {
        for (String field : List.of("timeline", "events")) {
            JsonNode t = timelineEvents(n.get(field));
            if (t == null) {
                continue;
            }
            if (!t.isArray()) {
                warnings.add("'" + field + "' is not an array; ignored");
                continue;
            }
            for (JsonNode raw : t) {
                if (raw.isTextual()) {
                    entryFromLine(raw.asText(), entries, fixed, warnings, dayOrder);
                    continue;
                }
                // ["2026-02-03T13:58:00-05:00", "terraform apply ..."]: a log record written as a tuple
                JsonNode e = raw.isArray() ? JsonShapes.tuple(raw).orElse(raw) : raw;
                String time = text(e, JsonShapes.EVENT_TIME_FIELDS)
                        .or(() -> JsonShapes.timeNamedByHabit(e).map(JsonNode::asText)).orElse("");
                String date = text(e, "date").orElse("");
                String event = entryText(e).orElse("");
                // A tool's kind of entry: one that names a phase ("ack", "resolve_log_entry") is that
                // phase; another one stands before the text as a label ("rca: ..."), unless the text
                // has a label of its own ("Root cause found: ...").
                Optional<String> kind = text(e, "kind", "type", "event_type", "category");
                Optional<PhaseClassifier.Classification> stated = kind.flatMap(this::milestonePhase)
                        .filter(c -> c.phase().isPresent());
                if (kind.isPresent() && stated.isEmpty() && !event.isEmpty() && !OWN_LABEL.matcher(event).lookingAt()) {
                    event = JsonShapes.kindLabel(kind.get()) + ": " + event;
                }
                Optional<String> source = text(e, "source", "who", "by", "actor", "tool");
                stamp((date + " " + time).strip(), event, source, stated, entries, fixed, warnings, dayOrder);
            }
            if (!n.has("milestones")) {
                return;
            }
            break; // an export that keeps both: its events tell what happened, its milestones when each phase began
        }
        JsonNode milestones = n.get("milestones");
        if (milestones != null && milestones.isArray()) {
            for (JsonNode m : milestones) {
                String type = text(m, "type", "name", "milestone").orElse("");
                String at = text(m, "occurred_at", "at", "timestamp", "time", "value", "at_ms", "ts").orElse("");
                Optional<String> said = text(m, "text", "note", "description", "message", "summary");
                stamp(at, said.map(t -> JsonShapes.kindLabel(type) + ": " + t).orElse(type), Optional.empty(), milestonePhase(type),
                        entries, fixed, warnings, dayOrder);
            }
            return;
        }
        JsonNode stamps = n.get("incident_timestamps");
        if (stamps == null) {
            stamps = n.get("timestamps");
        }
        if (stamps != null && stamps.isArray()) {
            for (JsonNode m : stamps) {
                String name = named(m.get("incident_timestamp")).or(() -> text(m, "name", "type", "label")).orElse("");
                JsonNode v = m.get("value");
                String at = v != null && v.isObject() ? text(v, "value", "at", "timestamp").orElse("") : text(m, "value", "at", "timestamp").orElse("");
                if (at.isBlank()) {
                    continue;
                }
                stamp(at, name, Optional.empty(), milestonePhase(name), entries, fixed, warnings, dayOrder);
            }
        }
    }

    /** The phases an export states as timestamps (see {@link JsonShapes}), read like milestones. */
    private void readPhaseStamps(JsonNode n, List<TimelineReader.Entry> entries, List<Optional<PhaseClassifier.Classification>> fixed,
                                 List<String> warnings, Supplier<Optional<Boolean>> dayOrder) {
        JsonNode stamps = n.get("phase_stamps");
        if (stamps == null || !stamps.isArray()) {
            return;
        }
        for (JsonNode m : stamps) {
            String type = text(m, "type").orElse("");
            // the stamp told with its note when the export keeps one ("detected": "Alert ClosureFeedStale paged ...")
            stamp(text(m, "at").orElse(""), text(m, "note").map(t -> JsonShapes.kindLabel(type) + ": " + t).orElse(type), Optional.empty(),
                    milestonePhase(type), entries, fixed, warnings,
                    dayOrder);
        }
    }

    /**
     * The entries of a log kept beside phase timestamps ({@link JsonShapes#STAMPED_LOG}) that
     * tell a phase no timestamp states ("Acked the page" where the tool has no acknowledgement
     * stamp); the tool's own timestamps stand for the rest, and the log's other entries stay out.
     */
    private void readLogBesideStamps(JsonNode n, List<TimelineReader.Entry> entries, List<Optional<PhaseClassifier.Classification>> fixed,
                                     List<String> warnings, Supplier<Optional<Boolean>> dayOrder) {
        JsonNode log = n.get(JsonShapes.STAMPED_LOG);
        if (log == null) {
            return;
        }
        // the phases the stamps state, by their names ("Impact reduced" read as the classifier reads it)
        Set<Phase> stamped = EnumSet.noneOf(Phase.class);
        for (int i = 0; i < entries.size(); i++) {
            TimelineReader.Entry stamp = entries.get(i);
            fixed.get(i).or(() -> Optional.of(readers.classifier().classify(stamp.text(), stamp.source())))
                    .flatMap(PhaseClassifier.Classification::phase).ifPresent(stamped::add);
        }
        Optional<java.time.Instant> firstStamp = entries.stream().map(JsonExtractor::instantOf).flatMap(Optional::stream)
                .min(java.util.Comparator.naturalOrder());
        TimelineReader.Entry earliest = null;
        java.time.Instant earliestAt = null;
        for (JsonNode e : log) {
            String event = text(e, "event").orElse("");
            Optional<String> source = text(e, "source");
            PhaseClassifier.Classification c = readers.classifier().classify(event, source);
            if (c.phase().isPresent() && !stamped.contains(c.phase().get())) {
                stamp(text(e, "time").orElse(""), event, source, Optional.of(c), entries, fixed, warnings, dayOrder);
            } else if (!stamped.contains(Phase.STARTED) && firstStamp.isPresent()) {
                // an entry of the log's own; its warnings only count if it is kept (an unreadable time never is)
                TimelineReader.Entry candidate = entry(text(e, "time").orElse(""), event, source, new ArrayList<>(), dayOrder);
                Optional<java.time.Instant> at = instantOf(candidate);
                if (at.isPresent() && at.get().isBefore(firstStamp.get()) && (earliestAt == null || at.get().isBefore(earliestAt))) {
                    earliest = candidate;
                    earliestAt = at.get();
                }
            }
        }
        if (earliest != null) {
            // "From CDRs: first failed calls via AT-2" logged before the tool's first stamp: the incident's
            // start, which the stamps leave out when none of them names it
            entries.add(earliest);
            fixed.add(Optional.empty());
        }
    }

    /** When a dated entry happened (UTC when it names no zone); empty without a date and a time. */
    private static Optional<java.time.Instant> instantOf(TimelineReader.Entry e) {
        if (e.date().isEmpty() || e.time().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(java.time.ZonedDateTime.of(e.date().get(), e.time().get(), e.zone().orElse(java.time.ZoneOffset.UTC)).toInstant());
    }

    /**
     * An export's records in time order when each has a full timestamp with its zone: a log
     * listed newest first, or phase stamps read beside a log, are in no order of their own.
     */
    private static void inTimeOrder(List<TimelineReader.Entry> entries, List<Optional<PhaseClassifier.Classification>> fixed) {
        // a log newest first (a service desk's journal) in time order; entries all on one clock: each its own zone, or none
        boolean zoned = entries.stream().allMatch(e -> e.zone().isPresent());
        boolean naive = entries.stream().allMatch(e -> e.zone().isEmpty());
        if (entries.size() > 1 && (zoned || naive) && entries.stream().allMatch(e -> e.date().isPresent() && e.time().isPresent())) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                order.add(i);
            }
            order.sort(java.util.Comparator.comparing(i -> instant(entries.get(i))));
            List<TimelineReader.Entry> sortedEntries = order.stream().map(entries::get).toList();
            List<Optional<PhaseClassifier.Classification>> sortedFixed = order.stream().map(fixed::get).toList();
            entries.clear();
            entries.addAll(sortedEntries);
            fixed.clear();
            fixed.addAll(sortedFixed);
        }
    }

    private static java.time.Instant instant(TimelineReader.Entry e) {
        return e.date().get().atTime(e.time().get()).atZone(e.zone().orElse(java.time.ZoneOffset.UTC)).toInstant();
    }

    private Optional<PhaseClassifier.Classification> milestonePhase(String type) {
        String t = JsonShapes.kindLabel(type);
        if (NO_PHASE.contains(t) || NO_PHASE.contains(t.replace(" at", ""))) {
            return Optional.of(PhaseClassifier.Classification.NONE);
        }
        Phase p = MILESTONES.get(t);
        if (p == null) {
            p = MILESTONES.get(TRAILING_AT.matcher(t).replaceAll(""));
        }
        if (p == null || p == Phase.STARTED) {
            // STARTED is the earliest event anyway; unknown names go through the classifier
            return p == Phase.STARTED ? Optional.of(PhaseClassifier.Classification.NONE) : Optional.empty();
        }
        return Optional.of(new PhaseClassifier.Classification(Optional.of(p), Set.of(), p == Phase.ROLLBACK_STARTED));
    }

    private static void entryFromLine(String line, List<TimelineReader.Entry> entries,
                                      List<Optional<PhaseClassifier.Classification>> fixed, List<String> warnings,
                                      Supplier<Optional<Boolean>> dayOrder) {
        try {
            Optional<TimeExpressions.Stamp> s = inOrder(line.strip(), dayOrder);
            if (s.isPresent()) {
                String rest = LEADING_SEPARATORS.matcher(line.strip().substring(s.get().length())).replaceFirst("");
                entries.add(new TimelineReader.Entry(s.get().date(), s.get().time(), s.get().zone(), rest, Optional.empty()));
            } else {
                entries.add(new TimelineReader.Entry(Optional.empty(), Optional.empty(), Optional.empty(), line.strip(), Optional.empty()));
            }
        } catch (TimeExpressions.ImpossibleValue e) {
            warnings.add("timeline: " + e.getMessage() + "; time left empty");
            entries.add(new TimelineReader.Entry(Optional.empty(), Optional.empty(), Optional.empty(), line.strip(), Optional.empty()));
        }
        fixed.add(Optional.empty());
    }

    private static void stamp(String timeText, String event, Optional<String> source, Optional<PhaseClassifier.Classification> phase,
                              List<TimelineReader.Entry> entries, List<Optional<PhaseClassifier.Classification>> fixed,
                              List<String> warnings, Supplier<Optional<Boolean>> dayOrder) {
        entries.add(entry(timeText, event, source, warnings, dayOrder));
        fixed.add(phase);
    }

    /** An event at the time its text states; a time that cannot be read is left empty, with a warning. */
    private static TimelineReader.Entry entry(String timeText, String event, Optional<String> source, List<String> warnings,
                                              Supplier<Optional<Boolean>> dayOrder) {
        Optional<TimeExpressions.Stamp> s = Optional.empty();
        try {
            s = TimeExpressions.epoch(timeText.strip());
            if (s.isEmpty()) {
                s = inOrder(timeText.strip(), dayOrder);
            }
            if (s.isEmpty() && !timeText.isBlank()) {
                warnings.add("timeline: cannot read the time '" + TimelineReader.abbreviate(timeText) + "'; time left empty");
            }
        } catch (TimeExpressions.ImpossibleValue e) {
            warnings.add("timeline: " + e.getMessage() + "; time left empty");
        }
        if (s.isPresent() && s.get().time().isEmpty()) {
            s = Optional.empty();
        }
        TimeExpressions.Stamp st = s.orElse(null);
        return new TimelineReader.Entry(st == null ? Optional.empty() : st.date(), st == null ? Optional.empty() : st.time(),
                st == null ? Optional.empty() : st.zone(), event.strip(), source);
    }

    private static Impact impact(JsonNode n, Set<SectionKind> present, List<String> warnings) {
        JsonNode imp = n.get("impact");
        JsonNode src = imp != null && imp.isObject() ? imp : n;
        if (imp != null) {
            present.add(SectionKind.IMPACT);
        }
        if (imp != null && imp.isTextual()) {
            return ImpactReader.read(List.of(new io.hindsight.ingest.Block.Paragraph(List.of(imp.asText()), Optional.empty()))).impact();
        }
        OptionalLong users = number(src, warnings, "users_affected", "customers_affected", "affected_users");
        OptionalDouble pct = OptionalDouble.empty();
        JsonNode p = src.get("users_affected_pct");
        if (p != null && p.isNumber()) {
            pct = OptionalDouble.of(p.asDouble());
        } else if (p != null && p.isTextual()) {
            pct = Numbers.percent(p.asText().contains("%") ? p.asText() : p.asText() + "%");
        } else {
            JsonNode u = src.get("users_affected");
            if (u != null && u.isTextual()) {
                pct = Numbers.percent(u.asText());
            }
        }
        OptionalLong failed = number(src, warnings, "failed_requests", "failed_transactions", "errors");
        OptionalLong revenue = OptionalLong.empty();
        JsonNode r = src.get("revenue_loss_usd");
        if (r == null) {
            r = src.get("revenue_loss");
        }
        if (r != null && r.isNumber()) {
            revenue = count(r, "revenue_loss_usd", true, warnings);
        } else if (r != null && r.isTextual()) {
            revenue = Numbers.usd(BARE_AMOUNT.matcher(r.asText()).matches() ? "$" + r.asText() : r.asText());
        }
        Optional<Boolean> slo = Optional.empty();
        JsonNode s = src.get("slo_breached");
        if (s == null) {
            s = src.get("sla_breached");
        }
        if (s != null && s.isBoolean()) {
            slo = Optional.of(s.asBoolean());
        } else if (s != null && s.isTextual()) {
            slo = Numbers.yesNo(s.asText());
        }
        OptionalLong tickets = number(src, warnings, "support_tickets", "tickets", "support_tickets_opened");
        return new Impact(users, pct, failed, revenue, slo, tickets);
    }

    /**
     * The first of these lists present is the action items. An incident tool's {@code tasks}
     * are usually the response's own to-dos ("page the carrier", done during the incident);
     * they are the action items only when no follow-up list is there.
     */
    private static final List<String> ACTION_ITEM_FIELDS = List.of("action_items", "follow_ups", "followups", "corrective_actions",
            "remediation_items", "remediations", "improvements", "improvement_actions", "actions", "problem_tasks", "problem_task", "postmortem_actions",
            "todos", "to_dos", "todo", "tasks", "subtasks", "remediation");

    /**
     * A list of a record's tasks or follow-ups under the tool's own name: {@code problem_task},
     * {@code ticket_task}, {@code incident_associated_task}, {@code follow_up_actions}, {@code postmortem_action_items}.
     */
    private static final Pattern TASK_LIST = Pattern.compile("[a-z0-9_]*_tasks?|follow_?ups?_[a-z_]+|[a-z0-9_]+_action_items");

    /**
     * The kinds a tool gives its action items when it keeps both in one list (Rootly's {@code "kind":
     * "follow_up"} and {@code "kind": "task"}): the follow-ups are the review's action items, the
     * tasks the response's own steps.
     */
    private static final Pattern FOLLOW_UP_KIND = Pattern.compile("(?i)follow[ _-]?ups?|action[ _-]?items?|corrective|preventive|remediation");
    private static final Pattern RESPONSE_TASK_KIND = Pattern.compile("(?i)tasks?|response[ _-]?tasks?|incident[ _-]?tasks?|todo|to[ _-]do");

    /** @param incident the incident's date: a due date written without its year ("Nov 21") is the first such day after it */
    static List<ActionItem> actionItems(JsonNode n, List<String> warnings, Optional<LocalDate> incident) {
        List<ActionItem> out = new ArrayList<>();
        List<String> fields = new ArrayList<>(ACTION_ITEM_FIELDS);
        n.fieldNames().forEachRemaining(f -> {
            if (TASK_LIST.matcher(f).matches() && !fields.contains(f)) {
                fields.add(f);
            }
        });
        for (String field : fields) {
            JsonNode arr = n.get(field);
            if (arr != null && arr.isObject() && arr.path("value").isArray()) {
                arr = arr.get("value"); // an OData collection: {"@odata.context": ..., "value": [...]}
            }
            if (arr == null || arr.isArray() && arr.isEmpty()) {
                continue; // none kept there ("subtasks": []): the follow-ups may be linked instead
            }
            if (field.equals("remediation") && !arr.isArray()) {
                continue; // "remediation": "restarted the pods" tells what was done; a list under that name is the work to do
            }
            if (arr.isTextual()) {
                // a section kept as Markdown ("| # | Action | Owner | Status |", "- [x] Page on queue depth"): its items
                List<ActionItem> written = MarkdownExtractor.reviewIn("## Action items\n\n" + arr.asText()).actions();
                if (!written.isEmpty()) {
                    return written;
                }
            }
            if (arr.isObject()) {
                arr = byStatus(arr).orElse(arr); // {"open": [...], "done": [...], "dropped": [...]}
            }
            if (!arr.isArray()) {
                warnings.add("'" + field + "' is not an array; ignored");
                continue;
            }
            arr = ungrouped(arr);
            if (JsonShapes.isUpdateLog(arr)) {
                continue; // a ticket's updates under an action-like name are its timeline
            }
            boolean followUpsMarked = false;
            for (JsonNode item : arr) {
                followUpsMarked |= FOLLOW_UP_KIND.matcher(text(item, "kind", "item_type", "action_type").orElse("")).matches();
            }
            for (JsonNode item : arr) {
                if (followUpsMarked && RESPONSE_TASK_KIND.matcher(text(item, "kind", "item_type", "action_type").orElse("")).matches()) {
                    continue; // "Post status on X" marked a task beside the follow-ups: the response's own step, done during it
                }
                if (out.size() >= EntryLimits.MAX_ACTION_ITEMS) {
                    warnings.add("'" + field + "': " + arr.size() + " entries, only the first " + EntryLimits.MAX_ACTION_ITEMS
                            + " were read");
                    break;
                }
                actionItem(item, field, out.size() + 1, warnings, incident).ifPresent(out::add);
            }
            return out;
        }
        return out.isEmpty() ? linkedFollowUps(n, warnings) : out;
    }

    /**
     * Action items kept under their status ({@code {"open": [...], "done": [...], "dropped": [...]}}),
     * as one list whose items carry the status they were kept under; empty when the object's
     * fields are not all lists named by a status.
     */
    private static Optional<JsonNode> byStatus(JsonNode grouped) {
        com.fasterxml.jackson.databind.node.ArrayNode out = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        java.util.Iterator<Map.Entry<String, JsonNode>> fields = grouped.fields();
        if (!fields.hasNext()) {
            return Optional.empty();
        }
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            Optional<ActionStatus> status = ActionStatus.parse(f.getKey().replace('_', ' '));
            if (status.isEmpty() || !f.getValue().isArray()) {
                return Optional.empty();
            }
            for (JsonNode item : f.getValue()) {
                ObjectNode o = item.isObject() ? ((ObjectNode) item).deepCopy()
                        : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("action", item.asText());
                if (!o.has("status")) {
                    o.put("status", f.getKey().replace('_', ' '));
                }
                out.add(o);
            }
        }
        return Optional.of(out);
    }

    /** The fields under which a group of action items keeps them: {@code {"category": "Prevent", "items": [...]}}. */
    private static final List<String> GROUP_ITEMS = List.of("items", "actions", "action_items", "tasks");

    /** A list of action items with its groups ({@code {"category": "Detect", "items": [...]}}) opened into their items. */
    private static JsonNode ungrouped(JsonNode arr) {
        boolean grouped = false;
        for (JsonNode item : arr) {
            grouped |= item.isObject() && GROUP_ITEMS.stream().anyMatch(g -> item.path(g).isArray());
        }
        if (!grouped) {
            return arr;
        }
        com.fasterxml.jackson.databind.node.ArrayNode out = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        for (JsonNode item : arr) {
            Optional<JsonNode> inner = GROUP_ITEMS.stream().map(item::path).filter(JsonNode::isArray).findFirst();
            if (inner.isPresent()) {
                inner.get().forEach(out::add);
            } else {
                out.add(item);
            }
        }
        return out;
    }

    /**
     * An action item a script keeps as a tuple: {@code ["disk alert at 80% warn", "sbk", false]}:
     * its first text is the action, its second the owner, a true or false whether it is done, and
     * a later text that names a status its status.
     */
    private static JsonNode fromTuple(JsonNode tuple) {
        ObjectNode o = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        int texts = 0;
        for (JsonNode v : tuple) {
            if (v.isBoolean()) {
                o.put("done", v.asBoolean());
            } else if (v.isTextual() && texts == 0) {
                o.put("action", v.asText());
                texts++;
            } else if (v.isTextual() && ActionStatus.parse(v.asText()).isPresent()) {
                o.put("status", v.asText());
            } else if (v.isTextual() && texts == 1) {
                o.put("owner", v.asText());
                texts++;
            }
        }
        return o;
    }

    /** One action item of a list, the {@code number}th; empty (with a warning) when it holds no action text. */
    private static Optional<ActionItem> actionItem(JsonNode given, String field, int number, List<String> warnings, Optional<LocalDate> incident) {
        JsonNode item = given.isArray() ? fromTuple(given) : given;
        // a tracker's linked or sub-issue keeps its words in "fields": {"key": "PLAT-1790", "fields": {"summary": ...}}
        JsonNode a = item.path("fields").isObject() && item.has("key") ? withFields(item) : item;
        if (a.isTextual()) {
            return Optional.of(ActionItemReader.fromText(a.asText(), String.valueOf(number), warnings));
        }
        Optional<String> action = named(a, List.of("action", "title", "summary", "description", "name", "text", "task", "desc",
                "short_description", "what", "subject", "content", "item")).map(HtmlText::plain);
        if (action.isEmpty()) {
            warnings.add("'" + field + "' item " + number + " has no action text; skipped");
            return Optional.empty();
        }
        String id = text(a, "id", "key", "ref").orElse(String.valueOf(number));
        Optional<String> owner = named(a.get("owner")).or(() -> named(a.get("assignee")))
                .or(() -> named(a.get("assigned_to"))).or(() -> named(a.get("who")));
        Optional<LocalDate> due = Optional.empty();
        Optional<String> dueText = text(a, "due_date", "due_at", "due", "deadline", "when");
        if (dueText.isPresent()) {
            try {
                String written = dueText.get();
                due = TimeExpressions.date(written).or(() -> incident.flatMap(i -> TimeExpressions.yearlessDayAfter(written, i)));
                if (due.isEmpty()) {
                    warnings.add("action item '" + TimelineReader.abbreviate(action.get()) + "': cannot read due date '" + dueText.get() + "'");
                }
            } catch (TimeExpressions.ImpossibleValue e) {
                warnings.add("action item '" + TimelineReader.abbreviate(action.get()) + "': " + e.getMessage() + " as due date; left empty");
            }
        }
        Optional<String> priority = named(a.get("priority"));
        // a tracker's resolution says how a closed item ended: "Closed" with "Won't Do" was not done; Jira's status
        // names a workflow's own step ("Selected for Development"), its category the kind of step ("new", "done")
        Optional<ActionStatus> status = named(a.get("resolution")).flatMap(ActionStatus::parse)
                .or(() -> named(a.get("status")).or(() -> named(a.get("state"))).or(() -> named(a.get("progress"))).flatMap(ActionStatus::parse))
                .or(() -> text(a.path("status").path("status_category"), "key").flatMap(ActionStatus::parse))
                .or(() -> completedFlag(a));
        return Optional.of(new ActionItem(id, action.get(), owner, due, priority, status));
    }

    /** {@code "completed": true} and its kin. */
    private static JsonNode withFields(JsonNode issue) {
        ObjectNode out = ((ObjectNode) issue.get("fields")).deepCopy();
        out.set("id", issue.get("key"));
        return out;
    }

    /** A link that only says two issues are related. */
    private static final Pattern RELATES_LINK = Pattern.compile("(?i)\\s*relates?\\b.*");
    /** The kinds of tracker issue that are work to do, not another incident or a problem record. */
    private static final Pattern TASK_TYPE = Pattern.compile("(?i)task|sub-?task|story|improvement|bug|action( item)?|follow-?up|change|chore");

    /** A link between tracker issues that makes the other issue this one's action item. */
    private static final Pattern FOLLOW_UP_LINK = Pattern.compile("(?i).*(?:follow|action|remediat|prevent|corrective).*");

    /**
     * Jira's follow-ups kept as linked issues ({@code "issuelinks": [{"type": {"name": "Follow-up",
     * "outward": "has follow-up"}, "outwardIssue": {"key": "PAY-1290", "fields": {"summary": ...,
     * "status": {"name": "Done"}}}}]}): each linked issue is an action item.
     */
    private static List<ActionItem> linkedFollowUps(JsonNode n, List<String> warnings) {
        JsonNode links = n.get("issuelinks");
        if (links == null || !links.isArray()) {
            return linkedRecords(n, warnings);
        }
        List<ActionItem> out = new ArrayList<>();
        for (JsonNode link : links) {
            JsonNode type = link.path("type");
            boolean outward = link.has("outward_issue");
            String relation = type.path("name").asText("") + " " + type.path(outward ? "outward" : "inward").asText("");
            JsonNode other = link.path(outward ? "outward_issue" : "inward_issue");
            // or a task merely related to the incident: the work its review asked for ("relates to LOCK-1893", a Task)
            String otherType = other.path("fields").path("issuetype").path("name").asText("");
            boolean relatedTask = RELATES_LINK.matcher(relation).matches() && TASK_TYPE.matcher(otherType).matches();
            if ((FOLLOW_UP_LINK.matcher(relation).matches() || relatedTask) && out.size() < EntryLimits.MAX_ACTION_ITEMS) {
                actionItem(other, "issuelinks", out.size() + 1, warnings, Optional.empty()).ifPresent(out::add);
            }
        }
        return out;
    }

    /** A record's links to other records under their common names. */
    private static final List<String> LINK_LISTS = List.of("links", "linked_items", "linked_records", "related_items", "related_records",
            "relations", "relationships", "children", "child_records", "linked_issues", "linked_tickets", "linked_tasks");

    /**
     * Lists of tracker issues linked to a review ({@code "postmortem": {"linkedIssues": [{"key": "FCST-318",
     * "summary": ..., "status": "Done"}]}}): the work it asked for, each an action item unless the link
     * names another incident, a problem record or a duplicate.
     */
    private static final Set<String> ISSUE_LISTS = Set.of("linked_issues", "linked_tickets", "linked_tasks");
    private static final Pattern NOT_WORK = Pattern.compile("(?i)incident|problem|duplicate|caus|parent|epic|clone");

    /**
     * Follow-ups kept as linked records that say what they are ({@code "links": [{"relation": "Child",
     * "type": "Incident follow-up task", "title": ..., "status": "Closed"}]}): each link whose kind
     * or relation names a follow-up or an action is an action item; a linked problem record is not.
     */
    private static List<ActionItem> linkedRecords(JsonNode n, List<String> warnings) {
        List<ActionItem> out = new ArrayList<>();
        for (String field : LINK_LISTS) {
            JsonNode links = n.get(field);
            if (links == null || !links.isArray()) {
                continue;
            }
            for (JsonNode link : links) {
                String kind = String.join(" ", text(link, "relation", "relation_type", "link_type").orElse(""),
                        named(link.get("type")).orElse(""), named(link.get("record_type")).orElse(""));
                boolean issueList = ISSUE_LISTS.contains(field) && !NOT_WORK.matcher(kind).find();
                if (link.isObject() && (FOLLOW_UP_LINK.matcher(kind).matches() || issueList) && out.size() < EntryLimits.MAX_ACTION_ITEMS) {
                    actionItem(link, field, out.size() + 1, warnings, Optional.empty()).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    private static final List<String> COMPLETION_TIMES = List.of("completed", "closed_at", "completed_at", "completed_on", "completed_date", "done_at",
            "resolved_at", "resolved_date_time", "closed_date_time", "actual_end_time", "finished_at");

    private static Optional<ActionStatus> completedFlag(JsonNode a) {
        for (String f : List.of("completed", "done", "is_done", "is_completed", "resolved")) {
            JsonNode v = a.get(f);
            if (v != null && v.isBoolean()) {
                return Optional.of(v.asBoolean() ? ActionStatus.DONE : ActionStatus.OPEN);
            }
        }
        // a tool that keeps its status as a number states the completion by its time: "closed_at": "2026-05-20T19:12:03Z"
        for (String f : COMPLETION_TIMES) {
            JsonNode v = a.get(f);
            if (v != null && JsonShapes.isTime(v)) {
                return Optional.of(ActionStatus.DONE);
            }
        }
        return Optional.empty();
    }

    /** A stamp read at the start of a text; a date whose day and month could be either way round in the record's order. */
    private static Optional<TimeExpressions.Stamp> inOrder(String text, Supplier<Optional<Boolean>> dayOrder) throws TimeExpressions.ImpossibleValue {
        try {
            return TimeExpressions.stampAtStart(text);
        } catch (TimeExpressions.AmbiguousDayOrder e) {
            Optional<Boolean> order = dayOrder.get();
            if (order.isEmpty()) {
                throw e;
            }
            return TimeExpressions.stampAtStart(text, order);
        }
    }

    /** A supplier that asks {@code s} once. */
    private static <T> Supplier<T> memoized(Supplier<T> s) {
        List<T> memo = new ArrayList<>(1);
        return () -> {
            if (memo.isEmpty()) {
                memo.add(s.get());
            }
            return memo.get(0);
        };
    }

    private static Optional<LocalDate> date(JsonNode n, List<String> warnings, Supplier<Optional<Boolean>> dayOrder, String... fields) {
        Optional<String> t = text(n, fields);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        try {
            Optional<LocalDate> d;
            try {
                d = TimeExpressions.date(t.get());
            } catch (TimeExpressions.AmbiguousDayOrder e) {
                d = inOrder(t.get(), dayOrder).flatMap(TimeExpressions.Stamp::date);
            }
            if (d.isEmpty()) {
                warnings.add("cannot read the date '" + TimelineReader.abbreviate(t.get()) + "' in '" + fields[0] + "'; left empty");
            }
            return d;
        } catch (TimeExpressions.ImpossibleValue e) {
            warnings.add(fields[0] + ": " + e.getMessage() + "; left empty");
            return Optional.empty();
        }
    }

    /** The first of the fields that holds a scalar, as text. */
    static Optional<String> text(JsonNode n, String... fields) {
        return text(n, List.of(fields));
    }

    static Optional<String> text(JsonNode n, List<String> fields) {
        for (String f : fields) {
            JsonNode v = n.get(f);
            if (v != null && v.isValueNode() && !v.isNull()) {
                String s = v.asText().strip();
                if (!s.isEmpty()) {
                    return Optional.of(s);
                }
            }
        }
        return Optional.empty();
    }

    /** A scalar, or an object's name/email/value/summary: {@code {"name": "Major"}} reads as "Major". */
    static Optional<String> named(JsonNode v) {
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (v.isValueNode()) {
            String s = v.asText().strip();
            return s.isEmpty() ? Optional.empty() : Optional.of(s);
        }
        if (v.isObject()) {
            Optional<String> own = text(v, "name", "label", "display_value", "display_name", "value", "email", "summary", "title", "handle",
                    "username", "content");
            // JSON:API's relation: {"data": {"attributes": {"name": "SEV1"}}}
            return own.isPresent() ? own : named(v.has("data") ? v.get("data") : v.get("attributes"));
        }
        return Optional.empty();
    }

    /** The first of the fields {@link #named(JsonNode) named}. */
    static Optional<String> named(JsonNode n, List<String> fields) {
        for (String f : fields) {
            Optional<String> v = named(n.get(f));
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    /**
     * A log entry's words: its own text field, or the text kept in an object under it when its own
     * only names the kind of entry (a PagerDuty note: "summary": "Note added", its words in
     * "channel": {"summary": "checkout 5xx ~4% ..."}).
     */
    static Optional<String> entryText(JsonNode e) {
        Optional<String> own = named(e, JsonShapes.EVENT_TEXT_FIELDS).map(HtmlText::plain);
        Optional<String> inner = innerText(e).map(HtmlText::plain);
        if (inner.isPresent() && (own.isEmpty() || own.get().length() < GENERIC_ENTRY_CHARS && inner.get().length() > own.get().length())) {
            return inner;
        }
        return own.filter(t -> !t.isBlank()).or(() -> textNamed(e).map(HtmlText::plain).filter(t -> !t.isBlank()));
    }

    /** A field named for words by the tool's own habit: TOPdesk's {@code memoText}/{@code plainText}, {@code note_html}. */
    private static final Pattern TEXT_NAMED = Pattern.compile("[a-z]+_(?:text|memo|note|notes|body|comment|description|message|html)"
            + "|(?:memo|remarks?|narrative|notes|commentary)(?:_\\w+)?");

    /** The words of an entry's first field {@link #TEXT_NAMED named like words}, when it holds a sentence. */
    private static Optional<String> textNamed(JsonNode e) {
        for (Iterator<Map.Entry<String, JsonNode>> it = e.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (f.getValue().isTextual() && TEXT_NAMED.matcher(f.getKey()).matches() && f.getValue().asText().strip().indexOf(' ') > 0) {
                return Optional.of(f.getValue().asText());
            }
        }
        return Optional.empty();
    }

    /** How short a log entry's own text is when it only names the kind of entry ("Note added", "Status update posted"). */
    private static final int GENERIC_ENTRY_CHARS = 25;

    /** The words of a log entry kept in an object under it: {"channel": {"summary": ...}}, {"data": {"text": ...}}. */
    private static Optional<String> innerText(JsonNode e) {
        for (String f : List.of("channel", "data", "details", "payload", "body")) {
            JsonNode v = e.get(f);
            if (v != null && v.isObject()) {
                Optional<String> t = text(v, "content", "text", "message", "summary", "body", "note", "description");
                if (t.isPresent()) {
                    return t;
                }
            }
        }
        // an audit log's entry keeps its words in an object named for its kind: {"type": "EVENT_ANNOTATED",
        // "annotation": {"comment": ...}}, {"response": {"text": "Acknowledge"}}; not a summary, which there names a
        // referenced record ({"service": {"summary": "Payments API"}})
        for (JsonNode v : e) {
            if (v.isObject()) {
                Optional<String> t = text(v, "comment", "text", "message", "note", "reason");
                if (t.isPresent()) {
                    return t;
                }
            }
        }
        // a ticket's audit keeps its words in the events it records: {"created_at": ..., "events": [{"type": "Comment", "body": ...}]}
        JsonNode events = e.get("events");
        if (events != null && events.isArray()) {
            List<String> said = new ArrayList<>();
            for (JsonNode ev : events) {
                if (ev.isObject()) {
                    text(ev, "plain_body", "body", "comment", "text", "message").ifPresent(said::add);
                }
            }
            if (!said.isEmpty()) {
                return Optional.of(String.join(" ", said));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> textOrSummary(JsonNode v) {
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (v.isTextual()) {
            return Optional.of(v.asText().strip()).filter(s -> !s.isEmpty());
        }
        if (v.isObject()) {
            return text(v, "summary", "description", "text", "details");
        }
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.forEach(e -> named(e).ifPresent(parts::add));
            return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("\n\n", parts));
        }
        return Optional.empty();
    }

    private static List<String> strings(JsonNode n, List<String> warnings, String... fields) {
        for (String f : fields) {
            JsonNode v = n.get(f);
            if (v == null || v.isNull()) {
                continue;
            }
            List<String> out = new ArrayList<>();
            if (v.isArray()) {
                for (JsonNode e : v) {
                    (e.isValueNode() ? named(e) : text(e, "summary", "description", "text", "factor", "title", "name").or(() -> longestText(e)))
                            .ifPresent(out::add);
                }
            } else if (v.isTextual()) {
                List<String> bullets = bulletLines(v.asText());
                if (bullets.size() >= 2) {
                    out.addAll(bullets); // one text field holding a bulleted list: "* retired API\n* no alert"
                } else if (!v.asText().isBlank()) {
                    out.add(v.asText().strip());
                }
            } else {
                warnings.add("'" + f + "' is not a list; ignored");
            }
            return EntryLimits.cap(out, "'" + f + "'", warnings);
        }
        return List.of();
    }

    /** A record's longest text field: a spreadsheet row's one column of words ({"#": 1, "Contributing factor": "..."}). */
    private static Optional<String> longestText(JsonNode e) {
        String longest = null;
        for (JsonNode v : e) {
            if (v.isTextual() && !v.asText().isBlank() && (longest == null || v.asText().length() > longest.length())) {
                longest = v.asText().strip();
            }
        }
        return Optional.ofNullable(longest);
    }

    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[*\\-\u2022]|\\d{1,2}[.)])\\s+(\\S.*)$");

    private static List<String> bulletLines(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            java.util.regex.Matcher m = BULLET.matcher(line);
            if (m.matches()) {
                out.add(m.group(1).strip());
            }
        }
        return out;
    }

    private static List<String> names(JsonNode n, List<String> warnings, String... fields) {
        for (String f : fields) {
            JsonNode v = n.get(f);
            if (v == null || v.isNull()) {
                continue;
            }
            List<String> out = new ArrayList<>();
            if (v.isArray()) {
                for (JsonNode e : v) {
                    named(e).filter(s -> !out.contains(s)).ifPresent(out::add);
                }
            } else if (v.isTextual()) {
                for (String s : LIST_SEPARATOR.split(v.asText())) {
                    if (!s.isBlank() && !out.contains(s.strip())) {
                        out.add(s.strip());
                    }
                }
            } else if (v.isObject()) {
                named(v).ifPresent(out::add);
            }
            return EntryLimits.cap(out, "'" + f + "'", warnings);
        }
        return List.of();
    }

    private static OptionalLong number(JsonNode n, List<String> warnings, String... fields) {
        for (String f : fields) {
            JsonNode v = n.get(f);
            if (v == null || v.isNull()) {
                continue;
            }
            if (v.isNumber()) {
                return count(v, f, false, warnings);
            }
            if (v.isTextual()) {
                return Numbers.count(v.asText());
            }
        }
        return OptionalLong.empty();
    }

    /** A JSON number as a count or amount (rounded down, or to the nearest): not negative and within a long, else a warning and empty. */
    private static OptionalLong count(JsonNode v, String field, boolean round, List<String> warnings) {
        if (v.isIntegralNumber() && v.canConvertToLong() && v.asLong() >= 0) {
            return OptionalLong.of(v.asLong());
        }
        double d = v.asDouble();
        if (!v.isIntegralNumber() && Double.isFinite(d) && d >= 0 && d < 9.0e18) {
            return OptionalLong.of(round ? Math.round(d) : (long) Math.floor(d));
        }
        warnings.add("'" + field + "' is " + (d < 0 ? "negative" : "too large") + " (" + TimelineReader.abbreviate(v.asText())
                + "); left empty");
        return OptionalLong.empty();
    }
}
