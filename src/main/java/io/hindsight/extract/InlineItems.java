package io.hindsight.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paragraph that is one line of several items, as a hurried note writes its action items or
 * factors after the label: "AIs: 1) revert key format (done) 2) sandbox test", "contributing: (1)
 * no disk alerts (2) retention change not checked", "[x] move batch · [ ] lag alert at 60s",
 * "alert (kai, done) · cert monitor (priya)", "a | b | c", "a / b / c".
 */
final class InlineItems {
    private InlineItems() {
    }

    /** "1) ... 2) ...", "(1) ... (2) ...": an item's number inside a line, after its start or a space. */
    private static final Pattern INLINE_NUMBER = Pattern.compile("(?:^|(?<=\\s))\\(?(\\d{1,2})[).]\\s+");
    /** "[x] ... [ ] ...": a checkbox inside a line. */
    private static final Pattern INLINE_BOX = Pattern.compile("(?:^|(?<=\\s))\\[[ xX\u2713]\\]\\s*");
    /** Separators a note puts between items on one line: a middle dot or bullet, a bar, a spaced slash. */
    private static final Pattern INLINE_SEPARATOR = Pattern.compile("\\s+[\u00b7\u2022|]\\s+|\\s+/\\s+");
    /** A line opened by a bullet character: "• ...", "▪ ...". */
    private static final Pattern BULLET_LINE = Pattern.compile("^\\s*[\u2022\u00b7\u25aa\u25e6\u2023]\\s+");
    private static final Pattern DOT_SEPARATOR = Pattern.compile("\\s[\u00b7\u2022]\\s");
    /** A sentence's end inside a line: prose, not a list. */
    private static final Pattern SENTENCE_END = Pattern.compile("[a-z][.!?]\\s+\\p{Lu}");

    /**
     * The items of a paragraph's lines, each stripped of its number, or empty when it is prose or one
     * item. Numbered items and checkboxes may wrap onto more lines; items between separators are one
     * line's (lines of a signature, "Operations Systems · Metro Transit", are no list).
     */
    static List<String> split(List<String> lines) {
        if (lines.size() >= 2 && lines.stream().allMatch(l -> BULLET_LINE.matcher(l).lookingAt())) {
            // "• retries count as accepted" on each line: a list Markdown does not know, pasted from a chat
            return lines.stream().map(l -> BULLET_LINE.matcher(l).replaceFirst("").strip()).filter(l -> !l.isEmpty()).toList();
        }
        String text = String.join(" ", lines).strip();
        if (SENTENCE_END.matcher(text).find()) {
            return List.of();
        }
        List<String> parts = splitAtNumbers(text);
        if (parts.isEmpty()) {
            parts = splitBefore(INLINE_BOX, text);
        }
        if (parts.isEmpty() && lines.size() == 1) {
            parts = new ArrayList<>();
            for (String part : INLINE_SEPARATOR.split(text)) {
                if (!part.isBlank()) {
                    parts.add(part.strip());
                }
            }
            // every part reads as an item of its own: two words at least, none a lone status or owner; a slash or a
            // bar splits three items at least, as prose has one now and then ("the primary / replica dashboards")
            boolean dotted = DOT_SEPARATOR.matcher(text).find();
            if (parts.size() < (dotted ? 2 : 3) || parts.stream().anyMatch(x -> x.split("\\s+").length < 2)) {
                return List.of();
            }
        }
        return parts.size() < 2 ? List.of() : parts;
    }

    /** An ordinal opening a sentence: "First, ...", "Secondly ...", "Finally, ...". */
    private static final Pattern ORDINAL = Pattern.compile("(?:^|(?<=[.;:!?]\\s{1,3}))(?:And\\s+)?(First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth"
            + "|Finally|Lastly|Last)(?:ly)?(?:\\s+of\\s+all)?\\b,?\\s+");
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth");

    /**
     * The points of a paragraph that counts them in words ("We see four. First, the sizing used an
     * average ... Second, the change was made on a Monday ... Finally, ..."): each from its ordinal
     * to the next, when the ordinals open sentences in order from "First", at least two of them;
     * "Finally" or "Lastly" may close the count. Empty when the paragraph does not count so.
     */
    static List<String> counted(String text) {
        Matcher m = ORDINAL.matcher(text);
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        boolean closed = false;
        while (m.find() && !closed) {
            String word = m.group(1).toLowerCase(java.util.Locale.ROOT);
            int rank = ORDINALS.indexOf(word);
            if (rank == starts.size()) {
                starts.add(m.start());
                ends.add(m.end());
            } else if (rank < 0 && starts.size() >= 2) {
                starts.add(m.start()); // "Finally, ..." after "Second" at least
                ends.add(m.end());
                closed = true;
            }
        }
        if (starts.size() < 2) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            String part = text.substring(ends.get(i), i + 1 < starts.size() ? starts.get(i + 1) : text.length()).strip();
            if (!part.isEmpty()) {
                parts.add(Character.toUpperCase(part.charAt(0)) + part.substring(1));
            }
        }
        return parts;
    }

    /** The parts after "1)", "2)", ... when the line opens with 1 and each number follows the one before. */
    private static List<String> splitAtNumbers(String text) {
        Matcher m = INLINE_NUMBER.matcher(text);
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        int next = 1;
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) == next && (next > 1 || m.start() == 0)) {
                starts.add(m.start());
                ends.add(m.end());
                next++;
            }
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < starts.size() && starts.size() >= 2; i++) {
            String part = text.substring(ends.get(i), i + 1 < starts.size() ? starts.get(i + 1) : text.length()).strip();
            parts.add(part.replaceFirst("[,;]$", "").strip());
        }
        return parts;
    }

    /** The parts each opening with a match of {@code p}, when the line opens with one and holds two or more. */
    private static List<String> splitBefore(Pattern p, String text) {
        Matcher m = p.matcher(text);
        List<Integer> starts = new ArrayList<>();
        while (m.find()) {
            starts.add(m.start());
        }
        List<String> parts = new ArrayList<>();
        if (starts.size() < 2 || starts.get(0) != 0) {
            return parts;
        }
        for (int i = 0; i < starts.size(); i++) {
            String part = text.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : text.length()).strip();
            parts.add(part.replaceFirst("\\s*[\u00b7\u2022|,;/]$", "").strip());
        }
        return parts;
    }

}
