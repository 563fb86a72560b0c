package io.hindsight.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Postmortem text cut into plain runs and links, for the template to escape and render. Only
 * {@code http}, {@code https} and {@code mailto} (with an address) become links: a Markdown
 * link {@code [label](url)} or a bare URL. Any other target ({@code javascript:}, {@code data:},
 * {@code file:}, relative paths) keeps only its label, as text. Nothing here escapes: the
 * template engine escapes every segment, the {@code href} included.
 */
public final class Text {
    private static final Pattern LINK = Pattern.compile(
            "\\[([^\\]\\n]{1,300})\\]\\(\\s*<?([^)\\s>]{1,2000})>?\\s*\\)"
                    + "|(?i)(?<![\\p{L}\\p{N}])((?:https?://|mailto:)[^\\s<>\"'`\\]\\[)(]{1,2000})");
    private static final String TRAILING = ".,;:!?";

    /** A run of text; a link when {@code link} is true, with its target in {@code href}. */
    public record Segment(String text, boolean link, String href) {
    }

    private Text() {
    }

    public static List<Segment> segments(String text) {
        List<Segment> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        Matcher m = LINK.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                out.add(plain(text.substring(at, m.start())));
            }
            if (m.group(1) != null) {
                String label = m.group(1);
                String href = m.group(2);
                out.add(allowed(href) ? new Segment(label, true, href) : plain(label));
                at = m.end();
            } else {
                String url = m.group(3);
                int end = url.length();
                while (end > 0 && TRAILING.indexOf(url.charAt(end - 1)) >= 0) {
                    end--;
                }
                String href = url.substring(0, end);
                out.add(allowed(href) ? new Segment(href, true, href) : plain(href));
                at = m.start(3) + end;
            }
        }
        if (at < text.length()) {
            out.add(plain(text.substring(at)));
        }
        return out;
    }

    /** http(s) with a host, or mailto with an address; no control characters or spaces anywhere. */
    public static boolean allowed(String href) {
        if (href == null || href.codePoints().anyMatch(c -> c <= 0x20 || c == 0x7f || Character.isWhitespace(c))) {
            return false;
        }
        String h = href.toLowerCase(Locale.ROOT);
        if (h.startsWith("http://") || h.startsWith("https://")) {
            String rest = h.substring(h.indexOf("//") + 2);
            return !rest.isEmpty() && Character.isLetterOrDigit(rest.charAt(0));
        }
        return h.startsWith("mailto:") && h.indexOf('@') > "mailto:".length();
    }

    private static Segment plain(String s) {
        return new Segment(s, false, "");
    }
}
