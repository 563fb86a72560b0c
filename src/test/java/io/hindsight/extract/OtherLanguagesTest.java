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

    @Test
    void anItalianPostmortemIsReadInItsOwnWords() {
        FilePipeline.Result r = new FilePipeline().run("it.md", """
                # Incidente: timeout verso il PSP sui pagamenti con carta

                **Data:** 9 giugno 2026
                **Gravità:** P2
                **Stato:** Chiuso

                ## Cronologia

                Orari in ora italiana (CEST).

                - 21:30 — avviato il deploy 4.2 del servizio pagamenti
                - 22:07 — scatta l'allarme "errori di autorizzazione > 5%" su Opsgenie
                - 22:11 — il reperibile (Simone) prende in carico l'allarme
                - 22:34 — dichiarato incidente P2, IC Alessandro
                - 22:58 — individuata la causa: pool di connessioni verso il PSP esaurito
                - 23:40 — autorizzazioni nella norma da 20 minuti
                - 23:55 — incidente chiuso

                ## Azioni correttive

                | Azione | Responsabile | Scadenza | Stato |
                |---|---|---|---|
                | Allarme sul pool di connessioni | Simone | 20/06/2026 | Completato |
                | Test di carico prima dei rilasci | Paolo | 30/06/2026 | In corso |
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        io.hindsight.model.Incident i = r.parsed().get(0).incident();
        assertThat(i.date()).contains(java.time.LocalDate.of(2026, 6, 9));
        assertThat(i.timings().phases()).containsEntry(Phase.STARTED, java.time.Instant.parse("2026-06-09T19:30:00Z"))
                .containsEntry(Phase.DETECTED, java.time.Instant.parse("2026-06-09T20:07:00Z"))
                .containsEntry(Phase.ACKNOWLEDGED, java.time.Instant.parse("2026-06-09T20:11:00Z"))
                .containsEntry(Phase.DECLARED, java.time.Instant.parse("2026-06-09T20:34:00Z"))
                .containsEntry(Phase.IDENTIFIED, java.time.Instant.parse("2026-06-09T20:58:00Z"))
                .containsEntry(Phase.CLOSED, java.time.Instant.parse("2026-06-09T21:55:00Z"));
        assertThat(i.actionItems()).extracting(io.hindsight.model.ActionItem::status)
                .containsExactly(Optional.of(io.hindsight.model.ActionStatus.DONE), Optional.of(io.hindsight.model.ActionStatus.IN_PROGRESS));
    }

    @Test
    void germanDatesWithTheDaysFullStopAndAustriasJanuary() throws Exception {
        assertThat(TimeExpressions.date("21. Jänner 2026 (Nacht auf Donnerstag)")).contains(java.time.LocalDate.of(2026, 1, 21));
        assertThat(TimeExpressions.date("1. Mai 2026")).contains(java.time.LocalDate.of(2026, 5, 1));
        assertThat(Zones.find("Alle Zeiten in ora italiana")).contains(java.time.ZoneId.of("Europe/Rome"));
        assertThat(Zones.find("horas en hora peninsular")).contains(java.time.ZoneId.of("Europe/Madrid"));
    }

    @Test
    void aDutchPostmortemIsReadInItsOwnWords() {
        FilePipeline.Result r = new FilePipeline().run("nl.md", """
                # Postmortem: pinbetalingen lopen vast in de filialen

                **Datum:** 22 januari 2026
                **Ernst:** SEV2

                ## Tijdlijn

                Alle tijden CET.

                - 11:20 — deploy van de betaalgateway 3.2 gestart
                - 11:38 — alert "time-outs pinbetalingen > 5%" gaat af bij de dienstdoende
                - 11:44 — Pieter (dienstdoende) bevestigt de page
                - 12:02 — storing uitgeroepen, Lotte coördineert
                - 12:15 — oorzaak gevonden: de connectiepool naar de acquirer is te klein
                - 13:20 — storing gesloten

                ## Actiepunten

                | Actie | Eigenaar | Deadline | Status |
                |---|---|---|---|
                | Alert op de connectiepool | Pieter | 30-01-2026 | Gereed |
                | Loadtest voor elke release | Lotte | 15-02-2026 | Bezig |
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        io.hindsight.model.Incident i = r.parsed().get(0).incident();
        assertThat(i.date()).contains(java.time.LocalDate.of(2026, 1, 22));
        assertThat(i.severity()).contains(io.hindsight.model.Severity.SEV2);
        assertThat(i.timings().phases()).containsEntry(Phase.STARTED, java.time.Instant.parse("2026-01-22T10:20:00Z"))
                .containsEntry(Phase.DETECTED, java.time.Instant.parse("2026-01-22T10:38:00Z"))
                .containsEntry(Phase.ACKNOWLEDGED, java.time.Instant.parse("2026-01-22T10:44:00Z"))
                .containsEntry(Phase.DECLARED, java.time.Instant.parse("2026-01-22T11:02:00Z"))
                .containsEntry(Phase.IDENTIFIED, java.time.Instant.parse("2026-01-22T11:15:00Z"))
                .containsEntry(Phase.CLOSED, java.time.Instant.parse("2026-01-22T12:20:00Z"));
        assertThat(i.actionItems()).extracting(io.hindsight.model.ActionItem::status)
                .containsExactly(Optional.of(io.hindsight.model.ActionStatus.DONE), Optional.of(io.hindsight.model.ActionStatus.IN_PROGRESS));
    }

    @Test
    void spanishAcknowledgementsAndAttemptsWithoutEffect() {
        PhaseClassifier c = PhaseClassifier.standard();
        String doc = "Cronología: la guardia de plataforma recibe la alerta y revisa el clúster de la base de datos";
        assertThat(PhaseClassifier.readingDocument(doc, () -> c.classify("Iván Castañeda (guardia) reconoce la alerta y empieza a revisar",
                Optional.empty()).phase())).contains(Phase.ACKNOWLEDGED);
        assertThat(PhaseClassifier.readingDocument(doc, () -> c.classify("Pablo (guardia de plataforma) acusa recibo.", Optional.empty()).phase()))
                .contains(Phase.ACKNOWLEDGED);
    }

    @Test
    void aBilingualHeadingsZoneAfterItsTranslationInBrackets() {
        FilePipeline.Result r = new FilePipeline().run("bz.md", """
                # Postmortem: tornelli skipass bloccati / Drehkreuze blockiert

                **Data / Datum:** 14.02.2026
                **Gravità / Schweregrad:** SEV2

                ## Cronologia (Zeitlicher Ablauf) — ora locale / Ortszeit MEZ

                - 07:30 — rilascio della nuova versione del server dei tornelli
                - 08:47 — scatta l'allarme sui tempi di risposta dei tornelli
                - 08:52 — il reperibile prende in carico l'allarme
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(r.parsed().get(0).incident().timings().phases())
                .containsEntry(Phase.STARTED, java.time.Instant.parse("2026-02-14T06:30:00Z"))
                .containsEntry(Phase.DETECTED, java.time.Instant.parse("2026-02-14T07:47:00Z"));
    }
}
