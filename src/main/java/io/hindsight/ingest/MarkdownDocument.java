package io.hindsight.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Markdown file reduced to its structure: YAML front matter, the blocks before the first
 * heading, and the sections in document order.
 *
 * @param frontMatter the front matter as SnakeYAML loaded it (empty when there is none)
 * @param preamble    blocks before the first heading
 * @param sections    every heading with the blocks under it, flat, in order
 * @param warnings    what the reader left out to stay within its limits (see {@link MarkdownReader})
 */
public record MarkdownDocument(Map<String, Object> frontMatter, List<Block> preamble, List<Section> sections,
                               List<String> warnings) {
    public MarkdownDocument {
        // keep the document's key order (Map.copyOf's iteration order is randomised per JVM)
        frontMatter = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(frontMatter));
        preamble = List.copyOf(preamble);
        sections = List.copyOf(sections);
        warnings = List.copyOf(warnings);
    }

    public MarkdownDocument(Map<String, Object> frontMatter, List<Block> preamble, List<Section> sections) {
        this(frontMatter, preamble, sections, List.of());
    }

    /** The blocks of section {@code index} and of all its sub-sections (deeper headings that follow it). */
    public List<Block> body(int index) {
        Section head = sections.get(index);
        List<Block> out = new ArrayList<>(head.blocks());
        for (int i = index + 1; i < sections.size() && sections.get(i).level() > head.level(); i++) {
            out.addAll(sections.get(i).blocks());
        }
        return out;
    }

    /** The sub-sections of section {@code index}: the deeper headings that follow it. */
    public List<Section> children(int index) {
        Section head = sections.get(index);
        List<Section> out = new ArrayList<>();
        for (int i = index + 1; i < sections.size() && sections.get(i).level() > head.level(); i++) {
            out.add(sections.get(i));
        }
        return out;
    }

    public String plainText() {
        StringBuilder sb = new StringBuilder();
        for (Block b : preamble) {
            sb.append(b.text()).append('\n');
        }
        for (Section s : sections) {
            sb.append(s.heading()).append('\n').append(s.text()).append('\n');
        }
        return sb.toString();
    }
}
