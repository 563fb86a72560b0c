package io.hindsight.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * A document's YAML front matter as a JSON tree, so that the readers of JSON records (a
 * {@code timeline:} of time and event records, {@code actions:} records with owner, due date and
 * status) read it the same way. YAML dates become ISO dates ({@code due: 2026-05-01}) and
 * instants, not the epoch numbers a JSON mapper would make of them.
 */
final class FrontMatterNodes {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** How deep the tree is copied; front matter deeper than this is no incident's. */
    private static final int MAX_DEPTH = 6;

    private FrontMatterNodes() {
    }

    static ObjectNode of(Map<String, Object> frontMatter) {
        ObjectNode n = NODES.objectNode();
        frontMatter.forEach((k, v) -> n.set(k, node(v, 0)));
        return n;
    }

    private static JsonNode node(Object v, int depth) {
        if (v == null || depth > MAX_DEPTH) {
            return NODES.nullNode();
        }
        if (v instanceof Map<?, ?> m) {
            ObjectNode o = NODES.objectNode();
            m.forEach((k, x) -> o.set(String.valueOf(k), node(x, depth + 1)));
            return o;
        }
        if (v instanceof List<?> l) {
            ArrayNode a = NODES.arrayNode();
            l.forEach(x -> a.add(node(x, depth + 1)));
            return a;
        }
        if (v instanceof java.util.Date d) {
            // YAML's "due: 2026-05-01" is midnight UTC: a day; "time: 2026-04-22T13:05:00Z" keeps its time
            java.time.Instant at = d.toInstant();
            java.time.LocalDate day = at.atOffset(ZoneOffset.UTC).toLocalDate();
            return NODES.textNode(at.equals(day.atStartOfDay(ZoneOffset.UTC).toInstant()) ? day.toString() : at.toString());
        }
        if (v instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (v instanceof Number num) {
            return NODES.textNode(num.toString());
        }
        return NODES.textNode(v.toString());
    }
}
