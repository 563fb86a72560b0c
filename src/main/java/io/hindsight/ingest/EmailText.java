package io.hindsight.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A postmortem archived as the e-mail that carried it: header lines ("From:", "Subject:",
 * "Date:") on top, perhaps a reply above the quoted original ("> On Tue, 3 Mar 2026, Ana
 * wrote:"), perhaps a forwarded message. Read as Markdown, the quoted postmortem would be one
 * block quote with no sections, and a header's "Date:" (when the mail was sent) would pass for
 * the incident date. So the mail's own lines go (headers, attributions, forwarding banners),
 * quote markers are taken off, and the subject becomes the title when the text has none.
 * Applied only to a text that opens with mail headers, so a Markdown document never changes.
 */
final class EmailText {
    private EmailText() {
    }

    /** A mail header line, possibly inside quotes: "From: Ana <ana@example.com>", "> Sent: Tuesday, ...". */
    private static final Pattern HEADER = Pattern.compile(
            "(?i)^(from|to|cc|bcc|subject|date|sent|reply-to|message-id|in-reply-to|references|mime-version|content-type|importance)\\s*:(.*)$");
    /** Who wrote the quoted text below: "On Tue, 3 Mar 2026 at 15:10, Ana Ferreira <...> wrote:". */
    private static final Pattern ATTRIBUTION = Pattern.compile("(?i)^on\\s.{4,200}\\swrote:\\s*$");
    /** "---------- Forwarded message ---------", "-----Original Message-----", "Begin forwarded message:". */
    private static final Pattern BANNER = Pattern.compile(
            "(?i)^(?:-{2,}\\s*(?:forwarded message|original message)\\s*-{2,}|begin forwarded message:)\\s*$");
    /** Quote markers at a line's start: "> ", ">> ", "> > ". */
    private static final Pattern QUOTE_MARKS = Pattern.compile("^(?:>\\s?)+");
    /** A reply's or forward's prefix on a subject: "Re: ", "Fwd: ", "FW: ", "AW: ". */
    private static final Pattern REPLY_PREFIX = Pattern.compile("(?i)^(?:(?:re|fwd?|aw|wg|tr|sv)\\s*:\\s*)+");
    /** How many of the first lines may hold the opening header block. */
    private static final int HEADER_REACH = 12;

    /** A line drawn across a plain-text mail: "==========", "----------". */
    private static final Pattern RULE = Pattern.compile("[=\\-_~*]{5,}");

    /** Whether the text opens with a mail's header block: its first line and another of the first lines are mail headers, one a From or Subject. */
    static boolean looksLike(String text) {
        int headers = 0;
        boolean fromOrSubject = false;
        // lines() is lazy: a Markdown document stops at its first line
        for (String line : (Iterable<String>) text.lines().dropWhile(String::isBlank).limit(HEADER_REACH)::iterator) {
            Matcher h = HEADER.matcher(line.strip());
            if (!h.matches()) {
                break;
            }
            headers++;
            String name = h.group(1).toLowerCase(Locale.ROOT);
            fromOrSubject |= name.equals("from") || name.equals("subject");
        }
        return headers >= 2 && fromOrSubject;
    }

    /** When the mail was sent: its opening header block's "Date:" or "Sent:" ("Mon, 23 Mar 2026 08:15 -0500"). */
    static Optional<String> sent(String text) {
        for (String line : (Iterable<String>) text.lines().dropWhile(String::isBlank).limit(HEADER_REACH)::iterator) {
            Matcher h = HEADER.matcher(line.strip());
            if (!h.matches()) {
                break;
            }
            String name = h.group(1).toLowerCase(Locale.ROOT);
            if ((name.equals("date") || name.equals("sent")) && !h.group(2).isBlank()) {
                return Optional.of(h.group(2).strip());
            }
        }
        return Optional.empty();
    }

    static String toMarkdown(String text) {
        List<String> out = new ArrayList<>();
        String subject = null;
        boolean headerBlock = true; // the text opens with headers; a forwarding banner starts another block
        boolean headerSeen = false;
        for (String raw : text.split("\r?\n", -1)) {
            String trimmed = raw.stripLeading();
            String line = trimmed.startsWith(">") ? QUOTE_MARKS.matcher(trimmed).replaceFirst("") : raw; // an unquoted line keeps its indent
            String stripped = line.strip();
            Matcher h = HEADER.matcher(stripped);
            if (headerBlock && h.matches()) {
                if (subject == null && h.group(1).equalsIgnoreCase("subject")) {
                    subject = REPLY_PREFIX.matcher(h.group(2).strip()).replaceFirst("");
                }
                headerSeen = true;
                continue;
            }
            if (headerBlock && stripped.isEmpty() && !headerSeen) {
                continue; // blank lines between a banner and its headers
            }
            headerBlock = false;
            if (BANNER.matcher(stripped).matches()) {
                headerBlock = true;
                headerSeen = false;
                continue;
            }
            if (RULE.matcher(stripped).matches()) {
                out.add(""); // a mail's "=====" rule sets the block above apart; in Markdown it would make it a heading
            } else if (!ATTRIBUTION.matcher(stripped).matches()) {
                out.add(line);
            }
        }
        String body = String.join("\n", out);
        boolean titled = body.lines().anyMatch(l -> l.startsWith("# "));
        return titled || subject == null || subject.isBlank() ? body : "# " + subject + "\n\n" + body;
    }
}
