package io.hindsight.report.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.hindsight.analyse.RunStats;
import io.hindsight.model.ActionItem;
import io.hindsight.model.ActionStatus;
import io.hindsight.model.IncidentRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writers of the analyst data files of CONTRACT section 3 ({@code incidents.jsonl},
 * {@code action_items.csv}, {@code rejects.csv}; JSON documents through {@link #json}). UTF-8,
 * "\n" line ends, RFC 4180 CSV with a header; callers pass rows already sorted.
 */
public final class DataFiles {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\n").build();

    private DataFiles() {
    }

    /** Streams incidents to {@code incidents.jsonl} and their action items to {@code action_items.csv} in one pass. */
    public static long writeIncidents(Iterator<IncidentRecord> sortedById, OutputStream incidents, OutputStream actionItems,
                                      LocalDate asOf) {
        long n = 0;
        try {
            Writer jsonl = new OutputStreamWriter(incidents, StandardCharsets.UTF_8);
            CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(actionItems, StandardCharsets.UTF_8), CSV);
            csv.printRecord("incident_id", "id", "action", "owner", "due_date", "priority", "status", "overdue");
            while (sortedById.hasNext()) {
                IncidentRecord r = sortedById.next();
                jsonl.write(IncidentJson.write(r));
                jsonl.write('\n');
                for (ActionItem a : r.incident().actionItems()) {
                    csv.printRecord(r.id(), a.id(), a.action(), a.owner().orElse(""), a.dueDate().map(Object::toString).orElse(""),
                            a.priority().orElse(""), a.status().map(ActionStatus::label).orElse(""), a.isOverdue(asOf));
                }
                n++;
            }
            jsonl.flush();
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }

    public static void writeRejects(List<RunStats.Reject> sorted, OutputStream out) {
        try {
            CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSV);
            csv.printRecord("path", "reason", "detail");
            for (RunStats.Reject r : sorted) {
                csv.printRecord(r.path(), r.reason(), r.detail());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one JSON document (maps keep their order; use sorted or linked maps), pretty-printed, ending in a newline. */
    public static void json(Object value, OutputStream out) {
        try {
            JsonGenerator g = FACTORY.createGenerator(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            g.setPrettyPrinter(pp);
            writeValue(g, value);
            g.writeRaw('\n');
            g.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes JSON Lines: one compact object per line. */
    public static void jsonLines(Iterator<?> values, OutputStream out) {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            while (values.hasNext()) {
                JsonGenerator g = FACTORY.createGenerator(w);
                writeValue(g, values.next());
                g.flush();
                w.write('\n');
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeValue(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                writeValue(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof Iterable<?> it) {
            g.writeStartArray();
            for (Object o : it) {
                writeValue(g, o);
            }
            g.writeEndArray();
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Integer || v instanceof Long) {
            g.writeNumber(((Number) v).longValue());
        } else if (v instanceof Double d) {
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                g.writeNumber(d.longValue());
            } else {
                g.writeNumber(Math.round(d * 1000.0) / 1000.0);
            }
        } else if (v instanceof java.util.Optional<?> o) {
            writeValue(g, o.orElse(null));
        } else {
            g.writeString(String.valueOf(v));
        }
    }
}
