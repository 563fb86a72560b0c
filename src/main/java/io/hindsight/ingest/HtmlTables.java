package io.hindsight.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.swing.text.MutableAttributeSet;
import javax.swing.text.html.HTML;
import javax.swing.text.html.HTMLEditorKit;
import javax.swing.text.html.parser.ParserDelegator;

/**
 * Tables written in raw HTML inside Markdown, as wikis paste them ("Copied out of the Confluence
 * page: its table pastes as HTML"), read with the JDK's HTML parser: each {@code <tr>} is a row,
 * each {@code <th>} or {@code <td>} a cell with its text (tags dropped, entities decoded), and
 * the first row is the header, as a Markdown table's.
 */
final class HtmlTables {
    private HtmlTables() {
    }

    /** Whether a raw HTML block may hold a table (the parser runs only then). */
    static boolean mayHold(String html) {
        return html.toLowerCase(java.util.Locale.ROOT).contains("<table");
    }

    /** The tables in a block of HTML, in order; empty when it holds none or cannot be read. */
    static List<Block.Table> read(String html) {
        Collector c = new Collector();
        try {
            new ParserDelegator().parse(new StringReader(html), c, true);
        } catch (IOException | RuntimeException e) {
            return List.of(); // not HTML the parser can read: the block stays out, as other raw HTML does
        }
        return c.tables;
    }

    private static final class Collector extends HTMLEditorKit.ParserCallback {
        private final List<Block.Table> tables = new ArrayList<>();
        private List<List<String>> rows;
        private List<String> row;
        private StringBuilder cell;

        @Override
        public void handleStartTag(HTML.Tag t, MutableAttributeSet a, int pos) {
            if (t == HTML.Tag.TABLE) {
                rows = new ArrayList<>();
            } else if (rows != null && t == HTML.Tag.TR) {
                row = new ArrayList<>();
            } else if (row != null && (t == HTML.Tag.TD || t == HTML.Tag.TH)) {
                cell = new StringBuilder();
            }
        }

        @Override
        public void handleSimpleTag(HTML.Tag t, MutableAttributeSet a, int pos) {
            if (cell != null && t == HTML.Tag.BR) {
                cell.append(' ');
            }
        }

        @Override
        public void handleText(char[] data, int pos) {
            if (cell != null) {
                cell.append(data).append(' ');
            }
        }

        @Override
        public void handleEndTag(HTML.Tag t, int pos) {
            if ((t == HTML.Tag.TD || t == HTML.Tag.TH) && cell != null && row != null) {
                row.add(cell.toString().replaceAll("\\s+", " ").strip());
                cell = null;
            } else if (t == HTML.Tag.TR && row != null) {
                if (!row.isEmpty()) {
                    rows.add(row);
                }
                row = null;
            } else if (t == HTML.Tag.TABLE && rows != null) {
                if (!rows.isEmpty()) {
                    tables.add(new Block.Table(rows.get(0), rows.subList(1, rows.size())));
                }
                rows = null;
            }
        }
    }
}
