package io.hindsight.tools;

import io.hindsight.extract.PhaseClassifier;
import java.util.Optional;

/** Prints the phase classification of each argument: a tool for tuning the vocabulary. */
public final class Classify {
    private Classify() {
    }

    public static void main(String[] args) {
        for (String a : args) {
            System.out.println(PhaseClassifier.standard().classify(a, Optional.empty()) + "  <- " + a);
        }
    }
}
