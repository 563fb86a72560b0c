package io.hindsight.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The blocks documentation sites add to Markdown, read as the plain Markdown they hold: MkDocs
 * Material's admonitions ({@code !!! warning "Impact"}, collapsible {@code ??? note "Timeline"})
 * and content tabs ({@code === "Timeline"}), whose content is indented four spaces (which
 * Markdown alone reads as code), and Docusaurus's {@code :::info Impact} ... {@code :::} blocks.
 * A titled block becomes a heading over its content; an untitled one its content alone.
 */
final class DocsMarkup {
    private DocsMarkup() {
    }

    /** "!!! warning "Impact"", "???+ note", "=== "Timeline"". */
    private static final Pattern MKDOCS = Pattern.compile("^(?:(?:!!!|\\?\\?\\?\\+?)\\s+[\\w-]+(?:\\s+[\\w-]+)*|===)(?:\\s+\"([^\"]*)\")?\\s*$");
    /** ":::info Impact", ":::danger[Impact]", and the closing ":::". */
    private static final Pattern DOCUSAURUS = Pattern.compile("^:::\\s*([\\w-]+)?(?:\\s*\\[([^\\]]*)\\]|\\s+(.+))?\\s*$");

    /** A cheap test: a line opens such a block. */
    static boolean looksLike(String text) {
        return text.contains("!!! ") || text.contains("??? ") || text.contains("???+ ") || text.contains("=== \"") || text.contains(":::");
    }

    static String toMarkdown(String text) {
        StringBuilder out = new StringBuilder(text.length());
        String[] lines = text.split("\n", -1);
        boolean inBlock = false; // inside an indented MkDocs block
        for (String line : lines) {
            if (inBlock) {
                if (line.isBlank()) {
                    out.append('\n');
                    continue;
                }
                if (line.startsWith("    ") || line.startsWith("\t")) {
                    out.append(line.startsWith("\t") ? line.substring(1) : line.substring(4)).append('\n');
                    continue;
                }
                inBlock = false;
            }
            Matcher mk = MKDOCS.matcher(line);
            if (mk.matches()) {
                if (mk.group(1) != null && !mk.group(1).isBlank()) {
                    out.append("## ").append(mk.group(1).strip()).append("\n\n");
                }
                inBlock = true;
                continue;
            }
            Matcher ds = DOCUSAURUS.matcher(line.strip());
            if (line.startsWith(":::") && ds.matches()) {
                String title = ds.group(2) != null ? ds.group(2) : ds.group(3);
                if (title != null && !title.isBlank()) {
                    out.append("## ").append(title.strip()).append("\n\n");
                }
                continue; // the opening and closing lines themselves are no text
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }
}
