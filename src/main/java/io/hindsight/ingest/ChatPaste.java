package io.hindsight.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chat channel pasted into a postmortem as the chat tool copies it: each message under a line
 * with its sender and time ("flagbot  1:58 PM", "Sinead Walsh (Support Lead)   24/02 9:10 am",
 * "&gt; **k8s-watch** · 02:00 (in #meter-alerts)"), or its sender and time before the words on one
 * line ("**priya.n** 10:01 — ack'd. looking"). Each message becomes a timeline line, time first
 * ("- 1:58 PM flagbot: ..."), which the timeline reader takes as any other; when the paste has no
 * heading of its own, a "Chat log" heading is put above it. Applied only to a text with three such
 * messages at least, outside code blocks, so a Markdown document never changes otherwise.
 */
final class ChatPaste {
    private ChatPaste() {
    }

    private static final String TIME = "(?:\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?,?\\s+)?\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?[AaPp]\\.?[Mm]\\.?)?";
    /** A sender's line over the message: name, then its time alone (and perhaps where it was said, in brackets). */
    private static final Pattern HEADER = Pattern.compile("^(?:>\\s*)?(?:\\*\\*([^*]{1,45})\\*\\*(?:\\s*\u00b7\\s*|\\s+)"
            // a plain name stands apart from its time by a column gap or a dot, not one space ("Tomasz added a comment - 14/May/26 2:11 PM")
            + "|([\\p{L}][^*|\\[\\]:/]{0,45}?)(?:\\s*\u00b7\\s*|\\s{2,}))(" + TIME + ")(?:\\s*\\([^)]*\\))?\\s*$");
    /** A sender in bold, its time and the words on one line: "**priya.n** 10:01 — ack'd. looking". */
    private static final Pattern INLINE = Pattern.compile("^(?:>\\s*)?\\*\\*([^*]{1,45})\\*\\*\\s+((?:[A-Z][a-z]{2}\\s+\\d{1,2}\\s+[A-Z][a-z]{2}\\s+)?"
            + TIME + ")\\s*[\u2014\u2013-]\\s+(\\S.*)$");
    private static final Pattern APP_BADGE = Pattern.compile("\\s+(?:APP|BOT)\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s*(?:```|~~~)");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s");
    private static final int MIN_MESSAGES = 3;

    static boolean looksLike(String text) {
        if (text.indexOf(':') < 0) {
            return false;
        }
        // most documents have no line a message could open: look at those few alone, without splitting the text
        int messages = 0;
        boolean fenced = false;
        for (int at = 0; at < text.length(); ) {
            int end = text.indexOf('\n', at);
            end = end < 0 ? text.length() : end;
            String line = null;
            if (startsFence(text, at)) {
                fenced = !fenced;
            } else if (!fenced && mayOpenMessage(text, at, end)) {
                line = text.substring(at, end);
            }
            if (line != null) {
                int next = end + 1;
                int nextEnd = next < text.length() ? text.indexOf('\n', next) : -1;
                String following = next >= text.length() ? "" : text.substring(next, nextEnd < 0 ? text.length() : nextEnd);
                if (isMessage(new String[] {stripCr(line), stripCr(following)}, 0) && ++messages >= MIN_MESSAGES) {
                    return true;
                }
            }
            at = end + 1;
        }
        return false;
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private static boolean startsFence(String text, int at) {
        int i = at;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return text.startsWith("```", i) || text.startsWith("~~~", i);
    }

    /**
     * Whether the line from {@code at} to {@code end} may open a message (cheap, before the patterns
     * run): it holds a colon, and a bold sender, a quote, a middle dot or a column gap.
     */
    private static boolean mayOpenMessage(String text, int at, int end) {
        if (end - at < 6 || end - at > 200) {
            return false;
        }
        boolean colon = false;
        boolean apart = text.charAt(at) == '*' || text.charAt(at) == '>';
        for (int i = at; i < end; i++) {
            char c = text.charAt(i);
            colon |= c == ':';
            apart |= c == '\u00b7' || c == ' ' && i + 1 < end && text.charAt(i + 1) == ' ';
        }
        if (!colon || !apart) {
            return false;
        }
        if (text.charAt(at) == '*' || text.charAt(at) == '>') {
            return true;
        }
        // a sender's line ends with its time ("1:58 PM", "02:00") or the place it was said in brackets
        int last = end - 1;
        while (last > at && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        char c = text.charAt(last);
        return Character.isDigit(c) || c == 'M' || c == 'm' || c == '.' || c == ')';
    }

    private static boolean isMessage(String[] lines, int i) {
        String line = lines[i];
        if (line.length() > 200 || line.indexOf(':') < 0 || line.isBlank()) {
            return false; // every message's time has its colon: most lines are done with here
        }
        if (INLINE.matcher(line).matches()) {
            return true;
        }
        return HEADER.matcher(line).matches() && i + 1 < lines.length && !lines[i + 1].isBlank()
                && !HEADER.matcher(lines[i + 1]).matches() && !HEADING.matcher(lines[i + 1]).lookingAt();
    }

    static String toMarkdown(String text) {
        String[] lines = text.split("\r?\n", -1);
        List<String> out = new ArrayList<>();
        boolean fenced = false;
        boolean started = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (FENCE.matcher(line).lookingAt()) {
                fenced = !fenced;
                out.add(line);
                continue;
            }
            if (fenced || !isMessage(lines, i)) {
                out.add(line);
                continue;
            }
            if (!started) {
                started = true;
                if (!underHeading(out)) {
                    out.add("");
                    out.add("## Chat log");
                    out.add("");
                }
            }
            Matcher inline = INLINE.matcher(line);
            if (inline.matches()) {
                out.add("- " + inline.group(2).strip() + " " + inline.group(1).strip() + ": " + inline.group(3).strip());
                continue;
            }
            Matcher h = HEADER.matcher(line);
            h.matches();
            StringBuilder message = new StringBuilder();
            int j = i + 1;
            for (; j < lines.length && !lines[j].isBlank() && !isMessage(lines, j) && !FENCE.matcher(lines[j]).lookingAt(); j++) {
                String m = lines[j].strip();
                m = m.startsWith(">") ? m.substring(1).strip() : m;
                if (!m.isEmpty()) {
                    message.append(message.length() == 0 ? "" : " ").append(m);
                }
            }
            // Slack marks a bot's messages with an "APP" badge after its name: no part of the name
            String sender = APP_BADGE.matcher(h.group(1) != null ? h.group(1) : h.group(2)).replaceFirst("");
            out.add("- " + h.group(3).strip() + " " + sender.strip() + ": " + message);
            i = j - 1;
        }
        return String.join("\n", out);
    }

    /** Whether the last heading or text before the paste is a heading with nothing but blank lines after it. */
    private static boolean underHeading(List<String> before) {
        for (int k = before.size() - 1; k >= 0; k--) {
            String l = before.get(k);
            if (l.isBlank()) {
                continue;
            }
            return HEADING.matcher(l).lookingAt() || l.strip().startsWith("(") || l.strip().startsWith("*") && l.strip().endsWith("*");
        }
        return false;
    }
}
