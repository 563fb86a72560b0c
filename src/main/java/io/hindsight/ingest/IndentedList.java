package io.hindsight.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list that a plain-text writer indented, which Markdown reads as an indented code block:
 * "    o  ~184,000 users hit the crash", "    [DONE]  never send a null subtitle - Kenji", each
 * item's wrapped lines indented under its text. Two items or more, and every line an item or
 * the continuation of one; anything else (a code sample) stays code.
 */
final class IndentedList {
    private IndentedList() {
    }

    /** A bullet ("o", "*", "-", "•", a number) or a status in brackets ("[DONE]", "[ ]"), then the item's text. */
    private static final Pattern ITEM = Pattern.compile("^(\\s*)(?:([o*•\\-])|(\\d{1,2}[.)])|(\\[[ xX✓]\\]|\\[[A-Za-z][A-Za-z ']{0,14}\\]))\\s+(\\S.*)$");

    static Optional<Block.ListBlock> of(String literal) {
        List<String> lines = literal.lines().toList();
        List<List<String>> items = new ArrayList<>();
        int textColumn = -1;
        boolean ordered = false;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            Matcher m = ITEM.matcher(line);
            if (m.matches() && (textColumn < 0 || m.group(1).length() < textColumn)) {
                List<String> item = new ArrayList<>();
                // a status in brackets stays with the item, where the action-item reader reads it
                item.add(m.group(4) != null ? m.group(4) + " " + m.group(5) : m.group(5));
                items.add(item);
                textColumn = m.start(5);
                ordered |= m.group(3) != null;
            } else if (!items.isEmpty() && leadingSpaces(line) >= textColumn - 1) {
                items.get(items.size() - 1).add(line.strip());
            } else {
                return Optional.empty();
            }
        }
        if (items.size() < 2) {
            return Optional.empty();
        }
        List<Block.Item> out = new ArrayList<>();
        for (List<String> item : items) {
            out.add(new Block.Item(List.of(String.join(" ", item)), Optional.empty(), List.of()));
        }
        return Optional.of(new Block.ListBlock(ordered, out));
    }

    private static int leadingSpaces(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
