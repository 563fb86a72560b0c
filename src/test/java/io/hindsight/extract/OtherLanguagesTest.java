package io.hindsight.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.model.Phase;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Telling a document in English alone from one (partly) in another language ({@link OtherLanguages}). */
class OtherLanguagesTest {
    @Test
    void englishWithAForeignNameIsEnglish() {
        assertThat(OtherLanguages.present("## Timeline\n- 14:02 José acks the page and opens the bridge\n- 14:30 café wifi blamed")).isFalse();
        assertThat(OtherLanguages.present("Plain ASCII postmortem: de-duplication of the queue, la la la")).isFalse();
    }

    @Test
    void frenchPortugueseAndGermanAreOthers() {
        assertThat(OtherLanguages.present("## Chronologie\n- 14h09 Julien acquitte l'appel et ouvre le canal de crise")).isTrue();
        assertThat(OtherLanguages.present("- 07:14 Miguel aceita o alerta e começa a análise da falha")).isTrue();
        assertThat(OtherLanguages.present("- 09:12 Reto quittiert den Alarm und beginnt mit der Analyse, Störung")).isTrue();
    }

    @Test
    void anEnglishDocumentsEventsSkipTheGlossaryAndAnotherLanguagesReadIt() {
        PhaseClassifier c = PhaseClassifier.standard();
        String french = "Julien (astreinte) acquitte l'appel et ouvre le canal";
        Optional<Phase> inFrench = PhaseClassifier.readingDocument("Chronologie : l'astreinte est appelée à 14h07, Julien acquitte",
                () -> c.classify(french, Optional.empty()).phase());
        assertThat(inFrench).contains(Phase.ACKNOWLEDGED);
        // English words the glossary shares ("alarm" read as "alert") are read in English documents too
        Optional<Phase> inEnglish = PhaseClassifier.readingDocument("Timeline: the disk alarm fired and paged the on-call",
                () -> c.classify("Disk alarm fires and pages the storage on-call", Optional.empty()).phase());
        assertThat(inEnglish).contains(Phase.DETECTED);
    }
}
