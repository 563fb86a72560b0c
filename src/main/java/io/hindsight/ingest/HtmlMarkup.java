package io.hindsight.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page written in HTML and saved as Markdown, as an intranet or SharePoint export leaves it:
 * "&lt;h3&gt;Timeline&lt;/h3&gt;", "&lt;b&gt;Date:&lt;/b&gt; 19.06.2021&lt;br/&gt;", "&lt;ul&gt;&lt;li&gt;...",
 * paragraphs in "&lt;p&gt;" or "&lt;div&gt;". Its headings, paragraphs, line breaks, bold words and
 * list items become Markdown's, so that the sections and fields read as in any other postmortem;
 * its tables stay HTML blocks of their own, which the reader already takes row by row
 * ({@link HtmlTables}). Applied only to a text with two such block tags at the start of a line,
 * so a Markdown document with an HTML table or a {@code <details>} in it never changes.
 */
final class HtmlMarkup {
    private HtmlMarkup() {
    }

    private static final Pattern BLOCK_TAG_LINE = Pattern.compile("(?i)^\\s*<(?:h[1-6]|p|div|ul|ol)\\b");
    private static final Pattern FENCE = Pattern.compile("^\\s*(?:```|~~~)");
    private static final Pattern INNER_BLANK_LINES = Pattern.compile("\\n[ \\t]*\\n");
    /** A heading and its words, which hold no other heading's tag: bounded, so an unclosed tag costs a short look ahead only. */
    private static final Pattern HEADING = Pattern.compile("(?is)<h([1-6])\\b[^>]{0,200}>((?:(?!</?h[1-6]\\b).){0,500}?)</h\\1\\s*>");
    private static final Pattern BREAK_AT_END = Pattern.compile("(?im)<br\\s*/?>[ \\t]*$");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern PARAGRAPH = Pattern.compile("(?i)</?(?:p|div)\\b[^>]*>");
    private static final Pattern LIST = Pattern.compile("(?i)</?(?:ul|ol)\\b[^>]*>");
    private static final Pattern ITEM = Pattern.compile("(?i)[ \\t]*<li\\b[^>]*>[ \\t]*");
    private static final Pattern ITEM_END = Pattern.compile("(?i)</li\\s*>");
    private static final Pattern BOLD = Pattern.compile("(?i)</?(?:b|strong)\\s*>");
    private static final Pattern ITALIC = Pattern.compile("(?i)</?(?:i|em)\\s*>");
    private static final Pattern CODE = Pattern.compile("(?i)</?code\\s*>");
    private static final Pattern OTHER_TAG = Pattern.compile("(?i)</?(?:span|font|u|a|section|article|body|html|head)\\b[^>]*>");
    private static final Pattern ANY_TAG = Pattern.compile("<[^>]+>");
    private static final Pattern INDENTED_TAG = Pattern.compile("(?m)^[ \\t]+<");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*(?:\\n[ \\t]*){2,}");

    /** Whether the text is an HTML page: two lines open with a heading, paragraph, division or list tag (outside code blocks). */
    static boolean looksLike(String text) {
        if (text.indexOf('<') < 0) {
            return false;
        }
        int tags = 0;
        boolean fenced = false;
        for (String line : text.split("\r?\n")) {
            if (FENCE.matcher(line).lookingAt()) {
                fenced = !fenced;
            } else if (!fenced && line.indexOf('<') >= 0 && BLOCK_TAG_LINE.matcher(line).lookingAt() && ++tags >= 2) {
                return true;
            }
        }
        return false;
    }

    static String toMarkdown(String text) {
        // code blocks stay as written: an HTML snippet shown in a fence is no markup of the page
        StringBuilder out = new StringBuilder(text.length());
        StringBuilder html = new StringBuilder();
        boolean fenced = false;
        for (String line : text.split("\r?\n", -1)) {
            boolean fence = FENCE.matcher(line).lookingAt();
            if (fenced || fence) {
                if (!fenced) {
                    out.append(withTablesKept(html.toString()));
                    html.setLength(0);
                }
                out.append(line).append('\n');
                fenced = fence != fenced;
            } else {
                html.append(line).append('\n');
            }
        }
        out.append(withTablesKept(html.toString()));
        return BLANK_LINES.matcher(out).replaceAll("\n\n");
    }

    /** The text with its markup read, its tables kept as HTML blocks of their own (found by position, not a lazy pattern). */
    private static String withTablesKept(String text) {
        StringBuilder out = new StringBuilder(text.length());
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        int at = 0;
        while (true) {
            int open = lower.indexOf("<table", at);
            int close = open < 0 ? -1 : lower.indexOf("</table", open);
            int end = close < 0 ? -1 : lower.indexOf('>', close);
            if (end < 0) {
                break;
            }
            out.append(convert(text.substring(at, open)));
            out.append("\n\n").append(INNER_BLANK_LINES.matcher(text.substring(open, end + 1)).replaceAll("\n")).append("\n\n");
            at = end + 1;
        }
        out.append(convert(text.substring(at)));
        return out.toString();
    }

    private static String convert(String html) {
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return html;
        }
        // an indented tag is the page's layout, not a Markdown code block
        String t = INDENTED_TAG.matcher(html).replaceAll("<");
        t = HEADING.matcher(t).replaceAll(m -> Matcher.quoteReplacement(
                "\n\n" + "#".repeat(Integer.parseInt(m.group(1))) + " " + ANY_TAG.matcher(m.group(2)).replaceAll("").strip() + "\n\n"));
        t = BREAK_AT_END.matcher(t).replaceAll("");
        t = BREAK.matcher(t).replaceAll("\n");
        t = PARAGRAPH.matcher(t).replaceAll("\n\n");
        t = LIST.matcher(t).replaceAll("\n\n");
        t = ITEM.matcher(t).replaceAll("\n- ");
        t = ITEM_END.matcher(t).replaceAll("");
        t = BOLD.matcher(t).replaceAll("**");
        t = ITALIC.matcher(t).replaceAll("*");
        t = CODE.matcher(t).replaceAll("`");
        t = OTHER_TAG.matcher(t).replaceAll("");
        return t.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
