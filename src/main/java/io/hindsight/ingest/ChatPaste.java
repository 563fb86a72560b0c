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
        int messages = 0;
        boolean fenced = false;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (FENCE.matcher(lines[i]).lookingAt()) {
                fenced = !fenced;
            } else if (!fenced && isMessage(lines, i) && ++messages >= MIN_MESSAGES) {
                return true;
            }
        }
        return false;
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
