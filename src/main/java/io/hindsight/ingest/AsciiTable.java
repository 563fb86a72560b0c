package io.hindsight.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A table drawn in plain text with {@code +----+----+} borders and {@code |} between cells, as
 * old wikis and text files hold them; Markdown reads it as a paragraph. The first row is the
 * header; a row whose first cell is empty continues the row above it (a wrapped cell).
 */
final class AsciiTable {
    private AsciiTable() {
    }

    private static final Pattern BORDER = Pattern.compile("^\\s*\\+[-=+]+\\+\\s*$");
    private static final Pattern ROW = Pattern.compile("^\\s*\\|.*\\|\\s*$");

    static Optional<Block.Table> of(List<String> lines) {
        if (lines.size() < 3 || !BORDER.matcher(lines.get(0)).matches()) {
            return Optional.empty();
        }
        List<List<String>> rows = new ArrayList<>();
        boolean continuing = false;
        for (String line : lines) {
            if (BORDER.matcher(line).matches()) {
                continuing = false; // a border ends a row
                continue;
            }
            if (!ROW.matcher(line).matches()) {
                return Optional.empty();
            }
            String inner = line.strip();
            List<String> cells = new ArrayList<>();
            for (String c : inner.substring(1, inner.length() - 1).split("\\|", -1)) {
                cells.add(c.strip());
            }
            // no border since the row above, and no first cell: the row above's cells wrapped onto this line
            boolean wrapped = continuing && cells.get(0).isEmpty() && cells.size() == rows.get(rows.size() - 1).size();
            if (wrapped) {
                List<String> above = rows.get(rows.size() - 1);
                for (int i = 0; i < cells.size(); i++) {
                    if (!cells.get(i).isEmpty()) {
                        above.set(i, (above.get(i) + " " + cells.get(i)).strip());
                    }
                }
            } else {
                rows.add(cells);
                continuing = true;
            }
        }
        if (rows.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(new Block.Table(rows.get(0), rows.subList(1, rows.size())));
    }
}
