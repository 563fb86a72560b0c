package io.hindsight.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jira and Confluence wiki markup ("h2. Timeline", "||Time||Event||" tables, "# " numbered
 * items, "{quote}") as Markdown, for postmortems copied out of Jira into a docs repository.
 * Applied only to a document that uses the markup's headings or header rows, so a Markdown
 * document never changes.
 */
final class JiraMarkup {
    private JiraMarkup() {
    }

    private static final Pattern HEADING = Pattern.compile("(?m)^h([1-6])\\.\\s+(.*)$");
    private static final Pattern HEADER_ROW = Pattern.compile("^\\s*\\|\\|(.*)\\|\\|\\s*$");
    private static final Pattern NUMBERED = Pattern.compile("^(#+)\\s+(?=\\S)");
    private static final Pattern MACRO = Pattern.compile("^\\s*\\{(?:quote|panel|info|note|warning|tip|noformat|code)(?::[^}]*)?}\\s*$");
    private static final Pattern MONOSPACE = Pattern.compile("\\{\\{(.*?)}}");
    private static final Pattern MENTION = Pattern.compile("\\[~([^\\]]+)]");
    /** Jira's own date format: "17/Sep/26". */
    private static final Pattern JIRA_DATE = Pattern.compile("\\b(\\d{1,2})/([A-Z][a-z]{2})/(\\d{2})\\b");

    /** Whether the text is written in wiki markup: two "h2." headings, or a "||...||" header row. */
    static boolean looksLike(String text) {
        if (text.indexOf("h1.") < 0 && text.indexOf("h2.") < 0 && text.indexOf("h3.") < 0 && text.indexOf("||") < 0) {
            return false;
        }
        Matcher m = HEADING.matcher(text);
        int headings = 0;
        while (m.find() && headings < 2) {
            headings++;
        }
        return headings >= 2;
    }

    static String toMarkdown(String text) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        for (String line : text.split("\r?\n", -1)) {
            Matcher h = HEADING.matcher(line);
            Matcher header = HEADER_ROW.matcher(line);
            Matcher numbered = NUMBERED.matcher(line);
            if (h.matches()) {
                out.append("#".repeat(Integer.parseInt(h.group(1)))).append(' ').append(h.group(2));
            } else if (header.matches()) {
                String[] cells = header.group(1).split("\\|\\|", -1);
                out.append('\n').append("| ").append(String.join(" | ", cells)).append(" |\n|");
                out.append("---|".repeat(cells.length));
            } else if (MACRO.matcher(line).matches()) {
                out.append("");
            } else if (numbered.lookingAt()) {
                out.append("   ".repeat(numbered.group(1).length() - 1)).append("1. ").append(line.substring(numbered.end()));
            } else {
                out.append(line);
            }
            out.append('\n');
        }
        String md = MONOSPACE.matcher(out).replaceAll("`$1`");
        md = MENTION.matcher(md).replaceAll("$1");
        return JIRA_DATE.matcher(md).replaceAll("$1 $2 20$3");
    }
}
