package io.hindsight.ingest;

import java.util.List;
import java.util.Optional;

/**
 * A block of a Markdown section, as the commonmark AST gives it, reduced to plain text.
 * Inline formatting is dropped except that a leading bold phrase is remembered as {@code lead}
 * ("**Severity**: SEV1" has lead "Severity").
 */
public sealed interface Block {

    /** All the text of the block, lines joined with a space. */
    String text();

    /** A paragraph; {@code lines} keeps the author's line breaks (plain-line timelines need them). */
    record Paragraph(List<String> lines, Optional<String> lead) implements Block {
        public Paragraph {
            lines = List.copyOf(lines);
        }

        @Override
        public String text() {
            return String.join(" ", lines).trim();
        }
    }

    /** A bullet or numbered list. */
    record ListBlock(boolean ordered, List<Item> items) implements Block {
        public ListBlock {
            items = List.copyOf(items);
        }

        /** The items' text with what is nested under them, at any depth. */
        @Override
        public String text() {
            StringBuilder sb = new StringBuilder();
            for (Item item : items) {
                sb.append(item.fullText()).append(' ');
            }
            return sb.toString().trim();
        }
    }

    /**
     * One list item: its own text (first paragraph, line breaks kept in {@code lines}), its
     * leading bold phrase, and the blocks nested under it.
     */
    record Item(List<String> lines, Optional<String> lead, List<Block> children) {
        public Item {
            lines = List.copyOf(lines);
            children = List.copyOf(children);
        }

        public String text() {
            return String.join(" ", lines).trim();
        }

        /** The item's text with its nested blocks' text appended. */
        public String fullText() {
            StringBuilder sb = new StringBuilder(text());
            for (Block child : children) {
                sb.append(' ').append(child.text());
            }
            return sb.toString().trim();
        }
    }

    /**
     * A GFM table: header cells and body rows (each row as long as the header), and where a
     * writer parted a cell's lines with {@code <br>}, those lines ({@code rowLines}, by row and
     * cell; empty when no cell was parted).
     */
    record Table(List<String> header, List<List<String>> rows, List<List<List<String>>> rowLines) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            rowLines = rowLines.stream().map(r -> r.stream().map(List::copyOf).toList()).toList();
        }

        public Table(List<String> header, List<List<String>> rows) {
            this(header, rows, List.of());
        }

        /** A cell's lines as its writer parted them with {@code <br>}; its text as one line when not parted. */
        public List<String> lines(int row, int cell) {
            if (row < rowLines.size() && cell < rowLines.get(row).size() && !rowLines.get(row).get(cell).isEmpty()) {
                return rowLines.get(row).get(cell);
            }
            String text = rows.get(row).get(cell);
            return text.isBlank() ? List.of() : List.of(text);
        }

        @Override
        public String text() {
            StringBuilder sb = new StringBuilder();
            for (List<String> row : rows) {
                sb.append(String.join(" ", row)).append(' ');
            }
            return sb.toString().trim();
        }
    }

    /** Fenced or indented code, kept verbatim. */
    record Code(String literal) implements Block {
        @Override
        public String text() {
            return literal;
        }
    }

    /** A block quote with the blocks inside it. */
    record Quote(List<Block> blocks) implements Block {
        public Quote {
            blocks = List.copyOf(blocks);
        }

        @Override
        public String text() {
            StringBuilder sb = new StringBuilder();
            for (Block b : blocks) {
                sb.append(b.text()).append(' ');
            }
            return sb.toString().trim();
        }
    }
}
