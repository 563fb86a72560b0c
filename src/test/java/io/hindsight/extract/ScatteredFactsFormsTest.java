package io.hindsight.extract;

import static io.hindsight.extract.PhaseAssertions.assertPhases;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.model.ActionItem;
import io.hindsight.model.ActionStatus;
import io.hindsight.model.Incident;
import io.hindsight.model.Phase;
import io.hindsight.model.SectionKind;
import io.hindsight.model.Severity;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Layouts met in postmortems written by other people (blind sets 481-485), in general form: a
 * short timeline whose other moments are told in the Detection, Response and Recovery prose on
 * the same clock, a header of key facts typed with dotted leaders, factors counted in words
 * ("First, ... Second, ..."), plain section headings, and action items kept in JSON under their
 * status, in groups or as tuples.
 */
class ScatteredFactsFormsTest {
    private final FilePipeline pipeline = new FilePipeline();

    private static final String SCATTERED = """
            # Service disruption: payment page declines after acquirer switch

            ## Key facts

            - *Date:* 2025-05-20
            - *Severity:* SEV2
            - *Time reference:* Lisbon local time, WEST (UTC+1)

            ## Timeline (WEST)

            | Time | Event |
            |------|-------|
            | 08:10 | Acquirer switch-over completed by the payments provider |
            | 09:40 | Provider re-enables card authentication on the new account |
            | 10:05 | Test payments succeed on every card scheme |

            ## How we became aware

            The checkout decline-rate alert fired at 08:31 and paged the payments on-call. Card
            sheets are normally there by 07:30 on weekdays.

            ## Handling

            Rui acknowledged the page at 08:36. Having confirmed the checkout itself was fine, he
            declared a SEV2 at 08:44 and opened a call with the provider. At 09:12 the provider
            confirmed that card authentication was switched off on the new account, which explained
            the declines.

            ## Back to normal

            By 10:20 customers' payments were succeeding at the usual rate and Rui confirmed the
            service restored. He closed the incident at 11:00 after the provider's written confirmation.

            ## Contributing factors

            We see three. First, the switch-over checklist had no step for card authentication.
            Second, the provider's change notice went to a mailbox nobody reads. Finally, no synthetic
            payment runs against production, so only real customers could find the failure.

            ## Recommendations and actions

            1. Add card authentication to the switch-over checklist (Payments team, done)
            2. Route provider notices to the on-call channel (Rui Matos, open)
            """;

    @Test
    void momentsToldInTheProseOnTheTimelinesClockFillThePhasesItLeavesOut() {
        Incident i = pipeline.only("acquirer-switch.md", SCATTERED);
        // all on one clock (WEST, UTC+1): the prose's times without a zone are on it too, also after the last row
        assertPhases(i, "STARTED", "2025-05-20T07:10:00Z", "DETECTED", "2025-05-20T07:31:00Z", "ACKNOWLEDGED", "2025-05-20T07:36:00Z",
                "DECLARED", "2025-05-20T07:44:00Z", "IDENTIFIED", "2025-05-20T08:12:00Z", "RESOLVED", "2025-05-20T09:20:00Z",
                "CLOSED", "2025-05-20T10:00:00Z");
        // a habit ("normally there by 07:30") is no moment of the incident
        assertThat(i.timeline()).noneMatch(e -> e.text().contains("normally"));
    }

    @Test
    void factorsCountedInWordsAndPlainHeadingsAreRead() {
        Incident i = pipeline.only("acquirer-switch.md", SCATTERED);
        assertThat(i.contributingFactors()).hasSize(3);
        assertThat(i.contributingFactors().get(0)).startsWith("The switch-over checklist");
        assertThat(i.actionItems()).extracting(ActionItem::status)
                .containsExactly(Optional.of(ActionStatus.DONE), Optional.of(ActionStatus.OPEN));
        assertThat(i.sections()).contains(SectionKind.DETECTION, SectionKind.RESPONSE, SectionKind.RECOVERY, SectionKind.ACTION_ITEMS);
    }

    @Test
    void proseTimesOnAnotherClockThanTheTimelineAreNotReadOnIt() {
        // the document names two clocks and the prose agrees with the timeline at one time only: its times are not placed
        Incident i = pipeline.only("two-clocks.md", """
                # Postmortem: search timeouts

                **Date:** 2025-05-20 · **Severity:** SEV3 · the on-call team works in US Eastern (EDT)

                ## Timeline (UTC)

                | Time | Event |
                |------|-------|
                | 12:00 | Index rebuild starts |
                | 12:20 | Timeout alert pages search on-call |
                | 13:30 | Rebuild finished; latency back to normal |

                ## Response

                The on-call engineer acknowledged at 8:25 from home and declared an incident at 8:40.
                """);
        assertThat(i.timings().phases()).doesNotContainKeys(Phase.ACKNOWLEDGED, Phase.DECLARED);
    }

    @Test
    void aHeaderOfKeyFactsTypedWithDottedLeadersIsTheMetadata() {
        Incident i = pipeline.only("scanner-sync.md", """
                # Scanner sync backlog at the sorting hubs

                ```
                KEY FACTS
                Ref ............ HUB-2026-0311-02
                Date ........... 11 Mar 2026
                Priority ....... P2
                Clock .......... CET (UTC+1)
                ```

                ## 1. Overview

                Handheld scanners at most hubs could not deliver scan events for about an hour.

                ## 2. Chronology (CET)

                - 06:40 — broker session limit reached; new scanners are refused
                - 07:02 — ingest lag alert pages the integrations on-call
                - 08:15 — session limit raised on all broker nodes; scanners reconnect

                ## 3. Why

                A cost clean-up lowered the broker's session limit below the Thursday peak.
                """);
        assertThat(i.date()).hasValue(LocalDate.of(2026, 3, 11));
        assertThat(i.severity()).hasValue(Severity.SEV2);
        assertPhases(i, "STARTED", "2026-03-11T05:40:00Z", "DETECTED", "2026-03-11T06:02:00Z");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"How we became aware, DETECTION", "3. Signals, DETECTION", "4. Handling, RESPONSE", "5. Back to normal, RECOVERY",
            "Restoring the service, RECOVERY", "9. Recommendations and actions, ACTION_ITEMS", "At a glance, METADATA"})
    void plainHeadingsNameTheirSections(String heading, SectionKind kind) {
        assertThat(SectionCatalog.kindOf(heading)).hasValue(kind);
    }

    @Test
    void aHeadingThatOnlyStartsWithHandlingIsNoResponseSection() {
        assertThat(SectionCatalog.kindOf("Handling of customer data")).isEmpty();
    }

    @Test
    void theClauseOfASentenceThatTellsItsMomentIsItsMainOne() {
        assertThat(MarkdownExtractor.clauseOf("Having checked the form itself was fine, he declared a SEV3 at 10:12 and opened a call.",
                LocalTime.of(10, 12))).isEqualTo("He declared a SEV3 at 10:12 and opened a call.");
        // a sentence that does not open by setting the scene is kept whole: "which fired at 07:14" needs its alert
        String whole = "The first real alert was the lag alert, which fired at 07:14 and went to on-call.";
        assertThat(MarkdownExtractor.clauseOf(whole, LocalTime.of(7, 14))).isEqualTo(whole);
        assertThat(MarkdownExtractor.clauseOf("After the call, at 2:05 pm the fix was applied.", LocalTime.of(14, 5)))
                .isEqualTo("After the call, at 2:05 pm the fix was applied."); // too few words before the time to stand alone
    }

    @Test
    void jsonActionItemsKeptUnderTheirStatusInGroupsOrAsTuplesAreRead() {
        Incident byStatus = json("pmdump.json", """
                {"incidentDay": "2026-01-27", "title": "Slow map tiles", "sev": "Sev 3",
                 "events": [{"ts": "2026-01-27T13:05:00Z", "kind": "deploy", "text": "tile-renderer v7.3.0 rolled out"},
                            {"ts": "2026-01-27T13:40:00Z", "kind": "alert", "text": "cache miss alert pages maps on-call"}],
                 "contrib": ["render latency has no alert", "canary saw low-zoom traffic only"],
                 "actions": {"open": [{"what": "alert on render p99", "who": "priya"}],
                             "done": [{"what": "revert and re-land with the atlas cached", "who": "oskar"}, "add z14 tiles to the canary"],
                             "dropped": [{"what": "bench every zoom level in CI", "who": "oskar"}]}}
                """);
        assertThat(byStatus.contributingFactors()).hasSize(2);
        assertThat(byStatus.actionItems()).hasSize(4);
        assertThat(byStatus.actionItems().stream().filter(a -> a.status().filter(ActionStatus.DONE::equals).isPresent())).hasSize(2);
        assertThat(byStatus.actionItems()).filteredOn(a -> a.action().startsWith("alert on render")).singleElement()
                .satisfies(a -> assertThat(a.owner()).hasValue("priya"));

        Incident tuples = json("ops.json", """
                {"id": "OPS-7", "day": "2026-07-08", "sev": 3, "what": "broker disk full",
                 "when": {"began": 1783473160000, "paged": 1783475920000, "fixed": 1783477910000},
                 "todo": [["cap retention by time", "mkh", true], ["disk alert at 80%", "sbk", false], ["drift report", "mkh", "in progress"]]}
                """);
        assertThat(tuples.actionItems()).extracting(ActionItem::action).containsExactly("cap retention by time", "disk alert at 80%", "drift report");
        assertThat(tuples.actionItems()).extracting(ActionItem::owner).containsExactly(Optional.of("mkh"), Optional.of("sbk"), Optional.of("mkh"));
        assertThat(tuples.actionItems()).extracting(ActionItem::status)
                .containsExactly(Optional.of(ActionStatus.DONE), Optional.of(ActionStatus.OPEN), Optional.of(ActionStatus.IN_PROGRESS));

        Incident grouped = json("grouped.json", """
                {"title": "Blank substitution screen", "date": "2026-09-14",
                 "timeline": [{"time": "2026-09-14T10:12:00-04:00", "event": "Flag raised to 100% of stores"}],
                 "actionItems": [{"category": "Prevent", "items": [{"text": "Backfill the zone field", "status": "Completed"},
                                                                   {"text": "Legacy store in every rollout stage", "status": "Not started"}]},
                                 {"category": "Detect", "items": [{"text": "Alert on empty substitution lists", "status": "In review"}]}]}
                """);
        assertThat(grouped.actionItems()).extracting(ActionItem::action)
                .containsExactly("Backfill the zone field", "Legacy store in every rollout stage", "Alert on empty substitution lists");
        assertThat(grouped.actionItems().get(0).status()).hasValue(ActionStatus.DONE);
    }

    private Incident json(String path, String text) {
        FilePipeline.Result r = pipeline.run(path, text.getBytes(StandardCharsets.UTF_8));
        assertThat(r.rejected()).isEmpty();
        assertThat(r.parsed()).hasSize(1);
        return r.parsed().get(0).incident();
    }
}
