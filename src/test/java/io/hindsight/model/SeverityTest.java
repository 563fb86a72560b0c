package io.hindsight.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SeverityTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            SEV2                 | SEV2
            Major (our scale: Minor / Major / Critical) | SEV2
            (internal) Moderate  | SEV3
            Prio 2 (hoch)        | SEV2
            Grade 2 (Major)      | SEV2
            1 (kritisch)         | SEV1
            Sev 1                | SEV1
            SEV0                 | SEV1
            P3                   | SEV3
            Priority 2 (High)    | SEV2
            Severity 1           | SEV1
            Severity Level 2     | SEV2
            Priority level 3     | SEV3
            2 - High             | SEV2
            Critical             | SEV1
            Major                | SEV2
            Moderate             | SEV3
            Minor                | SEV4
            Kritisch             | SEV1
            P2 – hoch            | SEV2
            Mittel               | SEV3
            Gering               | SEV4
            Crítico              | SEV1
            Majeur               | SEV2
            Moderada             | SEV3
            Mineur               | SEV4
            Sévérité 2 (Majeur)  | SEV2
            Severidade 1         | SEV1
            """)
    void readsTheWaysTeamsWriteASeverity(String written, Severity expected) {
        assertThat(Severity.parse(written)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Confidential", "unknown", "TBD"})
    void textNamingNoneIsNone(String written) {
        assertThat(Severity.parse(written)).isEmpty();
    }
}
