package io.hindsight.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.util.regex.Pattern;
import javax.swing.text.MutableAttributeSet;
import javax.swing.text.html.HTML;
import javax.swing.text.html.HTMLEditorKit;
import javax.swing.text.html.parser.ParserDelegator;

/**
 * The words of a note a tool kept as HTML ("&lt;div&gt;Found the cause: ...&lt;/div&gt;", or
 * encoded once more as "&amp;lt;p&amp;gt;22:19 ...&amp;lt;/p&amp;gt;"), read with the JDK's HTML
 * parser as {@link HtmlTables} reads a table's cells: tags dropped, entities decoded, line breaks
 * as spaces.
 */
public final class HtmlText {
    private HtmlText() {
    }

    private static final Pattern LINE_SPACES = Pattern.compile("[ \\t\\x0B\\f\\r]+");
    /** How many times a note may have been encoded over itself. */
    private static final int MAX_DECODINGS = 2;
    /**
     * Markup worth reading: a common HTML element's tag or an entity. Other angle brackets stay
     * text ("p95 < 200 ms", a chat nick such as {@code <maria>}).
     */
    private static final Pattern MARKUP = Pattern.compile(
            "(?i)</?\\s*(?:p|div|br|span|b|i|u|strong|em|ul|ol|li|a|code|pre|h[1-6]|table|tr|td|th|blockquote)\\b[^>]*>|&(?:[a-z]+|#\\d+);");

    /** The text with its markup read; the text itself when it holds none. */
    public static String plain(String text) {
        return read(text, false);
    }

    /**
     * The text with its markup read and its lines kept: a line break, paragraph or heading
     * starts a line, a list item starts a line with "- ", as the note showed them.
     */
    public static String lines(String text) {
        return read(text, true);
    }

    private static final java.util.Set<HTML.Tag> BLOCKS = java.util.Set.of(HTML.Tag.P, HTML.Tag.DIV, HTML.Tag.UL, HTML.Tag.OL,
            HTML.Tag.H1, HTML.Tag.H2, HTML.Tag.H3, HTML.Tag.H4, HTML.Tag.H5, HTML.Tag.H6, HTML.Tag.TR, HTML.Tag.BLOCKQUOTE, HTML.Tag.PRE);

    private static String read(String text, boolean keepLines) {
        String t = text;
        for (int i = 0; i < MAX_DECODINGS && (t.indexOf('<') >= 0 || t.indexOf('&') >= 0) && MARKUP.matcher(t).find(); i++) {
            StringBuilder sb = new StringBuilder();
            try {
                new ParserDelegator().parse(new StringReader(t), new HTMLEditorKit.ParserCallback() {
                    @Override
                    public void handleText(char[] data, int pos) {
                        sb.append(data).append(' ');
                    }

                    @Override
                    public void handleSimpleTag(HTML.Tag tag, MutableAttributeSet a, int pos) {
                        sb.append(keepLines && tag == HTML.Tag.BR ? '\n' : ' ');
                    }

                    @Override
                    public void handleStartTag(HTML.Tag tag, MutableAttributeSet a, int pos) {
                        if (keepLines && tag == HTML.Tag.LI) {
                            sb.append("\n- ");
                        } else if (keepLines && BLOCKS.contains(tag)) {
                            sb.append("\n\n");
                        }
                    }

                    @Override
                    public void handleEndTag(HTML.Tag tag, int pos) {
                        if (keepLines && BLOCKS.contains(tag)) {
                            sb.append("\n\n");
                        }
                    }
                }, true);
            } catch (IOException | RuntimeException e) {
                return t; // not HTML the parser can read: the text as it is
            }
            String read = keepLines ? LINE_SPACES.matcher(sb.toString()).replaceAll(" ").lines().map(String::strip)
                    .collect(java.util.stream.Collectors.joining("\n")).replaceAll("\n{3,}", "\n\n").strip()
                    : sb.toString().replaceAll("\\s+", " ").strip();
            if (read.equals(t)) {
                break;
            }
            t = read;
        }
        return t;
    }
}
