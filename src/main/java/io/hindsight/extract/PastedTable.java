package io.hindsight.extract;

import io.hindsight.ingest.Block;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A timeline pasted from a spreadsheet or a log export into a code block: tab- or
 * comma-separated rows ("22:40:05&#9;scheduler&#9;invoice-run starts", "2026-05-19,10:02,\"Edge
 * config v188 activated\",Ruth"), with or without a header row. Read as the table it was, so
 * its time, date, event and source columns are told apart like a Markdown table's. A chat log
 * or prose in a code block is none: most rows must split into the same number of cells, and
 * most must hold a time in a cell of its own.
 */
final class PastedTable {
    private PastedTable() {
    }

    private static final CSVFormat TABS = CSVFormat.TDF.builder().setTrim(true).setIgnoreEmptyLines(true).build();
    private static final CSVFormat COMMAS = CSVFormat.RFC4180.builder().setTrim(true).setIgnoreEmptyLines(true).build();
    /** A cell that is a time, alone or after a date: "22:40:05", "10:02", "2026-06-16T09:02:13.412Z", "2026-11-17 02:00:00". */
    private static final Pattern TIME_CELL = Pattern.compile(
            "(?:\\d{4}-\\d{2}-\\d{2}[T ])?\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?(?:\\s*[AaPp]\\.?[Mm]\\.?)?(?:\\s*(?:Z|[+-]\\d{2}:?\\d{2}|[A-Z]{2,5}))?");
    private static final int MIN_ROWS = 3;

    /** The block's rows as a table, when they read as one. */
    static Optional<Block.Table> of(String literal) {
        if (literal.indexOf('\t') >= 0) {
            Optional<Block.Table> t = parse(literal, TABS);
            if (t.isPresent()) {
                return t;
            }
        }
        return literal.indexOf(',') >= 0 ? parse(literal, COMMAS) : Optional.empty();
    }

    private static Optional<Block.Table> parse(String literal, CSVFormat format) {
        List<List<String>> rows = new ArrayList<>();
        try (var parser = format.parse(new StringReader(literal))) {
            for (CSVRecord r : parser) {
                List<String> cells = r.toList();
                if (cells.stream().anyMatch(c -> !c.isBlank())) {
                    rows.add(cells);
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unbalanced quotes and the like: not a table
        }
        if (rows.size() < MIN_ROWS) {
            return Optional.empty();
        }
        int width = modalWidth(rows);
        if (width < 2) {
            return Optional.empty();
        }
        long sameWidth = rows.stream().filter(r -> r.size() == width).count();
        long timed = rows.stream().filter(PastedTable::hasTimeCell).count();
        if (sameWidth * 10 < rows.size() * 8 || timed * 2 < rows.size()) {
            return Optional.empty();
        }
        List<String> first = rows.get(0);
        boolean headed = !hasTimeCell(first) && first.stream().allMatch(c -> c.length() <= 40 && c.chars().noneMatch(Character::isDigit));
        List<String> header = headed ? padded(first, width) : blankHeader(width);
        List<List<String>> body = new ArrayList<>();
        for (List<String> r : headed ? rows.subList(1, rows.size()) : rows) {
            body.add(padded(r, width));
        }
        return Optional.of(new Block.Table(header, body));
    }

    private static boolean hasTimeCell(List<String> cells) {
        return cells.stream().anyMatch(c -> TIME_CELL.matcher(c).matches());
    }

    private static int modalWidth(List<List<String>> rows) {
        java.util.Map<Integer, Integer> counts = new java.util.TreeMap<>();
        rows.forEach(r -> counts.merge(r.size(), 1, Integer::sum));
        return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey).orElse(0);
    }

    /** A row cut or filled to the table's width; a longer row keeps its extra cells in its last one. */
    private static List<String> padded(List<String> row, int width) {
        List<String> out = new ArrayList<>(row.subList(0, Math.min(width, row.size())));
        if (row.size() > width) {
            out.set(width - 1, String.join(", ", row.subList(width - 1, row.size())));
        }
        while (out.size() < width) {
            out.add("");
        }
        return out;
    }

    private static List<String> blankHeader(int width) {
        List<String> h = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            h.add("");
        }
        return h;
    }
}
