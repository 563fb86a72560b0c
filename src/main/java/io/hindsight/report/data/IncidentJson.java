package io.hindsight.report.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hindsight.model.ActionItem;
import io.hindsight.model.ActionStatus;
import io.hindsight.model.DetectionMethod;
import io.hindsight.model.Impact;
import io.hindsight.model.Incident;
import io.hindsight.model.IncidentRecord;
import io.hindsight.model.Phase;
import io.hindsight.model.Quality;
import io.hindsight.model.SectionKind;
import io.hindsight.model.Severity;
import io.hindsight.model.SourceFormat;
import io.hindsight.model.TimelineEvent;
import io.hindsight.model.TimingMetric;
import io.hindsight.model.Timings;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Writes an incident as one line of {@code incidents.jsonl} (CONTRACT section 3: fixed field
 * order, nulls where the postmortem does not say) and reads that form back. The internal form
 * adds what the contract does not ask for but the analysis needs ({@code sections}).
 */
public final class IncidentJson {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private IncidentJson() {
    }

    /** The contract's line for {@code incidents.jsonl}. */
    public static String write(IncidentRecord r) {
        return write(r, false);
    }

    /** The line with the internal fields as well, for passing incidents between stages. */
    public static String writeInternal(IncidentRecord r) {
        return write(r, true);
    }

    private static String write(IncidentRecord r, boolean internal) {
        Incident i = r.incident();
        StringWriter out = new StringWriter(2048);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("id", i.id());
            g.writeStringField("source_path", i.sourcePath());
            g.writeStringField("format", i.format().label());
            str(g, "title", i.title());
            str(g, "date", i.date().map(LocalDate::toString));
            str(g, "quarter", i.quarter().map(Object::toString));
            str(g, "severity", i.severity().map(Enum::name));
            str(g, "status", i.status());
            strings(g, "services", i.services());
            str(g, "author", i.author());
            strings(g, "participants", i.participants());
            str(g, "postmortem_date", i.postmortemDate().map(LocalDate::toString));
            for (Phase p : Phase.values()) {
                str(g, p.fieldName(), i.timings().at(p).map(Instant::toString));
            }
            for (TimingMetric m : TimingMetric.values()) {
                num(g, m.fieldName(), i.timings().get(m));
            }
            num(g, "stated_duration_minutes", i.statedDurationMinutes());
            Impact im = i.impact();
            num(g, "users_affected", im.usersAffected());
            if (im.usersAffectedPct().isPresent()) {
                double v = im.usersAffectedPct().getAsDouble();
                g.writeFieldName("users_affected_pct");
                if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                    g.writeNumber((long) v);
                } else {
                    g.writeNumber(v);
                }
            } else {
                g.writeNullField("users_affected_pct");
            }
            num(g, "failed_requests", im.failedRequests());
            num(g, "revenue_loss_usd", im.revenueLossUsd());
            if (im.sloBreached().isPresent()) {
                g.writeBooleanField("slo_breached", im.sloBreached().get());
            } else {
                g.writeNullField("slo_breached");
            }
            num(g, "support_tickets", im.supportTickets());
            str(g, "detection_method", i.detectionMethod().map(DetectionMethod::label));
            str(g, "root_cause", i.rootCause());
            strings(g, "contributing_factors", i.contributingFactors());
            g.writeArrayFieldStart("action_items");
            for (ActionItem a : i.actionItems()) {
                g.writeStartObject();
                g.writeStringField("id", a.id());
                g.writeStringField("action", a.action());
                str(g, "owner", a.owner());
                str(g, "due_date", a.dueDate().map(LocalDate::toString));
                str(g, "priority", a.priority());
                str(g, "status", a.status().map(ActionStatus::label));
                g.writeEndObject();
            }
            g.writeEndArray();
            strings(g, "what_went_well", i.whatWentWell());
            strings(g, "what_went_poorly", i.whatWentPoorly());
            strings(g, "lessons_learned", i.lessonsLearned());
            Quality q = r.quality();
            g.writeObjectFieldStart("quality");
            g.writeNumberField("score", q.score());
            strings(g, "missing_sections", q.missingSections().stream().map(k -> k.name().toLowerCase(Locale.ROOT)).toList());
            strings(g, "blame_phrases", q.blamePhrases());
            g.writeNumberField("action_items_without_owner", q.actionItemsWithoutOwner());
            g.writeNumberField("action_items_without_due_date", q.actionItemsWithoutDueDate());
            g.writeEndObject();
            num(g, "postmortem_lag_days", i.postmortemLagDays());
            strings(g, "cause_clusters", r.causeClusters());
            strings(g, "warnings", i.warnings());
            str(g, "summary", i.summary());
            g.writeArrayFieldStart("timeline");
            for (TimelineEvent e : i.timeline()) {
                g.writeStartObject();
                str(g, "at", e.at().map(Instant::toString));
                g.writeStringField("event", e.text());
                str(g, "source", e.source());
                str(g, "phase", e.phase().map(p -> p.name().toLowerCase(Locale.ROOT)));
                g.writeEndObject();
            }
            g.writeEndArray();
            if (internal) {
                strings(g, "sections", i.sections().stream().sorted().map(Enum::name).toList());
                g.writeObjectFieldStart("durations_without_dates");
                for (TimingMetric m : TimingMetric.values()) {
                    num(g, m.fieldName(), i.timings().get(m));
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Reads a line written by {@link #writeInternal} back into the record. */
    public static IncidentRecord read(String json) {
        JsonNode n;
        try {
            n = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Phase, Instant> phases = new EnumMap<>(Phase.class);
        for (Phase p : Phase.values()) {
            text(n, p.fieldName()).ifPresent(s -> phases.put(p, Instant.parse(s)));
        }
        Map<TimingMetric, Long> minutes = new EnumMap<>(TimingMetric.class);
        JsonNode durations = n.has("durations_without_dates") ? n.get("durations_without_dates") : n;
        for (TimingMetric m : TimingMetric.values()) {
            longOf(durations, m.fieldName()).ifPresent(v -> minutes.put(m, v));
        }
        JsonNode im = n;
        Impact impact = new Impact(longOf(im, "users_affected"),
                n.hasNonNull("users_affected_pct") ? OptionalDouble.of(n.get("users_affected_pct").asDouble()) : OptionalDouble.empty(),
                longOf(im, "failed_requests"), longOf(im, "revenue_loss_usd"),
                n.hasNonNull("slo_breached") ? Optional.of(n.get("slo_breached").asBoolean()) : Optional.empty(),
                longOf(im, "support_tickets"));
        List<ActionItem> actions = new ArrayList<>();
        for (JsonNode a : n.path("action_items")) {
            actions.add(new ActionItem(a.get("id").asText(), a.get("action").asText(), text(a, "owner"),
                    text(a, "due_date").map(LocalDate::parse), text(a, "priority"),
                    text(a, "status").map(s -> ActionStatus.valueOf(s.toUpperCase(Locale.ROOT)))));
        }
        List<TimelineEvent> timeline = new ArrayList<>();
        for (JsonNode e : n.path("timeline")) {
            timeline.add(new TimelineEvent(text(e, "at").map(Instant::parse), e.get("event").asText(), text(e, "source"),
                    text(e, "phase").map(s -> Phase.valueOf(s.toUpperCase(Locale.ROOT)))));
        }
        Set<SectionKind> sections = EnumSet.noneOf(SectionKind.class);
        for (JsonNode s : n.path("sections")) {
            sections.add(SectionKind.valueOf(s.asText()));
        }
        Incident incident = new Incident(n.get("id").asText(), n.get("source_path").asText(),
                SourceFormat.valueOf(n.get("format").asText().toUpperCase(Locale.ROOT)),
                text(n, "title"), text(n, "date").map(LocalDate::parse), text(n, "severity").map(Severity::valueOf),
                text(n, "status"), strings(n, "services"), text(n, "author"), strings(n, "participants"),
                text(n, "postmortem_date").map(LocalDate::parse), text(n, "summary"), timeline, new Timings(phases, minutes),
                longOf(n, "stated_duration_minutes"), impact,
                text(n, "detection_method").map(s -> DetectionMethod.valueOf(s.toUpperCase(Locale.ROOT))),
                text(n, "root_cause"), strings(n, "contributing_factors"), actions, strings(n, "what_went_well"),
                strings(n, "what_went_poorly"), strings(n, "lessons_learned"), sections, strings(n, "warnings"));
        JsonNode q = n.get("quality");
        List<SectionKind> missing = new ArrayList<>();
        for (JsonNode s : q.path("missing_sections")) {
            missing.add(SectionKind.valueOf(s.asText().toUpperCase(Locale.ROOT)));
        }
        Quality quality = new Quality(q.get("score").asInt(), missing, strings(q, "blame_phrases"),
                q.get("action_items_without_owner").asInt(), q.get("action_items_without_due_date").asInt());
        return new IncidentRecord(incident, quality, strings(n, "cause_clusters"));
    }

    private static Optional<String> text(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
    }

    private static OptionalLong longOf(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? OptionalLong.empty() : OptionalLong.of(v.asLong());
    }

    private static List<String> strings(JsonNode n, String f) {
        List<String> out = new ArrayList<>();
        n.path(f).forEach(v -> out.add(v.asText()));
        return out;
    }

    private static void str(JsonGenerator g, String field, Optional<String> v) throws IOException {
        if (v.isPresent()) {
            g.writeStringField(field, v.get());
        } else {
            g.writeNullField(field);
        }
    }

    private static void num(JsonGenerator g, String field, OptionalLong v) throws IOException {
        if (v.isPresent()) {
            g.writeNumberField(field, v.getAsLong());
        } else {
            g.writeNullField(field);
        }
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

}
