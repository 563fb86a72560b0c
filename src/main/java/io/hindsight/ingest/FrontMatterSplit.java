package io.hindsight.ingest;

import java.util.Optional;

/**
 * Splits a front matter block off the top of a Markdown file: YAML, whose first line is
 * {@code ---} and which ends at the next line that is {@code ---} or {@code ...}, or TOML (as
 * Hugo writes it), between two lines that are {@code +++}.
 *
 * @param block the block's text, without its fences
 * @param toml  whether the block is TOML rather than YAML
 */
record FrontMatterSplit(Optional<String> block, boolean toml, String body) {

    static FrontMatterSplit of(String markdown) {
        String text = markdown.startsWith("\uFEFF") ? markdown.substring(1) : markdown;
        int firstEnd = text.indexOf('\n');
        String fence = firstEnd < 0 ? "" : text.substring(0, firstEnd).strip();
        boolean toml = fence.equals("+++");
        if (!toml && !fence.equals("---")) {
            return new FrontMatterSplit(Optional.empty(), false, markdown);
        }
        int pos = firstEnd + 1;
        while (pos < text.length()) {
            int end = text.indexOf('\n', pos);
            String line = (end < 0 ? text.substring(pos) : text.substring(pos, end)).strip();
            if (toml ? line.equals("+++") : line.equals("---") || line.equals("...")) {
                String block = text.substring(firstEnd + 1, pos);
                String body = end < 0 ? "" : text.substring(end + 1);
                return new FrontMatterSplit(Optional.of(block), toml, body);
            }
            if (end < 0) {
                break;
            }
            pos = end + 1;
        }
        return new FrontMatterSplit(Optional.empty(), false, markdown);
    }
}
