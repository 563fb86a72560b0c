package io.hindsight.extract;

import static io.hindsight.extract.PhaseAssertions.assertPhases;
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
        io.hindsight.model.Incident i = new FilePipeline().only("it.md", """
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
                """);
        assertThat(i.date()).contains(java.time.LocalDate.of(2026, 6, 9));
        assertPhases(i, "STARTED", "2026-06-09T19:30:00Z", "DETECTED", "2026-06-09T20:07:00Z", "ACKNOWLEDGED", "2026-06-09T20:11:00Z",
                "DECLARED", "2026-06-09T20:34:00Z", "IDENTIFIED", "2026-06-09T20:58:00Z", "CLOSED", "2026-06-09T21:55:00Z");
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
        io.hindsight.model.Incident i = new FilePipeline().only("nl.md", """
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
                """);
        assertThat(i.date()).contains(java.time.LocalDate.of(2026, 1, 22));
        assertThat(i.severity()).contains(io.hindsight.model.Severity.SEV2);
        assertPhases(i, "STARTED", "2026-01-22T10:20:00Z", "DETECTED", "2026-01-22T10:38:00Z", "ACKNOWLEDGED", "2026-01-22T10:44:00Z",
                "DECLARED", "2026-01-22T11:02:00Z", "IDENTIFIED", "2026-01-22T11:15:00Z", "CLOSED", "2026-01-22T12:20:00Z");
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

    @Test
    void aSwedishPostmortemIsReadInItsOwnWords() {
        io.hindsight.model.Incident i = new FilePipeline().only("sv.md", """
                # Postmortem: kortbetalningar i kassorna hänger sig

                **Datum:** 4 maj 2026
                **Allvarlighetsgrad:** SEV2

                ## Tidslinje (svensk tid)

                - 09:10 – release 7.2 av betalningstjänsten driftsatt
                - 09:22 – larm utlöses för timeouts, jouren larmas
                - 09:27 – Elin (jouren) kvitterar larmet och tittar på det
                - 09:40 – orsaken hittad: anslutningspoolen mot inlösaren är för liten
                - 09:52 – rollback till 7.1 startad
                - 10:05 – betalningar fungerar igen
                - 10:30 – incidenten stängd

                ## Åtgärdspunkter

                | Åtgärd | Ansvarig | Status |
                |---|---|---|
                | Larm på anslutningspoolen | Elin | Klar |
                | Lasttest före varje release | Jonas | Pågår |
                | Dokumentera poolstorleken | Jonas | Ej påbörjad |
                """);
        assertThat(i.date()).contains(java.time.LocalDate.of(2026, 5, 4));
        assertThat(i.severity()).contains(io.hindsight.model.Severity.SEV2);
        // CEST: UTC+2 in May
        assertPhases(i, "DETECTED", "2026-05-04T07:22:00Z", "ACKNOWLEDGED", "2026-05-04T07:27:00Z", "IDENTIFIED", "2026-05-04T07:40:00Z",
                "ROLLBACK_STARTED", "2026-05-04T07:52:00Z", "CLOSED", "2026-05-04T08:30:00Z");
        assertThat(i.actionItems()).extracting(io.hindsight.model.ActionItem::status)
                .containsExactly(Optional.of(io.hindsight.model.ActionStatus.DONE), Optional.of(io.hindsight.model.ActionStatus.IN_PROGRESS),
                        Optional.of(io.hindsight.model.ActionStatus.OPEN));
    }

    @Test
    void aNorwegianTimelineWithItsDaysWrittenWithADot() {
        io.hindsight.model.Incident i = new FilePipeline().only("no.md", """
                # Postmortem: målinger fra merdene stoppet

                **Dato:** 12.3.2026
                **Alvorlighetsgrad:** P2

                ## Tidslinje (norsk tid)

                - **9. mars 14:20** – fastvare 3.3 rullet ut til flåtene
                - **12. mars 02:10** – disken på megleren passerer 90 %
                - **03:20** – alarm utløst i overvåkingssentralen, vakthavende varslet
                - **03:34** – vakthavende tar saken
                - **04:32** – årsak funnet: fastvaren sender loggen ti ganger så ofte
                - **06:15** – meldingsraten normal igjen
                - **06:45** – hendelsen lukket

                ## Tiltak

                - [x] Overvåking av disken på megleren (Kristoffer) – Ferdig
                - [ ] Test av fastvare mot megleren før utrulling (Ingrid) – Ikke startet
                """);
        assertThat(i.severity()).contains(io.hindsight.model.Severity.SEV2);
        // CET: UTC+1 in March; the first line three days before the rest
        assertPhases(i, "DETECTED", "2026-03-12T02:20:00Z", "ACKNOWLEDGED", "2026-03-12T02:34:00Z", "IDENTIFIED", "2026-03-12T03:32:00Z",
                "CLOSED", "2026-03-12T05:45:00Z");
        assertThat(i.actionItems()).extracting(io.hindsight.model.ActionItem::isDone).containsExactly(true, false);
    }

    @Test
    void theLanguageGateOpensForDanishNotForEnglishQuotingAFewFrenchWords() {
        // the language gate: Danish words open the glossary, an English sentence does not
        assertThat(OtherLanguages.present("Vagten kvitterer for alarmen og ser på det, men årsagen er ikke fundet")).isTrue();
        assertThat(OtherLanguages.present("The on-call engineer acknowledged the alert and started looking at it")).isFalse();
        // an English write-up quoting a few words of another language is English: "Clos du Bas", "quota de données épuisé"
        assertThat(OtherLanguages.present("""
                Mathieu switches the three Clos du Bas wind machines to manual at the local panels. Inès finds "quota de données
                épuisé" on the SIM in the operator portal: the data limit is the cause. The top-up was bought online and the gateway
                reconnected to the controller at 02:25, after the frost watch had started. We checked each probe with the team, and
                it was fine for the rest of the night; the vineyard was back on automatic by the time the sun was up.
                """)).isFalse();
    }

    @Test
    void aPolishPostmortemIsReadInItsOwnWords() {
        io.hindsight.model.Incident i = new FilePipeline().only("pl.md", """
                # Postmortem: timeouty płatności po zmianie bramy NAT

                **Data incydentu:** 4 marca 2026
                **Waga:** SEV2

                ## Podsumowanie

                Po przełączeniu ruchu na nową bramę NAT część autoryzacji kończyła się timeoutem przez ponad godzinę.

                ## Oś czasu (czas polski, CET)

                - 12:40 – ruch przełączony na nową bramę NAT
                - 13:05 – alert zadziałał, dyżurny powiadomiony
                - 13:09 – dyżurny potwierdza alert i przejmuje incydent
                - 13:31 – przyczyna znaleziona: za mało portów na bramie NAT
                - 13:44 – ruch przełączony z powrotem, płatności działają ponownie
                - 14:52 – incydent zamknięty

                ## Działania naprawcze

                | Działanie | Właściciel | Termin | Stan |
                |---|---|---|---|
                | Alert na wykorzystanie portów NAT | Piotr | 2026-03-20 | Wykonane |
                | Test obciążeniowy bramy przed przełączeniem | Anna | 2026-04-10 | W toku |
                """);
        assertThat(i.date()).contains(java.time.LocalDate.of(2026, 3, 4));
        assertPhases(i, "DETECTED", "2026-03-04T12:05:00Z", "ACKNOWLEDGED", "2026-03-04T12:09:00Z", "IDENTIFIED", "2026-03-04T12:31:00Z",
                "CLOSED", "2026-03-04T13:52:00Z");
        assertThat(i.actionItems()).extracting(io.hindsight.model.ActionItem::status)
                .containsExactly(Optional.of(io.hindsight.model.ActionStatus.DONE), Optional.of(io.hindsight.model.ActionStatus.IN_PROGRESS));
        assertThat(i.actionItems()).extracting(io.hindsight.model.ActionItem::owner).containsExactly(Optional.of("Piotr"), Optional.of("Anna"));
    }

    @Test
    void aCzechDateAFinnishSeverityAndAFinnishPostmortem() {
        assertThat(TimelineReader.PROSE_DATE.matcher("15. dubna 2026").find()).isTrue();
        assertThat(io.hindsight.model.Severity.parse("Kriittinen")).contains(io.hindsight.model.Severity.SEV1);
        io.hindsight.model.Incident i = new FilePipeline().only("fi.md", """
                # Postmortem: mobiililippujen ostot epäonnistuivat

                **Päivämäärä:** 8.10.2026
                **Vakavuus:** SEV2

                ## Yhteenveto

                Migraatio lukitsi lipputaulun ja ostot epäonnistuivat noin puolen tunnin ajan.

                ## Aikajana

                Kaikki ajat Suomen aikaa (EEST).

                - 07:31 – migraatio aloitettiin tuotannossa
                - 07:44 – hälytys laukesi, päivystäjä kuittasi
                - 08:02 – syy löytyi: indeksin luonti lukitsi taulun
                - 08:09 – migraatio keskeytettiin, ostot toimivat taas
                - 09:10 – häiriö suljettiin
                """);
        assertPhases(i, "DETECTED", "2026-10-08T04:44:00Z", "IDENTIFIED", "2026-10-08T05:02:00Z", "CLOSED", "2026-10-08T06:10:00Z");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            Årsag: disken fuld af arkivfiler, oprydningsjobbet har fejlet siden 9. juni      | IDENTIFIED
            Tilbagerulning til regelsæt 2026.3.1 startet                                     | ROLLBACK_STARTED
            Tilbagerulning gennemført, login-succesrate tilbage på 99 %                      | MITIGATED
            Alarm 'ingen indbetalingsfil modtaget siden 04:00' kalder vagten                 | DETECTED
            Rasmus (vagt) kvitterer                                                          | ACKNOWLEDGED
            Orsaken hittad: forwarderns logg visar handshake_failure                         | IDENTIFIED
            Ingrid (vakt) tek saka                                                           | ACKNOWLEDGED
            Przyczyna znaleziona: za mało portów na bramie NAT                               | IDENTIFIED
            Příčina nalezena: ACL přepsala seznam povolených sítí                            | IDENTIFIED
            Hälytys laukesi, päivystäjä kuittasi                                             | ACKNOWLEDGED
            """)
    void phaseWordsOfTheNordicLanguagesPolishCzechAndFinnish(String event, Phase expected) {
        PhaseClassifier c = PhaseClassifier.standard();
        assertThat(PhaseClassifier.readingDocument("Vagten kvitterer og årsagen er ikke fundet, men det er", () -> c.classify(event, Optional.empty()).phase()))
                .contains(expected);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            Udført          | DONE
            I gang          | IN_PROGRESS
            Åben            | OPEN
            Ikke påbegyndt  | OPEN
            Aflyst          | WONT_DO
            HOTOVO          | DONE
            Rozpracováno    | IN_PROGRESS
            Nezahájeno      | OPEN
            Työn alla       | IN_PROGRESS
            Peruttu         | WONT_DO
            """)
    void anActionItemsStatusInTheWritersLanguage(String written, io.hindsight.model.ActionStatus expected) {
        assertThat(io.hindsight.model.ActionStatus.parse(written)).contains(expected);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            Hændelsesforløb           | TIMELINE
            Medvirkende årsager       | CONTRIBUTING_FACTORS
            Handlingspunkter          | ACTION_ITEMS
            Přispívající faktory      | CONTRIBUTING_FACTORS
            Myötävaikuttavat tekijät  | CONTRIBUTING_FACTORS
            """)
    void aHeadingInTheWritersLanguage(String heading, io.hindsight.model.SectionKind expected) {
        assertThat(SectionCatalog.kindOf(heading)).contains(expected);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            Tidslinje (dansk tid)           | Europe/Copenhagen
            alle tider i svensk sommartid   | Europe/Stockholm
            Časová osa (SELČ)               | Europe/Prague
            Kaikki ajat Suomen aikaa        | Europe/Helsinki
            """)
    void aClockNamedInTheWritersLanguage(String text, String zone) {
        assertThat(Zones.find(text)).contains(java.time.ZoneId.of(zone));
    }

    @Test
    void spanishStoreCallsAcceptedPagesRejectedRollbacksAndSupportsNoLongerComingIn() {
        PhaseClassifier c = PhaseClassifier.standard();
        String doc = "Cronología: la tienda llama a la mesa de ayuda y se declara el incidente en el canal de la guardia";
        java.util.function.Function<String, Optional<Phase>> phase = t -> PhaseClassifier.readingDocument(doc,
                () -> c.classify(t, Optional.empty()).phase());
        assertThat(phase.apply("Operaciones tienda Las Condes llama a mesa de ayuda: pedidos pagados en pendiente de pago"))
                .contains(Phase.DETECTED);
        assertThat(phase.apply("Mesa de ayuda pagea a guardia plataforma; Ignacio acepta (PagerDuty 10:46 UTC)")).contains(Phase.ACKNOWLEDGED);
        assertThat(phase.apply("Soporte (turno noche) escribe en #guardia-checkout: varios clientes dicen que el cupón no aplica"))
                .contains(Phase.DETECTED);
        assertThat(phase.apply("Se evalúa hacer rollback de la config; se descarta porque apagaría todos los descuentos"))
                .isNotEqualTo(Optional.of(Phase.ROLLBACK_STARTED));
        assertThat(phase.apply("Hotfix de config aplicado en los 3 pods. Los cupones vuelven a aplicar.")).contains(Phase.MITIGATED);
        assertThat(phase.apply("Crash-free 99,5%, igual al baseline. Soporte confirma que ya no entran chats nuevos."))
                .isNotEqualTo(Optional.of(Phase.DETECTED));
    }

    @Test
    void anItalianEventsDateFieldDatesIt() {
        io.hindsight.model.Incident i = new FilePipeline().run("ceresio.md", """
                # Analisi post-incidente: pagamenti bloccati

                Data dell'evento: 12.11.2026 · Gravità: minore · Redatto da: Stefano

                ### Svolgimento

                - 13:48 rilascio della versione 3.9.0 di pagamenti-api
                - 14:20 il servizio clienti segnala pagamenti in sospeso
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8)).parsed().get(0).incident();
        assertThat(i.date()).contains(java.time.LocalDate.of(2026, 11, 12));
        assertThat(i.timeline()).hasSize(2);
    }
}
