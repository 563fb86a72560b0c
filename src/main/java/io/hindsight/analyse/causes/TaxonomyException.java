package io.hindsight.analyse.causes;

import java.util.List;

/** A taxonomy file that cannot be used; the message names the file and every problem found. */
public final class TaxonomyException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final List<String> problems;

    public TaxonomyException(String source, List<String> problems) {
        super(message(source, problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /** The file (or resource) the taxonomy came from. */
    public String source() {
        return source;
    }

    /** Every problem found, one sentence each. */
    public List<String> problems() {
        return problems;
    }

    private static String message(String source, List<String> problems) {
        if (problems.size() == 1) {
            return "taxonomy " + source + ": " + problems.get(0);
        }
        return "taxonomy " + source + " has " + problems.size() + " problems:\n  - " + String.join("\n  - ", problems);
    }
}
