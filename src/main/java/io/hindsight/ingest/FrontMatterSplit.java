package io.hindsight.ingest;

import java.util.Optional;

/**
 * Splits a YAML front matter block off the top of a Markdown file: the first line is
 * {@code ---} and the block ends at the next line that is {@code ---} or {@code ...}.
 */
record FrontMatterSplit(Optional<String> yaml, String body) {

    static FrontMatterSplit of(String markdown) {
        String text = markdown.startsWith("\uFEFF") ? markdown.substring(1) : markdown;
        int firstEnd = text.indexOf('\n');
        if (firstEnd < 0 || !text.substring(0, firstEnd).strip().equals("---")) {
            return new FrontMatterSplit(Optional.empty(), markdown);
        }
        int pos = firstEnd + 1;
        while (pos < text.length()) {
            int end = text.indexOf('\n', pos);
            String line = (end < 0 ? text.substring(pos) : text.substring(pos, end)).strip();
            if (line.equals("---") || line.equals("...")) {
                String yaml = text.substring(firstEnd + 1, pos);
                String body = end < 0 ? "" : text.substring(end + 1);
                return new FrontMatterSplit(Optional.of(yaml), body);
            }
            if (end < 0) {
                break;
            }
            pos = end + 1;
        }
        return new FrontMatterSplit(Optional.empty(), markdown);
    }
}
