package io.hindsight.extract;

import io.hindsight.model.Incident;

/** What extraction made of one postmortem: an incident, or the evidence that it is not one. */
public sealed interface Extraction {
    record Extracted(Incident incident) implements Extraction {
    }

    /**
     * The document is readable but is not a postmortem (a README, a template, a config file).
     * {@code partial} is what could be read, for tools that want to look at a draft anyway.
     */
    record NotAPostmortem(String detail, Incident partial) implements Extraction {
    }

    /** JSON whose shape is not an incident. */
    record WrongShape(String detail) implements Extraction {
    }
}
