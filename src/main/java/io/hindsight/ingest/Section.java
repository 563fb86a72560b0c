package io.hindsight.ingest;

import java.util.List;

/**
 * A heading and the blocks under it up to the next heading (of any level). Sections are kept
 * flat, in document order, with their level; {@link MarkdownDocument#body(int)} gathers a
 * section together with its sub-sections.
 */
public record Section(String heading, int level, List<Block> blocks) {
    public Section {
        blocks = List.copyOf(blocks);
    }

    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            sb.append(b.text()).append('\n');
        }
        return sb.toString().trim();
    }
}
