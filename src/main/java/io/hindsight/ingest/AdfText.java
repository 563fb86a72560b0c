package io.hindsight.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Map;

/**
 * Text that Atlassian Cloud keeps as Atlassian Document Format (a Jira issue's description,
 * comments and text fields; a Confluence page's {@code atlas_doc_format} body, kept as a JSON
 * string) written out as the Markdown the rest of the reader knows: headings, paragraphs, bullet,
 * numbered and task lists ({@code - [x]}), tables, code blocks, quotes and panels; mentions,
 * emoji, dates and status lozenges as their text. Marks other than bold and code are dropped.
 */
public final class AdfText {
    private AdfText() {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Deepest document nesting followed; deeper content is left out. */
    private static final int MAX_DEPTH = 48;

    /** Whether the node is an ADF document: {@code {"type": "doc", "content": [...]}}. */
    public static boolean isDocument(JsonNode n) {
        return n != null && n.isObject() && "doc".equals(n.path("type").asText()) && n.path("content").isArray();
    }

    /**
     * The tree with every ADF document in it replaced by its Markdown text: documents held as
     * objects, and documents held as a JSON string in a body's {@code atlas_doc_format}
     * representation ({@code {"value": "{\"type\":\"doc\",...}", "representation": "atlas_doc_format"}}),
     * which becomes the text itself. The tree is changed in place; the root is returned, or its
     * text when the root is a document.
     */
    public static JsonNode converted(JsonNode root, ObjectMapper mapper) {
        if (isDocument(root)) {
            return NODES.textNode(markdown(root));
        }
        convertIn(root, mapper, 0);
        return root;
    }

    private static void convertIn(JsonNode node, ObjectMapper mapper, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        if (node instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                JsonNode text = asText(f.getValue(), mapper);
                if (text != null) {
                    f.setValue(text);
                } else {
                    convertIn(f.getValue(), mapper, depth + 1);
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                JsonNode text = asText(a.get(i), mapper);
                if (text != null) {
                    a.set(i, text);
                } else {
                    convertIn(a.get(i), mapper, depth + 1);
                }
            }
        }
    }

    /** The node's Markdown when it is a document, or a body representation holding one; else null. */
    private static JsonNode asText(JsonNode v, ObjectMapper mapper) {
        if (isDocument(v)) {
            return NODES.textNode(markdown(v));
        }
        if (v.isObject() && "atlas_doc_format".equals(v.path("representation").asText()) && v.path("value").isTextual()) {
            JsonNode doc = parsed(v.get("value").asText(), mapper);
            return isDocument(doc) ? NODES.textNode(markdown(doc)) : null;
        }
        if (v.isObject() && v.has("atlas_doc_format") && onlyLinksBeside(v, "atlas_doc_format")) {
            return asText(v.get("atlas_doc_format"), mapper); // Confluence's "body": {"atlas_doc_format": {...}, "_expandable": {...}}
        }
        return null;
    }

    /** Whether the object's fields other than {@code field} are only the API's links ({@code _expandable}, {@code _links}). */
    private static boolean onlyLinksBeside(JsonNode v, String field) {
        for (Iterator<String> it = v.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!k.equals(field) && !k.startsWith("_")) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode parsed(String json, ObjectMapper mapper) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** The document as Markdown. */
    public static String markdown(JsonNode doc) {
        StringBuilder out = new StringBuilder();
        blocks(doc.path("content"), out, "", 0);
        return out.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    private static void blocks(JsonNode content, StringBuilder out, String indent, int depth) {
        for (JsonNode b : content) {
            block(b, out, indent, depth);
        }
    }

    private static void block(JsonNode b, StringBuilder out, String indent, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        String type = b.path("type").asText();
        switch (type) {
            case "paragraph" -> out.append(indent).append(inline(b.path("content"), "\n" + indent)).append("\n\n");
            case "heading" -> out.append("#".repeat(Math.max(1, Math.min(6, b.path("attrs").path("level").asInt(2))))).append(' ')
                    .append(inline(b.path("content"), " ")).append("\n\n");
            case "bulletList", "orderedList", "taskList", "decisionList" -> {
                list(b, out, indent, depth);
                out.append('\n');
            }
            case "table" -> table(b, out);
            case "codeBlock" -> out.append(indent).append("```\n").append(inline(b.path("content"), "\n")).append("\n```\n\n");
            case "blockquote" -> {
                StringBuilder inner = new StringBuilder();
                blocks(b.path("content"), inner, "", depth + 1);
                inner.toString().strip().lines().forEach(l -> out.append(indent).append("> ").append(l).append('\n'));
                out.append('\n');
            }
            case "expand", "nestedExpand" -> {
                String title = b.path("attrs").path("title").asText("");
                if (!title.isBlank()) {
                    out.append(indent).append("**").append(title.strip()).append("**\n\n");
                }
                blocks(b.path("content"), out, indent, depth + 1);
            }
            case "rule" -> out.append("---\n\n");
            case "mediaSingle", "mediaGroup", "media", "extension", "inlineExtension" -> {
                // pictures and macros without a body hold no words
            }
            default -> {
                // panel, layoutSection, layoutColumn, bodiedExtension, listItem out of a list: their blocks
                if (b.path("content").isArray() && b.path("content").size() > 0 && b.path("content").get(0).has("type")
                        && !b.path("content").get(0).path("type").asText().equals("text")) {
                    blocks(b.path("content"), out, indent, depth + 1);
                } else if (b.path("content").isArray()) {
                    out.append(indent).append(inline(b.path("content"), "\n" + indent)).append("\n\n");
                }
            }
        }
    }

    private static void list(JsonNode list, StringBuilder out, String indent, int depth) {
        String type = list.path("type").asText();
        int number = list.path("attrs").path("order").asInt(1);
        for (JsonNode item : list.path("content")) {
            String marker = switch (type) {
                case "orderedList" -> (number++) + ". ";
                case "taskList" -> "DONE".equalsIgnoreCase(item.path("attrs").path("state").asText()) ? "- [x] " : "- [ ] ";
                default -> "- ";
            };
            if (item.path("type").asText().equals("taskList")) {
                list(item, out, indent + "  ", depth + 1); // a task list nested in one
                continue;
            }
            JsonNode content = item.path("content");
            boolean inlineItem = content.size() > 0 && isInline(content.get(0));
            if (inlineItem) {
                // a task or decision item holds its words directly
                out.append(indent).append(marker).append(inline(content, " ")).append('\n');
                continue;
            }
            boolean first = true;
            for (JsonNode child : content) {
                String childType = child.path("type").asText();
                if (first && childType.equals("paragraph")) {
                    out.append(indent).append(marker).append(inline(child.path("content"), " ")).append('\n');
                } else if (childType.endsWith("List")) {
                    if (first) {
                        out.append(indent).append(marker.strip()).append('\n');
                    }
                    list(child, out, indent + "  ", depth + 1);
                } else {
                    if (first) {
                        out.append(indent).append(marker).append('\n');
                    }
                    StringBuilder inner = new StringBuilder();
                    block(child, inner, indent + "  ", depth + 1);
                    out.append(inner.toString().stripTrailing()).append('\n');
                }
                first = false;
            }
        }
    }

    private static boolean isInline(JsonNode n) {
        return switch (n.path("type").asText()) {
            case "text", "hardBreak", "mention", "emoji", "date", "status", "inlineCard", "placeholder" -> true;
            default -> false;
        };
    }

    private static void table(JsonNode table, StringBuilder out) {
        boolean header = true;
        for (JsonNode row : table.path("content")) {
            out.append('|');
            int cells = 0;
            for (JsonNode cell : row.path("content")) {
                StringBuilder text = new StringBuilder();
                for (JsonNode b : cell.path("content")) {
                    if (text.length() > 0) {
                        text.append("<br>");
                    }
                    text.append(cellText(b));
                }
                out.append(' ').append(text.toString().replace("|", "\\|").replace("\n", "<br>")).append(" |");
                cells++;
            }
            out.append('\n');
            if (header) {
                out.append('|').append(" --- |".repeat(Math.max(1, cells))).append('\n');
                header = false;
            }
        }
        out.append('\n');
    }

    /** A block inside a table cell as one line: a list's items parted by line breaks. */
    private static String cellText(JsonNode b) {
        String type = b.path("type").asText();
        if (type.endsWith("List")) {
            StringBuilder items = new StringBuilder();
            list(b, items, "", 0);
            return String.join("<br>", items.toString().strip().lines().toList());
        }
        if (b.path("content").isArray() && b.path("content").size() > 0 && isInline(b.path("content").get(0))) {
            return inline(b.path("content"), "<br>");
        }
        StringBuilder inner = new StringBuilder();
        block(b, inner, "", 1);
        return String.join("<br>", inner.toString().strip().lines().filter(l -> !l.isBlank()).toList());
    }

    /** Inline nodes as text; a hard break as {@code lineBreak}. */
    private static String inline(JsonNode content, String lineBreak) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode n : content) {
            JsonNode attrs = n.path("attrs");
            switch (n.path("type").asText()) {
                case "text" -> sb.append(marked(n));
                case "hardBreak" -> sb.append(lineBreak);
                case "mention" -> sb.append(attrs.path("text").asText(""));
                case "emoji" -> sb.append(attrs.has("text") ? attrs.path("text").asText() : attrs.path("shortName").asText(""));
                case "status" -> sb.append(attrs.path("text").asText(""));
                case "date" -> sb.append(date(attrs.path("timestamp").asText("")));
                case "inlineCard" -> sb.append(attrs.path("url").asText(""));
                default -> {
                    if (n.path("text").isTextual()) {
                        sb.append(n.path("text").asText());
                    }
                }
            }
        }
        return sb.toString();
    }

    private static String marked(JsonNode text) {
        String t = text.path("text").asText("");
        if (t.isBlank()) {
            return t;
        }
        for (JsonNode m : text.path("marks")) {
            switch (m.path("type").asText()) {
                case "strong" -> {
                    // the spaces stay outside the markers: "   Severity: " is "   **Severity:** "
                    String core = t.strip();
                    int lead = t.indexOf(core);
                    t = t.substring(0, lead) + "**" + core + "**" + t.substring(lead + core.length());
                }
                case "code" -> t = "`" + t + "`";
                default -> {
                    // em, underline, link, colour: the words alone
                }
            }
        }
        return t;
    }

    /** An ADF date node's timestamp (epoch milliseconds) as an ISO date. */
    private static String date(String millis) {
        try {
            return Instant.ofEpochMilli(Long.parseLong(millis.strip())).atOffset(ZoneOffset.UTC).toLocalDate().toString();
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return millis;
        }
    }
}
