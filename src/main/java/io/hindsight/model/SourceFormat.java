package io.hindsight.model;

/** The format an incident was read from, as written in {@code incidents.jsonl}. */
public enum SourceFormat {
    MARKDOWN("markdown"), JSON("json");

    private final String label;

    SourceFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
