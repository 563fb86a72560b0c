package io.hindsight.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A Jira search result ({@code {"issues": [...], "names": {...}}}) as its incidents: each issue
 * carries the result's names of custom fields, and an issue that reviews another one in the same
 * result (Jira Service Management's "Post-incident review", linked "reviews" / "is reviewed by")
 * is that incident's review, merged into it, not an incident of its own.
 */
final class JiraIssues {
    private JiraIssues() {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** An issue type that is a review of an incident. */
    private static final Pattern REVIEW_TYPE = Pattern.compile("(?i).*(?:review|post[- ]?mortem|\\bpir\\b|retro).*");

    /**
     * Each issue of the tree that carries Jira's names of its custom fields ({@code "names":
     * {"customfield_10303": "Timeline"}}) with those fields under their names too, as the rest of
     * the reader (and the person who wrote them) calls them.
     */
    static void nameCustomFields(JsonNode node, int depth) {
        if (depth > 3) {
            return;
        }
        if (node instanceof ObjectNode o && o.path("names").isObject() && o.path("fields") instanceof ObjectNode fields) {
            List<String> keys = new ArrayList<>();
            fields.fieldNames().forEachRemaining(keys::add);
            for (String k : keys) {
                JsonNode name = o.get("names").path(k);
                if (k.startsWith("customfield") && name.isTextual() && !name.asText().isBlank() && !fields.has(name.asText())) {
                    fields.set(name.asText(), fields.get(k));
                }
            }
        }
        if (node.isContainerNode()) {
            node.forEach(c -> nameCustomFields(c, depth + 1));
        }
    }

    /** Whether the node is a search result holding issues. */
    static boolean isSearchResult(JsonNode root) {
        JsonNode issues = root.path("issues");
        return root.isObject() && issues.isArray() && !issues.isEmpty() && issues.get(0).has("fields") && issues.get(0).has("key");
    }

    /** The result's incidents: one object when a single incident remains, else an array. */
    static JsonNode incidents(JsonNode root) {
        JsonNode names = root.path("names");
        List<ObjectNode> issues = new ArrayList<>();
        Map<String, ObjectNode> byKey = new HashMap<>();
        for (JsonNode i : root.get("issues")) {
            if (i instanceof ObjectNode o) {
                if (names.isObject() && !o.has("names")) {
                    o.set("names", names);
                }
                nameCustomFields(o, 0);
                issues.add(o);
                byKey.put(o.path("key").asText(), o);
            }
        }
        List<ObjectNode> incidents = new ArrayList<>();
        for (ObjectNode issue : issues) {
            ObjectNode reviewed = reviewed(issue, byKey);
            if (reviewed == null) {
                incidents.add(issue);
            } else if (reviewed.path("fields") instanceof ObjectNode fields && !fields.has("post_incident_review")) {
                fields.set("post_incident_review", issue.path("fields")); // its custom fields named above
            }
        }
        if (incidents.size() == 1) {
            return incidents.get(0);
        }
        ArrayNode out = NODES.arrayNode();
        incidents.forEach(out::add);
        return out;
    }

    /** The issue of the same result that this one reviews, if it is a review. */
    private static ObjectNode reviewed(ObjectNode issue, Map<String, ObjectNode> byKey) {
        if (!REVIEW_TYPE.matcher(issue.path("fields").path("issuetype").path("name").asText()).matches()) {
            return null;
        }
        for (JsonNode link : issue.path("fields").path("issuelinks")) {
            for (String side : List.of("outwardIssue", "inwardIssue")) {
                ObjectNode other = byKey.get(link.path(side).path("key").asText());
                if (other != null && other != issue
                        && !REVIEW_TYPE.matcher(other.path("fields").path("issuetype").path("name").asText()).matches()) {
                    return other;
                }
            }
        }
        return null;
    }

}
