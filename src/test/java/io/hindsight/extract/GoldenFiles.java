package io.hindsight.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hindsight.analyse.quality.QualityAssessor;
import io.hindsight.ingest.FileKind;
import io.hindsight.ingest.Ingestor;
import io.hindsight.ingest.RawPostmortem;
import io.hindsight.model.IncidentRecord;
import io.hindsight.report.data.IncidentJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Runs a fixture through ingest, extraction and quality, and compares with its expected JSON. */
final class GoldenFiles {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private GoldenFiles() {
    }

    /** The incidents.jsonl objects a file yields. */
    static List<JsonNode> extract(Path root, Path file) throws IOException {
        String rel = root.relativize(file).toString().replace('\\', '/');
        Ingestor.Outcome outcome = new Ingestor().ingest(rel, FileKind.of(rel).orElseThrow(), Files.readAllBytes(file));
        if (!outcome.rejections().isEmpty()) {
            throw new AssertionError(rel + " was rejected: " + outcome.rejections());
        }
        List<JsonNode> out = new ArrayList<>();
        Extractor extractor = new Extractor();
        for (RawPostmortem raw : outcome.postmortems()) {
            Extraction e = extractor.extract(raw, outcome.fileWarnings());
            if (!(e instanceof Extraction.Extracted x)) {
                throw new AssertionError(rel + " was not extracted: " + e);
            }
            IncidentRecord r = new IncidentRecord(x.incident(), QualityAssessor.standard().assess(x.incident(), raw.plainText()), List.of());
            out.add(MAPPER.readTree(IncidentJson.write(r)));
        }
        return out;
    }

    /** Field-by-field differences between what was extracted and what the fixture expects. */
    static List<String> compare(JsonNode actual, JsonNode expected, int[] counts) {
        List<String> diffs = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = expected.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            JsonNode want = e.getValue();
            if (key.startsWith("_")) {
                continue;
            }
            counts[0]++;
            String problem = null;
            if (key.endsWith("_contains")) {
                String field = key.substring(0, key.length() - "_contains".length());
                JsonNode got = actual.get(field);
                if (got == null || got.isNull() || !got.asText().contains(want.asText())) {
                    problem = field + " should contain '" + want.asText() + "' but is " + got;
                }
            } else if (key.endsWith("_count")) {
                String field = key.substring(0, key.length() - "_count".length());
                JsonNode got = actual.get(field);
                int size = got == null || !got.isArray() ? -1 : got.size();
                if (size != want.asInt()) {
                    problem = field + " count " + size + " != " + want.asInt() + " " + got;
                }
            } else if (key.equals("action_items")) {
                JsonNode got = actual.get("action_items");
                if (got.size() != want.size()) {
                    problem = "action_items count " + got.size() + " != " + want.size();
                } else {
                    for (int i = 0; i < want.size(); i++) {
                        for (Iterator<Map.Entry<String, JsonNode>> f = want.get(i).fields(); f.hasNext(); ) {
                            Map.Entry<String, JsonNode> af = f.next();
                            JsonNode g = got.get(i);
                            if (af.getKey().equals("action_contains")) {
                                if (!g.get("action").asText().contains(af.getValue().asText())) {
                                    problem = "action_items[" + i + "].action should contain '" + af.getValue().asText() + "': " + g.get("action");
                                }
                            } else if (!same(g.get(af.getKey()), af.getValue())) {
                                problem = "action_items[" + i + "]." + af.getKey() + " = " + g.get(af.getKey()) + " != " + af.getValue();
                            }
                        }
                    }
                }
            } else {
                JsonNode got = actual.get(key);
                if (!same(got, want)) {
                    problem = key + " = " + got + " != expected " + want;
                }
            }
            if (problem != null) {
                diffs.add(problem);
            } else {
                counts[1]++;
            }
        }
        return diffs;
    }

    static boolean same(JsonNode got, JsonNode want) {
        if (got == null || got.isNull()) {
            return want == null || want.isNull();
        }
        if (want == null || want.isNull()) {
            return false;
        }
        if (got.isNumber() && want.isNumber()) {
            return got.decimalValue().compareTo(want.decimalValue()) == 0;
        }
        return got.equals(want);
    }
}
