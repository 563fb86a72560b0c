package io.hindsight.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MediaWiki and DokuWiki markup as Markdown, for postmortems moved out of an old wiki into a docs
 * repository with their markup left as it was: "=== Timeline ===" headings, "'''bold'''",
 * "{| ... |}" tables with "!" header cells and "||" between cells, "[[Category:...]]" links;
 * DokuWiki's "====== Title ======" (the more signs, the higher the heading), "^ Time ^ Event ^"
 * header rows, "^ Date | 2022-06-07 |" property rows and "\\" line breaks. Applied only to a
 * text with two such headings, so a Markdown document never changes.
 */
final class WikiMarkup {
    private WikiMarkup() {
    }

    /** "== Summary ==": as many signs after the words as before. */
    private static final Pattern HEADING = Pattern.compile("^(={1,6})[ \\t]*+([^=\\s](?:[^=]{0,150}[^=\\s])?)[ \\t]*+\\1[ \\t]*$");
    /** How long a heading's line may be: a longer one is text. */
    private static final int HEADING_CHARS = 200;
    private static final Pattern BOLD = Pattern.compile("'''(.+?)'''");
    private static final Pattern DOUBLE_QUOTED = Pattern.compile("''(.+?)''");
    private static final Pattern CATEGORY = Pattern.compile("\\[\\[(?:Category|Kategorie|Catégorie):[^\\]]*]]\\s*");
    private static final Pattern PIPED_LINK = Pattern.compile("\\[\\[[^\\]|]*\\|([^\\]]*)]]");
    private static final Pattern LINK = Pattern.compile("\\[\\[([^\\]|]*)]]");
    private static final Pattern EXTERNAL_LINK = Pattern.compile("\\[(?:https?|ftp)://\\S+\\s+([^\\]]+)]");
    /** MediaWiki's numbered item, "# step": not an issue's "#4471", nor the page's Markdown title (its first line). */
    private static final Pattern NUMBERED = Pattern.compile("^(#+)\\s+(?=\\S)");
    private static final Pattern FENCE = Pattern.compile("^\\s*(?:```|~~~)");
    private static final Pattern TRAILING_BAR = Pattern.compile("\\|\\s*$");
    private static final Pattern HEADER_CELLS = Pattern.compile("!!|\\|\\|");
    private static final Pattern DATA_CELLS = Pattern.compile("\\|\\|");
    private static final Pattern BULLETED = Pattern.compile("^(\\*+)\\s+(?=\\S)");
    private static final Pattern MAGIC_WORD = Pattern.compile("^\\s*__[A-Z]+__\\s*$");
    /** DokuWiki's forced line break at a line's end. */
    private static final Pattern FORCED_BREAK = Pattern.compile("\\s*\\\\\\\\\\s*$");

    /** Whether the text is written in wiki markup: two lines are headings between equals signs. */
    static boolean looksLike(String text) {
        if (text.indexOf("= ") < 0 && text.indexOf("==") < 0) {
            return false;
        }
        // only lines that open with '=' may be headings: find them without splitting the text
        int headings = 0;
        int at = text.startsWith("=") ? 0 : nextLineOpeningWithEquals(text, 0);
        while (at >= 0) {
            int end = text.indexOf('\n', at);
            String line = text.substring(at, end < 0 ? text.length() : end).stripTrailing();
            if (line.length() <= HEADING_CHARS && HEADING.matcher(line).matches() && ++headings >= 2) {
                return true;
            }
            at = end < 0 ? -1 : nextLineOpeningWithEquals(text, end);
        }
        return false;
    }

    /** Where the next line that opens with '=' starts, searching from {@code from}; -1 when there is none. */
    private static int nextLineOpeningWithEquals(String text, int from) {
        int i = text.indexOf("\n=", from);
        return i < 0 ? -1 : i + 1;
    }

    static String toMarkdown(String text) {
        String[] lines = text.split("\r?\n", -1);
        // DokuWiki's headings run from six signs (the page's title) down; MediaWiki's from one
        boolean doku = false;
        for (String line : lines) {
            Matcher h = HEADING.matcher(line);
            if (line.length() <= HEADING_CHARS && h.matches() && h.group(1).length() >= 5) {
                doku = true;
                break;
            }
        }
        StringBuilder out = new StringBuilder(text.length() + 256);
        List<String> wikiTable = null;
        String previous = "";
        boolean fenced = false;
        boolean first = true;
        for (String line : lines) {
            if (FENCE.matcher(line).lookingAt() || fenced) {
                // a code block stays as written: "# comments" in a shell snippet are no numbered items
                fenced = FENCE.matcher(line).lookingAt() != fenced;
                out.append(line).append('\n');
                continue;
            }
            boolean title = first && !line.isBlank();
            first &= line.isBlank();
            if (wikiTable != null) {
                if (line.strip().startsWith("|}")) {
                    appendTable(out, wikiTable);
                    wikiTable = null;
                } else {
                    wikiTable.add(line);
                }
                continue;
            }
            if (line.strip().startsWith("{|")) {
                wikiTable = new ArrayList<>();
                continue;
            }
            if (line.strip().equals("|}") || MAGIC_WORD.matcher(line).matches()) {
                continue;
            }
            String l = inline(line, doku);
            Matcher h = HEADING.matcher(l);
            if (l.length() <= HEADING_CHARS && h.matches()) {
                int signs = h.group(1).length();
                int level = doku ? Math.max(1, 7 - signs) : signs;
                out.append('\n').append("#".repeat(level)).append(' ').append(h.group(2)).append("\n\n");
                previous = "";
                continue;
            }
            String stripped = l.strip();
            if (doku && stripped.startsWith("^")) {
                if (stripped.endsWith("^") && stripped.length() > 1) {
                    // "^ Time ^ Event ^": a header row
                    List<String> cells = cells(stripped.substring(1, stripped.length() - 1), "\\^");
                    if (!previous.isBlank()) {
                        out.append('\n');
                    }
                    out.append("| ").append(String.join(" | ", cells)).append(" |\n|").append("---|".repeat(cells.size())).append('\n');
                    previous = stripped;
                    continue;
                }
                // "^ Date | 2022-06-07 |": a property's name and its value
                List<String> cells = cells(TRAILING_BAR.matcher(stripped.substring(1)).replaceFirst(""), "[|^]");
                if (!cells.get(0).isBlank()) {
                    out.append("- **").append(cells.get(0)).append(":** ").append(String.join(" ", cells.subList(1, cells.size()))).append('\n');
                    previous = stripped;
                    continue;
                }
            }
            if (doku && stripped.startsWith("|") && stripped.contains("^")) {
                l = l.replace('^', '|'); // a row whose first cell is a header cell
            }
            if (!doku) {
                Matcher numbered = NUMBERED.matcher(l);
                Matcher bulleted = BULLETED.matcher(l);
                if (numbered.lookingAt() && !title) {
                    l = "   ".repeat(numbered.group(1).length() - 1) + "1. " + l.substring(numbered.end());
                } else if (bulleted.lookingAt()) { // "** nested", not "**bold**"
                    l = "  ".repeat(bulleted.group(1).length() - 1) + "- " + l.substring(bulleted.end());
                }
            }
            out.append(l).append('\n');
            previous = l;
        }
        if (wikiTable != null) {
            appendTable(out, wikiTable);
        }
        return out.toString();
    }

    /** A line's inline markup: bold, italics (DokuWiki's "''" is code), links, categories, forced breaks. */
    private static String inline(String line, boolean doku) {
        String l = line;
        if (l.contains("[[")) {
            l = CATEGORY.matcher(l).replaceAll("");
            l = PIPED_LINK.matcher(l).replaceAll("$1");
            l = LINK.matcher(l).replaceAll("$1");
        }
        if (l.contains("''")) {
            l = BOLD.matcher(l).replaceAll("**$1**");
            l = DOUBLE_QUOTED.matcher(l).replaceAll(doku ? "`$1`" : "*$1*");
        }
        if (l.contains("://")) {
            l = EXTERNAL_LINK.matcher(l).replaceAll("$1");
        }
        if (doku && l.endsWith("\\\\")) {
            l = FORCED_BREAK.matcher(l).replaceFirst("  ");
        }
        return l;
    }

    private static List<String> cells(String row, String separator) {
        List<String> out = new ArrayList<>();
        for (String c : row.split(separator, -1)) {
            out.add(c.strip());
        }
        return out;
    }

    /**
     * A MediaWiki table as a Markdown one: rows apart at "|-", header cells after "!" (several on a
     * line apart at "!!"), data cells after "|" (apart at "||"); its caption ("|+") and attributes
     * are dropped.
     */
    private static void appendTable(StringBuilder out, List<String> lines) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        boolean headerFirst = false;
        for (String raw : lines) {
            String line = inline(raw, false).strip();
            if (line.startsWith("|-")) {
                if (!row.isEmpty()) {
                    rows.add(row);
                    row = new ArrayList<>();
                }
            } else if (line.startsWith("|+")) {
                continue;
            } else if (line.startsWith("!")) {
                headerFirst |= rows.isEmpty();
                for (String c : HEADER_CELLS.split(line.substring(1), -1)) {
                    row.add(cellText(c));
                }
            } else if (line.startsWith("|")) {
                for (String c : DATA_CELLS.split(line.substring(1), -1)) {
                    row.add(cellText(c));
                }
            } else if (!line.isEmpty() && !row.isEmpty()) {
                int last = row.size() - 1;
                row.set(last, (row.get(last) + " " + line).strip()); // a cell's text running onto the next line
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        if (rows.isEmpty()) {
            return;
        }
        int width = rows.stream().mapToInt(List::size).max().orElse(1);
        List<String> header = headerFirst ? rows.get(0) : List.of();
        out.append('\n').append("| ");
        for (int c = 0; c < width; c++) {
            out.append(c < header.size() ? header.get(c).replace("|", "\\|") : "").append(" | ");
        }
        out.setLength(out.length() - 1);
        out.append("\n|").append("---|".repeat(width)).append('\n');
        for (List<String> r : headerFirst ? rows.subList(1, rows.size()) : rows) {
            out.append("| ").append(String.join(" | ", r.stream().map(x -> x.replace("|", "\\|")).toList())).append(" |\n");
        }
        out.append('\n');
    }

    /** A cell's text without its attributes ("style=\"...\" | text"). */
    private static String cellText(String cell) {
        int bar = cell.indexOf('|');
        String c = bar >= 0 && cell.substring(0, bar).contains("=") ? cell.substring(bar + 1) : cell;
        return c.strip();
    }
}
