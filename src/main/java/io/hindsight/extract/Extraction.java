package io.hindsight.extract;

import io.hindsight.model.Incident;

/** What extraction made of one postmortem: an incident, or the evidence that it is not one. */
public sealed interface Extraction {
    record Extracted(Incident incident) implements Extraction {
    }

    /** The document is readable but is not a postmortem (a README, a template, a config file). */
    record NotAPostmortem(String detail) implements Extraction {
    }

    /** JSON whose shape is not an incident. */
    record WrongShape(String detail) implements Extraction {
    }
}
