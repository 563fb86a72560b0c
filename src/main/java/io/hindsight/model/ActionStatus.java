package io.hindsight.model;

import java.util.Locale;
import java.util.Optional;

/** Action item status, normalised as in CONTRACT section 3. */
public enum ActionStatus {
    OPEN, IN_PROGRESS, DONE, WONT_DO;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Normalises the many ways people write a status; empty when unrecognised or blank. */
    public static Optional<ActionStatus> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.toLowerCase(Locale.ROOT).replaceAll("[*_`~✅❌]", "").replace('’', '\'').trim();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        if (t.matches(".*\\b(won'?t|will not|wont|not doing|not planned|cancel+ed|canceled|declined|rejected|dropped|obsolete|abandoned|wontfix|won't fix|won't do|wont_do|duplicate)\\b.*")) {
            return Optional.of(WONT_DO);
        }
        if (t.matches(".*\\b(in[ _-]?progress|wip|ongoing|started|in review|doing|active|underway|under way|partially|partial|blocked)\\b.*")) {
            return Optional.of(IN_PROGRESS);
        }
        if (t.matches(".*\\b(done|complete|completed|closed|fixed|resolved|finished|shipped|merged|implemented|deployed)\\b.*")
                || t.equals("[x]") || t.equals("✓") || t.equals("yes")) {
            return Optional.of(DONE);
        }
        if (t.matches(".*\\b(open|todo|to do|to-do|not started|outstanding|pending|planned|backlog|new|tbd|proposed|unassigned|\\[ \\])\\b.*")
                || t.equals("[ ]")) {
            return Optional.of(OPEN);
        }
        return Optional.empty();
    }
}
