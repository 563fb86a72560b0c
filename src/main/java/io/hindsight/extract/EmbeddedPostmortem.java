package io.hindsight.extract;

import com.fasterxml.jackson.databind.JsonNode;
import io.hindsight.ingest.MarkdownReader;
import io.hindsight.ingest.RawPostmortem;
import io.hindsight.model.Incident;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A postmortem written in Markdown inside a tool's JSON export: a status page's
 * {@code postmortem_body}, a ticket's {@code description}, a bot's {@code report}. The export's
 * own records (status updates, a ticket's changelog) tell when the tool was touched; the
 * postmortem's timeline tells what happened. When the embedded text has a timeline that states
 * more phases than the export's records, the incident takes that timeline and its timings, and
 * the sections the export left empty (root cause, factors, action items...).
 */
final class EmbeddedPostmortem {
    private EmbeddedPostmortem() {
    }

    /** Fields that hold a whole postmortem as text, in order of preference. */
    private static final List<String> FIELDS = List.of("postmortem_body", "postmortem", "postmortem_markdown", "postmortem_text",
            "post_mortem", "retrospective", "report", "body", "description", "desc", "content", "document", "markdown");
    private static final int MIN_LENGTH = 200;
    /** A heading or a bold label that opens the timeline: "## Timeline", "**Timeline (all times PST)**". */
    private static final Pattern TIMELINE_HEADING = Pattern.compile("(?im)^\\s*(?:(?:#{1,6}\\s+|\\*\\*|__)\\s*timeline\\b"
            // or a line of its own that names it and ends in a colon: "Timeline for the PIR (all times CT):"
            + "|timeline\\b[^\\n]{0,100}:[ \\t]*\\r?$)");

    /** The Markdown postmortem inside the export, if one of its text fields holds one with a timeline. */
    static Optional<String> in(JsonNode node) {
        List<JsonNode> candidates = candidates(node);
        for (JsonNode n : candidates) {
            java.util.Map<String, JsonNode> spelled = respelled(n);
            for (String f : FIELDS) {
                JsonNode v = n.has(f) ? n.get(f) : spelled.get(f);
                if (v == null || !v.isTextual() || v.asText().length() < MIN_LENGTH) {
                    continue;
                }
                String text = v.asText();
                if (TIMELINE_HEADING.matcher(text).find()) {
                    return Optional.of(text);
                }
                // a work item's description kept as HTML (Azure DevOps): its bold one-line blocks are its headings
                String markdown = html(text);
                if (markdown != null && TIMELINE_HEADING.matcher(markdown).find()) {
                    return Optional.of(markdown);
                }
            }
        }
        // a review that keeps its timeline as a text field of its own ("Incident timeline": a table or lines)
        for (JsonNode n : candidates) {
            java.util.Map<String, JsonNode> spelled = respelled(n);
            for (String f : TIMELINE_FIELDS) {
                JsonNode v = n.has(f) ? n.get(f) : spelled.get(f);
                if (v != null && v.isTextual() && v.asText().length() >= MIN_TIMELINE_LENGTH && v.asText().lines().count() >= 3) {
                    return Optional.of("## Timeline\n\n" + v.asText());
                }
            }
        }
        // a timeline posted as one entry of a journal kept as one text (ServiceNow's work notes: "Timeline for
        // the PIR (all times CT):" and its lines, up to the next entry's heading)
        for (JsonNode n : candidates) {
            for (String f : JsonShapes.JOURNAL_FIELDS) {
                JsonNode v = n.get(f);
                if (v == null || !v.isTextual()) {
                    continue;
                }
                java.util.regex.Matcher h = TIMELINE_HEADING.matcher(v.asText());
                if (h.find()) {
                    String from = v.asText().substring(h.start());
                    java.util.regex.Matcher next = JsonShapes.JOURNAL_HEAD.matcher(from);
                    String timeline = next.find() ? from.substring(0, next.start()) : from;
                    if (timeline.length() >= MIN_TIMELINE_LENGTH && timeline.strip().lines().count() >= 4) {
                        return Optional.of("## Timeline\n\n" + timeline.strip());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The fields of a record that a tool spells its own way ("System.Description", "Custom.Timeline",
     * "incidentTimeline"), under the name the JSON reader gives them ({@link JsonShapes#snake}).
     */
    private static java.util.Map<String, JsonNode> respelled(JsonNode n) {
        java.util.Map<String, JsonNode> out = new java.util.HashMap<>();
        for (java.util.Iterator<java.util.Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            java.util.Map.Entry<String, JsonNode> f = it.next();
            String name = JsonShapes.snake(f.getKey());
            if (!name.equals(f.getKey())) {
                out.putIfAbsent(name, f.getValue());
            }
        }
        return out;
    }

    /** A block of its own holding only bold words: "<div><b>Timeline (UTC)</b></div>", "<p><strong>Impact</strong></p>". */
    private static final Pattern HTML_BOLD_BLOCK = Pattern.compile("(?i)<(div|p)>\\s*<(b|strong)>([^<]{1,80})</\\2>\\s*(?::\\s*)?</\\1>");
    private static final Pattern HTML_HEADING = Pattern.compile("(?i)<h([1-6])[^>]*>([^<]{1,80})</h\\1>");
    private static final Pattern HTML_TABLE = Pattern.compile("(?is)<table.*?</table>");
    private static final Pattern HTML_ITEM = Pattern.compile("(?i)<li[^>]*>");

    /**
     * An HTML text as Markdown enough to find its sections: bold one-line blocks and HTML headings
     * as headings, each table as a block of its own (read as a table), list items as bullets, other
     * tags as line breaks; null when the text is not HTML.
     */
    private static String html(String text) {
        String t = text.strip();
        if (!t.startsWith("<") || t.indexOf("</") < 0) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher tables = HTML_TABLE.matcher(t);
        int from = 0;
        while (tables.find()) {
            out.append(prose(t.substring(from, tables.start()))).append("\n\n").append(tables.group().replace('\n', ' ')).append("\n\n");
            from = tables.end();
        }
        out.append(prose(t.substring(from)));
        return out.toString();
    }

    private static String prose(String html) {
        String t = HTML_BOLD_BLOCK.matcher(html).replaceAll(m -> "\n\n## " + java.util.regex.Matcher.quoteReplacement(m.group(3).strip()) + "\n\n");
        t = HTML_HEADING.matcher(t).replaceAll(m -> "\n\n## " + java.util.regex.Matcher.quoteReplacement(m.group(2).strip()) + "\n\n");
        t = HTML_ITEM.matcher(t).replaceAll("\n- ");
        return io.hindsight.ingest.HtmlText.lines(t);
    }

    /** Text fields that hold a timeline alone, as a review tool keeps it, by the reader's names (a tool's own spellings through {@link #respelled}). */
    private static final List<String> TIMELINE_FIELDS = List.of("incident_timeline", "timeline", "timeline_of_events");
    private static final int MIN_TIMELINE_LENGTH = 80;
    /** How deep under the record its postmortem may be kept ({"fields": {"post_incident_review": {"description": ...}}}). */
    private static final int MAX_DEPTH = 3;
    /** Most objects of a record looked at for its postmortem. */
    private static final int MAX_CANDIDATES = 2_000;

    /** The object itself and the objects under it, nearest first ({"postmortem": {"body": ...}}). */
    private static List<JsonNode> candidates(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (!node.isObject()) {
            return out;
        }
        out.add(node);
        int from = 0;
        for (int depth = 1; depth <= MAX_DEPTH; depth++) {
            int to = out.size();
            for (int i = from; i < to; i++) {
                out.get(i).elements().forEachRemaining(c -> {
                    if (c.isObject()) {
                        out.add(c);
                    } else if (c.isArray()) {
                        // a comment that holds the postmortem ({"comments": [{"body": "## Timeline ..."}]})
                        c.forEach(e -> {
                            if (e.isObject() && out.size() < MAX_CANDIDATES) {
                                out.add(e);
                            }
                        });
                    }
                });
            }
            from = to;
        }
        return out;
    }

    /**
     * The incident of a record that is only a wrapper around its postmortem (a Confluence page's
     * title and body): the text read as a Markdown postmortem under the record's title, kept as
     * the JSON record it came from.
     */
    static Optional<Extraction> alone(RawPostmortem.Json record, String markdown, MarkdownExtractor reader) {
        Optional<String> title = JsonExtractor.text(record.node(), "title", "name", "summary", "subject");
        String doc = title.map(t -> "# " + t.strip() + "\n\n").orElse("") + markdown;
        try {
            RawPostmortem.Markdown raw = new RawPostmortem.Markdown(record.location(), record.contentHash(), new MarkdownReader().read(doc));
            if (reader.extract(raw, List.of()) instanceof Extraction.Extracted x) {
                return Optional.of(new Extraction.Extracted(x.incident().withFormat(io.hindsight.model.SourceFormat.JSON)));
            }
        } catch (MarkdownReader.FrontMatterException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The export's incident completed from the postmortem in its text: the embedded text is read
     * as a Markdown postmortem under the export's title and date (which it rarely repeats).
     */
    static Incident completed(Incident fromExport, String markdown, MarkdownExtractor reader) {
        StringBuilder doc = new StringBuilder();
        doc.append("# Postmortem: ").append(fromExport.title().orElse("incident")).append("\n\n");
        fromExport.date().ifPresent(d -> doc.append("Date: ").append(d).append("\n\n"));
        doc.append(markdown);
        Incident embedded;
        try {
            RawPostmortem.Markdown raw = new RawPostmortem.Markdown(fromExport.sourcePath(), "", new MarkdownReader().read(doc.toString()));
            Extraction e = reader.extract(raw, List.of());
            if (e instanceof Extraction.Extracted x) {
                embedded = x.incident();
            } else if (e instanceof Extraction.NotAPostmortem p && p.partial() != null) {
                embedded = p.partial();
            } else {
                return fromExport;
            }
        } catch (MarkdownReader.FrontMatterException e) {
            return fromExport;
        }
        // the ticket's closure is the tool's own record: the review's timeline is compared on the rest
        boolean timeline = phasesBesidesClosure(embedded) >= phasesBesidesClosure(fromExport);
        io.hindsight.model.Timings timings = timeline ? withClosure(embedded.timings(), fromExport.timings()) : fromExport.timings();
        EnumSet<io.hindsight.model.SectionKind> sections = EnumSet.noneOf(io.hindsight.model.SectionKind.class);
        sections.addAll(fromExport.sections());
        sections.addAll(embedded.sections());
        List<String> warnings = new ArrayList<>(fromExport.warnings());
        if (timeline) {
            embedded.warnings().stream().filter(w -> w.startsWith("timeline")).forEach(warnings::add);
        }
        return new Incident(fromExport.id(), fromExport.sourcePath(), fromExport.format(), fromExport.title(),
                fromExport.date().or(embedded::date), fromExport.severity().or(embedded::severity), fromExport.status(),
                fromExport.services().isEmpty() ? embedded.services() : fromExport.services(),
                fromExport.author().or(embedded::author),
                fromExport.participants().isEmpty() ? embedded.participants() : fromExport.participants(),
                fromExport.postmortemDate().or(embedded::postmortemDate), fromExport.summary().or(embedded::summary),
                timeline ? embedded.timeline() : fromExport.timeline(), timings,
                fromExport.statedDurationMinutes().isPresent() ? fromExport.statedDurationMinutes() : embedded.statedDurationMinutes(),
                fromExport.impact(), timeline ? embedded.detectionMethod().or(fromExport::detectionMethod) : fromExport.detectionMethod(),
                fromExport.rootCause().or(embedded::rootCause),
                fromExport.contributingFactors().isEmpty() ? embedded.contributingFactors() : fromExport.contributingFactors(),
                fromExport.actionItems().isEmpty() ? embedded.actionItems() : fromExport.actionItems(),
                fromExport.whatWentWell().isEmpty() ? embedded.whatWentWell() : fromExport.whatWentWell(),
                fromExport.whatWentPoorly().isEmpty() ? embedded.whatWentPoorly() : fromExport.whatWentPoorly(),
                fromExport.lessonsLearned().isEmpty() ? embedded.lessonsLearned() : fromExport.lessonsLearned(),
                sections, warnings);
    }

    private static long phasesBesidesClosure(Incident i) {
        return i.timings().phases().keySet().stream().filter(p -> p != io.hindsight.model.Phase.CLOSED).count();
    }

    /**
     * A review's timings with the ticket's closure when the review tells none: the tool closed the
     * ticket after the last moment the review tells, and the incident's duration runs to it.
     */
    private static io.hindsight.model.Timings withClosure(io.hindsight.model.Timings review, io.hindsight.model.Timings ticket) {
        java.time.Instant closed = ticket.phases().get(io.hindsight.model.Phase.CLOSED);
        if (closed == null || review.phases().containsKey(io.hindsight.model.Phase.CLOSED)
                || review.phases().values().stream().anyMatch(at -> at.isAfter(closed))) {
            return review;
        }
        java.util.Map<io.hindsight.model.Phase, java.time.Instant> phases = new java.util.EnumMap<>(review.phases());
        phases.put(io.hindsight.model.Phase.CLOSED, closed);
        java.util.Map<io.hindsight.model.TimingMetric, Long> minutes = new java.util.EnumMap<>(io.hindsight.model.TimingMetric.class);
        minutes.putAll(review.minutes());
        for (io.hindsight.model.TimingMetric m : io.hindsight.model.TimingMetric.values()) {
            java.time.Instant from = phases.get(m.from());
            if (m.to() == io.hindsight.model.Phase.CLOSED && from != null) {
                minutes.put(m, Math.floorDiv(java.time.Duration.between(from, closed).getSeconds(), 60));
            }
        }
        return new io.hindsight.model.Timings(phases, minutes);
    }
}
