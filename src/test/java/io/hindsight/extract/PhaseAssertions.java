package io.hindsight.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.model.Incident;
import io.hindsight.model.Phase;
import java.time.Instant;

/** Assertions on an incident's phase times, shared by the tests that read whole postmortems. */
final class PhaseAssertions {
    private PhaseAssertions() {
    }

    /** Asserts the incident's phase times, given as phase name and UTC instant pairs. */
    static void assertPhases(Incident i, String... phaseAndInstant) {
        for (int k = 0; k < phaseAndInstant.length; k += 2) {
            assertThat(i.timings().phases()).as(phaseAndInstant[k])
                    .containsEntry(Phase.valueOf(phaseAndInstant[k]), Instant.parse(phaseAndInstant[k + 1]));
        }
    }
}
