package io.hindsight.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A Notion database page fetched with its blocks (the API's page object beside its block
 * children, {@code {"page": {"properties": ...}, "blocks": {"results": [...]}}}) as a record the
 * JSON reader knows: each property as a field under its own name (a select's, status's or
 * person's name, a date's start, a title's or rich text's words, a multi-select's names), and the
 * blocks written out as the Markdown postmortem they are (headings, paragraphs, bullet, numbered
 * and to-do lists, quotes and callouts, code, tables), under {@code postmortem}.
 */
public final class NotionPage {
    private NotionPage() {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Deepest nesting of child blocks followed. */
    private static final int MAX_DEPTH = 12;

    /** Whether the node is a page with its blocks beside it. */
    static boolean isPageWithBlocks(JsonNode root) {
        return root.isObject() && root.path("page").path("properties").isObject() && !blocks(root.get("blocks")).isEmpty();
    }

    /** The page as a record: its properties as fields and its blocks as the Markdown postmortem. */
    static JsonNode converted(JsonNode root) {
        ObjectNode out = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.get("page").get("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            JsonNode value = propertyValue(p.getValue());
            if (value != null) {
                out.set("title".equals(p.getValue().path("type").asText()) ? "title" : p.getKey(), value);
            }
        }
        StringBuilder md = new StringBuilder();
        for (JsonNode b : blocks(root.get("blocks"))) {
            block(b, md, "", 0);
        }
        out.put("postmortem", md.toString());
        return out;
    }

    private static List<JsonNode> blocks(JsonNode blocks) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode list = blocks == null ? null : blocks.isArray() ? blocks : blocks.get("results");
        if (list != null && list.isArray()) {
            list.forEach(b -> {
                if (b.isObject() && b.has("type")) {
                    out.add(b);
                }
            });
        }
        return out;
    }

    private static JsonNode propertyValue(JsonNode p) {
        String type = p.path("type").asText();
        JsonNode v = p.get(type);
        if (v == null || v.isNull()) {
            return null;
        }
        return switch (type) {
            case "title", "rich_text" -> text(v).isBlank() ? null : NODES.textNode(text(v));
            case "select", "status" -> v.has("name") ? NODES.textNode(v.get("name").asText()) : null;
            case "multi_select", "people", "relation" -> {
                List<String> names = new ArrayList<>();
                v.forEach(e -> {
                    if (e.hasNonNull("name")) {
                        names.add(e.get("name").asText());
                    }
                });
                yield names.isEmpty() ? null : NODES.textNode(String.join(", ", names));
            }
            case "date" -> v.hasNonNull("start") ? NODES.textNode(v.get("start").asText()) : null;
            case "number", "checkbox", "url", "email", "phone_number", "created_time", "last_edited_time" -> v.isValueNode() ? v : null;
            default -> null;
        };
    }

    /** The words of a rich-text array. */
    private static String text(JsonNode rich) {
        StringBuilder s = new StringBuilder();
        if (rich != null && rich.isArray()) {
            for (JsonNode t : rich) {
                String words = t.hasNonNull("plain_text") ? t.get("plain_text").asText() : t.path("text").path("content").asText();
                boolean bold = t.path("annotations").path("bold").asBoolean();
                boolean code = t.path("annotations").path("code").asBoolean();
                s.append(code ? "`" + words + "`" : bold && !words.isBlank() ? "**" + words + "**" : words);
            }
        }
        return s.toString();
    }

    private static void block(JsonNode b, StringBuilder out, String indent, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        String type = b.get("type").asText();
        JsonNode body = b.path(type);
        String words = text(body.get("rich_text"));
        switch (type) {
            // a blank line before each block that is no list item ends the list before it
            case "heading_1", "heading_2", "heading_3" -> out.append('\n').append("#".repeat(type.charAt(8) - '0')).append(' ').append(words).append("\n\n");
            case "paragraph" -> out.append('\n').append(indent).append(words).append("\n\n");
            case "bulleted_list_item", "toggle" -> out.append(indent).append("- ").append(words).append('\n');
            case "numbered_list_item" -> out.append(indent).append("1. ").append(words).append('\n');
            case "to_do" -> out.append(indent).append(body.path("checked").asBoolean() ? "- [x] " : "- [ ] ").append(words).append('\n');
            case "quote", "callout" -> out.append('\n').append(indent).append("> ").append(words).append("\n\n");
            case "code" -> out.append("\n```\n").append(words).append("\n```\n\n");
            case "divider" -> out.append("\n---\n\n");
            case "table" -> table(b, out);
            default -> {
                if (!words.isBlank()) {
                    out.append(indent).append(words).append("\n\n");
                }
            }
        }
        if (!"table".equals(type)) {
            for (JsonNode child : blocks(b.get("children"))) {
                block(child, out, indent + "  ", depth + 1);
            }
        }
    }

    private static void table(JsonNode b, StringBuilder out) {
        out.append('\n');
        boolean first = true;
        for (JsonNode row : blocks(b.get("children"))) {
            JsonNode cells = row.path("table_row").path("cells");
            if (!cells.isArray()) {
                continue;
            }
            StringBuilder line = new StringBuilder("|");
            for (JsonNode cell : cells) {
                line.append(' ').append(text(cell).replace("|", "\\|").replace('\n', ' ')).append(" |");
            }
            out.append(line).append('\n');
            if (first) {
                out.append("|").append(" --- |".repeat(cells.size())).append('\n');
                first = false;
            }
        }
        out.append('\n');
    }
}
