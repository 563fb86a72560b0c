package io.hindsight.extract;

import io.hindsight.ingest.Block;
import io.hindsight.ingest.MarkdownDocument;
import io.hindsight.ingest.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Template placeholders left in a postmortem: {@code [Incident Title]}, {@code [SEV1 / SEV2]},
 * {@code {{service}}}, {@code HH:MM}, {@code YYYY-MM-DD}, {@code TBD}, {@code ...}. A value that
 * is nothing but placeholders states nothing, so extraction reads it as empty (never as
 * "SEV1" picked out of {@code [SEV1 / SEV2 / SEV3]}); a document made mostly of them is an
 * unfilled template, not a postmortem (see {@link PostmortemEvidence}).
 */
final class Placeholders {
    private static final Pattern HEADING_KEY = Pattern.compile("^[^:]{1,40}:\\s*");
    private static final Pattern TOKEN = Pattern.compile(
            "\\[[^\\[\\]\\n]{0,200}]|\\{\\{[^{}\\n]{0,100}}}|\\b[Hh]{1,2}:[Mm]{2}(?::[Ss]{2})?\\b|\\b[Yy]{4}-[Mm]{2}-[Dd]{2}\\b"
                    + "|\\bTB[DC]\\b|\\.{3}|…");
    private static final Pattern CONTENT = Pattern.compile("[\\p{L}\\p{N}]");
    /** "**Severity**: [SEV1]" or "Due: YYYY-MM-DD": the value after a short key. */
    private static final Pattern KEY_VALUE = Pattern.compile("^[^:]{1,40}:\\s*(.*)$");

    private Placeholders() {
    }

    /** A template's instruction left in place of content: "_to be filled_", "add more as needed", "<describe>". */
    private static final Pattern INSTRUCTION = Pattern.compile("(?i)^[\\s*_`]*(?:to be (?:filled|completed|added|written|written up|determined|confirmed)"
            + "(?: in| later| out)?|add (?:more|rows?|items?|entries|yours?)(?: (?:here|as needed|below|if needed|as required))?"
            + "|fill (?:in|me in|this in|out)(?: later)?|coming soon|placeholder|<[a-z][a-z _-]{0,30}>)[\\s*_`.!]*$");

    /** What writers and form exports put where there is nothing to say: "N/A", "None", "_No response_". */
    private static final Pattern NOTHING = Pattern.compile("(?i)^[\\s*_`]*(?:n/?a|none|nothing|no response|not applicable|[-—–])[\\s*_`.]*$");

    /** Whether the text says there is nothing here ("N/A", "None", "_No response_"): an empty value, not an entry. */
    static boolean statesNothing(String text) {
        return text != null && text.length() <= 40 && NOTHING.matcher(text).matches();
    }

    /** Whether a value or an entry holds nothing: blank, a template placeholder, or "N/A" and the like. */
    static boolean isEmptyValue(String text) {
        return text == null || text.isBlank() || isPlaceholder(text) || statesNothing(text);
    }

    /** Whether the text is made of placeholders only (blank text is empty, not a placeholder). */
    static boolean isPlaceholder(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        if (text.length() <= 48 && mayBeInstruction(text) && INSTRUCTION.matcher(text).matches()) {
            return true;
        }
        if (!mayHoldToken(text)) {
            return false;
        }
        var m = TOKEN.matcher(text);
        if (!m.find()) {
            return false;
        }
        return !CONTENT.matcher(m.replaceAll(" ")).find();
    }

    /** A cheap test before {@link #INSTRUCTION}: its first word starts with one of the letters its phrases start with, or '<'. */
    private static boolean mayBeInstruction(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!Character.isWhitespace(c) && c != '*' && c != '_' && c != '`') {
                return "tTaAfFcCpP<".indexOf(c) >= 0;
            }
        }
        return false;
    }

    /**
     * A cheap test before the regex, never false for a placeholder: every letter or digit of one
     * sits inside brackets or braces, or belongs to HH:MM, YYYY-MM-DD or TBD/TBC. Real text
     * fails on its first word.
     */
    private static boolean mayHoldToken(String t) {
        int bracket = 0;
        int brace = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '[' -> bracket++;
                case ']' -> bracket = Math.max(0, bracket - 1);
                case '{' -> brace++;
                case '}' -> brace = Math.max(0, brace - 1);
                default -> {
                    if (bracket == 0 && brace == 0 && Character.isLetterOrDigit(c) && "HhMmSsYyDdTBC".indexOf(c) < 0) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** The placeholders a document leaves unfilled: headings, table cells, list items and "Key: value" lines that are only placeholders. */
    static List<String> unfilled(MarkdownDocument doc) {
        List<String> out = new ArrayList<>();
        for (Block b : doc.preamble()) {
            collect(b, out);
        }
        for (Section s : doc.sections()) {
            check(HEADING_KEY.matcher(s.heading()).replaceFirst(""), out);
            for (Block b : s.blocks()) {
                collect(b, out);
            }
        }
        return out;
    }

    private static void collect(Block b, List<String> out) {
        if (b instanceof Block.Table t) {
            for (List<String> row : t.rows()) {
                row.forEach(cell -> check(cell, out));
            }
        } else if (b instanceof Block.ListBlock l) {
            for (Block.Item item : l.items()) {
                checkLine(item.text(), out);
                item.children().forEach(c -> collect(c, out));
            }
        } else if (b instanceof Block.Paragraph p) {
            for (String line : p.lines()) {
                checkLine(line, out);
            }
        } else if (b instanceof Block.Quote q) {
            q.blocks().forEach(c -> collect(c, out));
        }
    }

    /** A line that is a placeholder, or whose value after a short "Key:" is. */
    private static void checkLine(String line, List<String> out) {
        if (check(line, out)) {
            return;
        }
        int colon = line.indexOf(':');
        if (colon < 1 || colon > 40) {
            return; // KEY_VALUE cannot match: its key is 1 to 40 characters up to the first colon
        }
        var kv = KEY_VALUE.matcher(line);
        if (kv.matches()) {
            check(kv.group(1), out);
        }
    }

    /** Adds the text when it is a placeholder; says whether it was. */
    private static boolean check(String text, List<String> out) {
        if (isPlaceholder(text)) {
            out.add(TimelineReader.abbreviate(text));
            return true;
        }
        return false;
    }

    /** A warning naming up to three of the placeholders found, or empty text when there are none. */
    static String describe(List<String> unfilled) {
        List<String> examples = unfilled.stream().distinct().limit(3).map(p -> "'" + p + "'").toList();
        return unfilled.size() + " template placeholder" + (unfilled.size() == 1 ? "" : "s") + " left unfilled (such as "
                + String.join(", ", examples) + ")";
    }
}
