package io.hindsight.ingest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One postmortem as read from a file, before any interpretation.
 * {@code sourcePath} is relative to the input root, so it is the same wherever the corpus lives.
 */
public sealed interface RawPostmortem {
    String sourcePath();

    /** SHA-256 (hex) of the file's bytes. */
    String contentHash();

    /** The document's text with markup removed, for language checks (blame phrases). */
    String plainText();

    /** A Markdown postmortem. */
    record Markdown(String sourcePath, String contentHash, MarkdownDocument document) implements RawPostmortem {
        @Override
        public String plainText() {
            return document.plainText();
        }
    }

    /**
     * One incident object from a JSON file; {@code index} is its position in an array or its
     * line in a JSON Lines file (-1 for a file holding a single object).
     */
    record Json(String sourcePath, String contentHash, int index, JsonNode node) implements RawPostmortem {
        @Override
        public String plainText() {
            StringBuilder sb = new StringBuilder();
            collect(node, sb);
            return sb.toString();
        }

        private static void collect(JsonNode n, StringBuilder sb) {
            if (n.isTextual()) {
                sb.append(n.asText()).append('\n');
            } else if (n.isContainerNode()) {
                n.forEach(child -> collect(child, sb));
            }
        }

        /** Where the incident sits: {@code path}, {@code path#3} in an array, {@code path:12} for a JSON line. */
        public String location() {
            if (index < 0) {
                return sourcePath;
            }
            return sourcePath.endsWith(".json") ? sourcePath + "#" + index : sourcePath + ":" + index;
        }
    }
}
