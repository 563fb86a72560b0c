package io.hindsight.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hindsight.model.Incident;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Numeric dates that could be read either way round ("04/03/2026"), settled by the document. */
class DayOrderTest {
    private final FilePipeline pipeline = new FilePipeline();

    private Incident only(String path, String text) {
        return pipeline.only(path, text);
    }

    @Test
    void theClocksADocumentNamesTellWhereItWasWritten() {
        assertThat(DayOrder.ofZones("Timeline (AEDT, UTC+11)")).hasValue(true);
        assertThat(DayOrder.ofZones("times are SAST")).hasValue(true);
        assertThat(DayOrder.ofZones("All times PDT")).hasValue(false);
        // UTC says nothing; a US clock beside a European one leaves it open
        assertThat(DayOrder.ofZones("All times UTC")).isEmpty();
        assertThat(DayOrder.ofZones("14:00 EST (20:00 CET)")).isEmpty();
    }

    @Test
    void aDocumentsOwnDatesShowItsOrderTwoDigitYearsIncluded() {
        assertThat(DayOrder.shownBy("| PDB on eta-service | Raj | 10/16/26 | Done |")).hasValue(false);
        assertThat(DayOrder.shownBy("due 20-2-2026")).hasValue(true);
        // a version is no date
        assertThat(DayOrder.shownBy("upgraded to v1.30.26 and 2.13.20")).isEmpty();
    }

    @Test
    void aTwoDigitYearIsThisCenturysAndDotsWithOneDigitAreAVersion() throws Exception {
        assertThat(TimeExpressions.stampAtStart("14/09/26 08:47").flatMap(TimeExpressions.Stamp::date)).hasValue(LocalDate.of(2026, 9, 14));
        assertThat(TimeExpressions.stampAtStart("1.2.26 deployed")).isEmpty();
        assertThatThrownBy(() -> TimeExpressions.stampAtStart("10/09/26 9:14 AM")).isInstanceOf(TimeExpressions.AmbiguousDayOrder.class);
        assertThat(TimeExpressions.stampAtStart("10/09/26 9:14 AM", Optional.of(false)).flatMap(TimeExpressions.Stamp::date))
                .hasValue(LocalDate.of(2026, 10, 9));
    }

    @Test
    void aSydneyTeamsFrontMatterDateIsDayFirst() {
        Incident i = only("push.md", """
                ---
                title: iOS pushes rejected after a config refactor
                date: 5/1/26
                severity: Sev3
                ---

                # iOS pushes rejected

                ## Timeline (AEDT)

                - **8:05am** gateway v3.14 deployed
                - **9:12am** push success-rate alert pages Chloe
                - **9:15am** Chloe acks
                """);
        assertThat(i.date()).hasValue(LocalDate.of(2026, 1, 5));
        assertThat(i.timings().phases()).containsEntry(io.hindsight.model.Phase.DETECTED, java.time.Instant.parse("2026-01-04T22:12:00Z"));
    }

    @Test
    void aJsonRecordsDatesInTheOrderOfItsClock() {
        Incident i = only("za.json", """
                {"title": "Settlement API outage after rack power loss", "date": "03/11/2026", "severity": "P2",
                 "timeline": [{"time": "03/11/2026 10:00 SAST", "event": "Grid power lost at the Cape Town colo"},
                              {"time": "03/11/2026 10:21 SAST", "event": "Settlement API availability alert pages the on-call engineer"}]}
                """);
        assertThat(i.date()).hasValue(LocalDate.of(2026, 11, 3));
        assertThat(i.timings().phases()).containsEntry(io.hindsight.model.Phase.DETECTED, java.time.Instant.parse("2026-11-03T08:21:00Z"));
    }

    @Test
    void aWeekdayInTheWritersOwnLanguageSettlesTheOrder() {
        // 9 January 2026 was a Friday; 1 September 2026 is a Tuesday
        assertThat(DayOrder.shownBy("Incidente del viernes 09/01/2026 · Sev 2")).contains(true);
        assertThat(DayOrder.shownBy("Störung am Dienstag 09/01/2026")).contains(false);
        assertThat(DayOrder.shownBy("monitor 09/01/2026 rotated")).isEmpty(); // "monitor" is no Monday
    }

    @Test
    void aNumericDateInTheSummaryDatesTheIncidentInTheDocumentsOrder() {
        Incident i = new FilePipeline().run("cl.md", """
                # Incident review: paid orders stuck as unpaid

                *Despega Supermercados · Santiago (CLST)*

                ## Incident summary

                Between 06:50 and 08:34 hrs (CLST) on 09/01/2026 payment webhooks failed the TLS handshake.

                ## Timeline

                | Hora | Evento |
                |---|---|
                | 06:50 | TLS certificate renewal applied on the ingress |
                | 07:40 | Store calls the help desk: paid orders stuck |
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8)).parsed().get(0).incident();
        assertThat(i.date()).contains(LocalDate.of(2026, 1, 9));
    }
}
