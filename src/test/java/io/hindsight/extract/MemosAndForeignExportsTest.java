package io.hindsight.extract;

import static io.hindsight.extract.PhaseAssertions.assertPhases;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.model.ActionItem;
import io.hindsight.model.ActionStatus;
import io.hindsight.model.Incident;
import io.hindsight.model.SectionKind;
import io.hindsight.model.Severity;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Layouts met in postmortems written by other people (blind sets 486-490), in general form:
 * memos and e-mails to leadership whose "Date" is the day they were sent, plain-text memos under
 * one heading, JSON exports whose fields are named in German, Spanish, Portuguese or French,
 * timelines kept as pairs of a clock time and a text, follow-ups whose state is told in the
 * sentence after them, and the templates' section names mistyped.
 */
class MemosAndForeignExportsTest {
    private final FilePipeline pipeline = new FilePipeline();

    @Test
    void aMemosDateIsWhenItWasSentAndItsSubjectNamesTheIncidentsDay() {
        Incident i = pipeline.only("memo.md", """
                **To:** Chief Operating Officer
                **From:** Head of Platform Reliability
                **Subject:** Post-incident review: quote portal unavailable, Tuesday 9 June 2026 (Severity 2)
                **Date:** 12 June 2026

                All times in this memo are UK time (BST, UTC+1).

                ## What happened

                On Tuesday 9 June 2026 the quote portal returned errors for most customers.

                ## Timeline (BST)

                | Time | Event |
                |------|-------|
                | 10:02 | Gateway certificate rotated by automation |
                | 10:15 | Synthetic quote test alert fires and pages the platform on-call |
                | 11:20 | Previous certificate restored; quotes succeed again |
                """);
        assertThat(i.date()).hasValue(LocalDate.of(2026, 6, 9));
        assertThat(i.postmortemDate()).hasValue(LocalDate.of(2026, 6, 12));
        assertPhases(i, "STARTED", "2026-06-09T09:02:00Z", "DETECTED", "2026-06-09T09:15:00Z");
    }

    @Test
    void aDateFieldOutsideAMemoStaysTheIncidentsDay() {
        Incident i = pipeline.only("plain.md", """
                # Postmortem: quote portal unavailable

                **Date:** 2026-06-12
                **Severity:** SEV2

                ## Summary

                The portal failed after the certificate rotation of Tuesday 9 June 2026 was repeated.

                ## Timeline

                | Time | Event |
                |------|-------|
                | 10:02 | Gateway certificate rotated again |
                | 10:15 | Alert pages the on-call |
                """);
        assertThat(i.date()).hasValue(LocalDate.of(2026, 6, 12));
    }

    @Test
    void anEmailsSentDateGivesTheYearOfTheDaysItsStoryNames() {
        Incident i = pipeline.only("kiosks.md", """
                From: Dana Whitcomb <dana@skyways.example>
                To: Leadership <leaders@skyways.example>
                Date: Mon, 23 Mar 2026 08:15 -0500
                Subject: Post-incident summary: check-in kiosks down at all stations, Friday March 20

                All,

                All times below are Central Time (CDT).

                At 4:10 a.m. on Friday, March 20, our deployment tooling pushed the vendor patch to every station.
                At 5:02 a.m. the Omaha station agent called the IT service desk to say no kiosk was printing.
                Luis acknowledged the page at 5:14 a.m. and started the rollback at 6:03 a.m.
                """);
        assertThat(i.date()).hasValue(LocalDate.of(2026, 3, 20));
        assertPhases(i, "STARTED", "2026-03-20T09:10:00Z", "DETECTED", "2026-03-20T10:02:00Z");
    }

    @Test
    void aPlainTextMemoUnderOneHeadingIsReadAsItsStory() {
        Incident i = pipeline.only("routes.md", """
                ## Northway Haulage — memo to the Board

                To: Management Board
                From: Head of Digital Platforms
                Date: 2 April 2026
                Re: Friday 27 March 2026, route planner sent heavy trucks onto restricted roads

                All times are Warsaw time (CET, UTC+1).

                On Friday 27 March the weekly import ran automatically at 05:50. It dropped every weight limit.

                At 06:42 a dispatcher in the Poznan depot reported a route over a bridge with a 12-tonne limit.
                At 07:48 the on-call engineer found the cause in the import log.
                """);
        assertThat(i.date()).hasValue(LocalDate.of(2026, 3, 27));
        assertPhases(i, "STARTED", "2026-03-27T04:50:00Z", "DETECTED", "2026-03-27T05:42:00Z");
    }

    @Test
    void aPlainTextTimelineLabelWithItsDayIsAHeading() {
        Incident i = pipeline.only("signin.md", """
                University IT Services

                Subject: Review of the sign-in outage on 13 January 2026

                What we will do

                We will add monitoring of the sign-in failure rate. Owner: Daniel, by 27 February.

                Timeline, 13 January 2026 (GMT)

                * 07:40 New access policy applied with an all-users scope
                * 08:05 First service desk call from a student unable to sign in
                * 09:41 Policy reverted
                """);
        assertThat(i.actionItems()).hasSize(1);
        assertPhases(i, "STARTED", "2026-01-13T07:40:00Z", "DETECTED", "2026-01-13T08:05:00Z");
    }

    @Test
    void followUpsWhoseStateIsToldInTheNextSentenceCarryIt() {
        Incident i = pipeline.only("followups.md", """
                # Postmortem: upload failures

                **Date:** 2026-04-14

                ## Timeline

                | Time | Event |
                |------|-------|
                | 09:58 | Certificate rotated |
                | 10:12 | Synthetic test pages on-call |

                ## What we will do

                We will add a chain check to the certificate automation. Owner: Tomasz, by 8 May.

                We will shorten the synthetic test interval to one minute. Owner: Tomasz. This was completed on 16 April.
                """);
        assertThat(i.actionItems()).extracting(ActionItem::status).containsExactly(Optional.empty(), Optional.of(ActionStatus.DONE));
    }

    @Test
    void jsonFieldsNamedInTheWritersLanguageAreTheNativeOnes() {
        Incident i = json("stoerung.json", """
                {"titel": "Kartenzahlungen schlagen fehl", "datum": "2026-01-17", "zeitzone": "Europe/Berlin", "schweregrad": "hoch",
                 "zeitverlauf": [{"zeit": "2026-01-17T06:40:00+01:00", "ereignis": "Firmware-Update auf HSM-Cluster B eingespielt"},
                                 {"zeit": "2026-01-17T08:12:00+01:00", "ereignis": "Alert pages the payments on-call"}],
                 "ursache": "Die neue Firmware lehnt alte Schlüssel ab.",
                 "beitragende_faktoren": ["Kein Canary für HSM-Firmware", "Alarm nur auf Fehlerquote"],
                 "massnahmen": [{"was": "Canary-Stufe für HSM-Firmware", "wer": "Jana", "bis": "2026-02-01", "status": "erledigt"},
                                {"was": "Alarm auf Autorisierungsquote", "wer": "Luca", "status": "offen"}]}
                """);
        assertThat(i.title()).hasValue("Kartenzahlungen schlagen fehl");
        assertThat(i.date()).hasValue(LocalDate.of(2026, 1, 17));
        assertThat(i.severity()).hasValue(Severity.SEV2);
        assertThat(i.rootCause()).isPresent();
        assertThat(i.contributingFactors()).hasSize(2);
        assertThat(i.actionItems()).extracting(ActionItem::owner).containsExactly(Optional.of("Jana"), Optional.of("Luca"));
        assertThat(i.actionItems().get(0).status()).hasValue(ActionStatus.DONE);
        assertPhases(i, "STARTED", "2026-01-17T05:40:00Z", "DETECTED", "2026-01-17T07:12:00Z");
    }

    @Test
    void aTimelineOfClockTimesAndTextsIsReadOnTheRecordsDate() {
        Incident i = json("rapport.json", """
                {"title": "Paiements refusés", "date": "2026-04-14", "fuseau": "America/Toronto",
                 "chronologie": [["22:50", "Déploiement de la règle WAF bot-challenge-v4"],
                                 ["23:02", "Customers report failed payments to support"]]}
                """);
        assertPhases(i, "STARTED", "2026-04-15T02:50:00Z", "DETECTED", "2026-04-15T03:02:00Z");
    }

    @Test
    void anApisDataWrapperIsNoDate() {
        assertThat(JsonShapes.normalise(new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
                .put("title", "x").set("data", new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode())).has("date")).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Timline, TIMELINE", "Action Itmes, ACTION_ITEMS", "Root Casue, ROOT_CAUSE", "Lessons Leanred, LESSONS_LEARNED",
            "Contributing Factros, CONTRIBUTING_FACTORS"})
    void theTemplatesSectionNamesMistypedAreRecognised(String heading, SectionKind kind) {
        assertThat(SectionCatalog.kindOf(heading)).hasValue(kind);
    }

    @ParameterizedTest
    @CsvSource({"Timeliness", "Deadline", "Summit notes"})
    void wordsTwoLettersFromAShortNameAreNoTypo(String heading) {
        assertThat(SectionCatalog.kindOf(heading)).isEmpty();
    }

    private Incident json(String path, String text) {
        FilePipeline.Result r = pipeline.run(path, text.getBytes(StandardCharsets.UTF_8));
        assertThat(r.rejected()).isEmpty();
        assertThat(r.parsed()).hasSize(1);
        return r.parsed().get(0).incident();
    }
}
