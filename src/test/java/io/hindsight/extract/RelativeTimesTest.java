package io.hindsight.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.model.Incident;
import io.hindsight.model.Phase;
import io.hindsight.model.TimingMetric;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Timelines written in times counted from a start ("T+9m", "+25 min", "T−27m"): the clock time
 * T+0 stands for comes from an event that gives both ("09:14 (T+0)", "+0 min (10:02 AM)") or from
 * a caption ("Minutes counted from 6:40 AM", "T0 = 14:02 UTC", "07:45 UTC is T+0").
 */
class RelativeTimesTest {
    private final FilePipeline pipeline = new FilePipeline();

    private Incident incident(String date, String timeline) {
        FilePipeline.Result r = pipeline.run("relative.md", """
                # Postmortem: Ledger lookups failing after a resolver restart

                **Date:** %s | **Severity:** SEV3

                ## Timeline
                %s

                ## Root Cause
                A negative DNS answer cached for an hour.
                """.formatted(date, timeline).getBytes(StandardCharsets.UTF_8));
        assertThat(r.rejected()).isEmpty();
        return r.parsed().get(0).incident();
    }

    private static Instant utc(String at) {
        return Instant.parse(at + ":00Z");
    }

    @Test
    void markersCountFromTheEventThatGivesBothItsClockTimeAndItsMarker() {
        Incident i = incident("2026-01-27", """
                All times CET (UTC+1).

                - **09:14 (T+0)** — Planned rolling restart of the resolver cluster begins
                - **T+9m** — `LedgerClientErrorRate` fires and pages platform on-call
                - **T+12m** — Acked, started looking
                - **T+38m** — Cause found: the negative answer is cached for 3600 s
                - **T+53m** — Cache flush complete; client errors back to baseline
                - **10:35 (T+1h21m)** — Incident closed
                """);
        assertThat(i.timings().phases())
                .containsEntry(Phase.STARTED, utc("2026-01-27T08:14"))
                .containsEntry(Phase.DETECTED, utc("2026-01-27T08:23"))
                .containsEntry(Phase.ACKNOWLEDGED, utc("2026-01-27T08:26"))
                .containsEntry(Phase.CLOSED, utc("2026-01-27T09:35"));
        assertThat(i.timings().minutes()).containsEntry(TimingMetric.TTD, 9L);
    }

    @Test
    void aCaptionNamesTheClockBareMinuteOffsetsCountFrom() {
        Incident i = incident("2026-08-11", """
                All times CDT. Minutes counted from 6:40 AM, when the first labels failed.

                - 6:40 AM — first shipping labels fail to print on lines 4-7
                - +12 min — floor supervisor calls the IT helpdesk
                - +20 min — helpdesk pages Warehouse Systems on-call; Marcus acknowledges
                - +37 min — page logs truncated, print service restarted; labels printing again
                - +58 min — backlog cleared, all lines printing normally
                - 7:45 AM — incident closed
                """);
        assertThat(i.timings().phases())
                .containsEntry(Phase.STARTED, utc("2026-08-11T11:40"))
                .containsEntry(Phase.DETECTED, utc("2026-08-11T11:52"))
                .containsEntry(Phase.RESOLVED, utc("2026-08-11T12:38"));
    }

    @Test
    void aTableCountsFromItsT0CaptionIncludingRowsBeforeIt() {
        Incident i = incident("2026-05-14", """
                Times are relative to **T0 = 14:02 UTC**, when the p99 alert fired. Negative means before the page.

                | When | What happened |
                |------|---------------|
                | T−27m | Index build #5120 published to all suggest replicas |
                | T0 | `SuggestLatencyP99` fires and pages search on-call |
                | T+3m | Ana acks the page |
                | T+24m | Rollback to build #5119 started |
                | T+55m | Closed |
                """);
        assertThat(i.timings().phases())
                .containsEntry(Phase.STARTED, utc("2026-05-14T13:35"))
                .containsEntry(Phase.DETECTED, utc("2026-05-14T14:02"))
                .containsEntry(Phase.ROLLBACK_STARTED, utc("2026-05-14T14:26"))
                .containsEntry(Phase.CLOSED, utc("2026-05-14T14:57"));
    }

    @Test
    void aMarkerWithItsClockInBracketsNamesT0() {
        Incident i = incident("2026-06-18", """
                Times are Eastern (EDT, UTC−4). Offsets are minutes from the reassignment start.

                +0 min (10:02 AM): data platform starts the partition reassignment
                +19 min: `OrdersConsumerLagHigh` fires, pages fulfillment on-call
                +22 min: Priya acks the page
                11:52 AM: incident closed
                """);
        assertThat(i.timings().phases())
                .containsEntry(Phase.STARTED, utc("2026-06-18T14:02"))
                .containsEntry(Phase.DETECTED, utc("2026-06-18T14:21"))
                .containsEntry(Phase.ACKNOWLEDGED, utc("2026-06-18T14:24"))
                .containsEntry(Phase.CLOSED, utc("2026-06-18T15:52"));
    }

    @Test
    void aTimelineOfStampedLinesIsNoCaptionEvenWhenItSaysMinutesAfter() {
        Incident i = incident("2026-07-29", """
                2026-07-29T06:31:00Z Orders cancelled minutes after creation
                2026-07-29T06:40:00Z AvailabilityLow fires and pages the search on-call
                2026-07-29T10:49:00Z Incident closed
                """);
        assertThat(i.timings().phases())
                .containsEntry(Phase.DETECTED, utc("2026-07-29T06:40"))
                .containsEntry(Phase.CLOSED, utc("2026-07-29T10:49"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "T+0|0", "T0|0", "T+9m|9", "T+1h15m|75", "T+1h05|65", "T+3h|180", "T−27m|-27", "T-2h|-120",
        "T+00:47:05|47", "+12 min|12", "+14m|14", "+1h35m|95", "+0 min|0"})
    void aMarkerIsReadAsSignedMinutes(String marker, long minutes) {
        assertThat(TimelineReader.relativeMinutes(marker + " — event")).map(TimelineReader.Marker::minutes).hasValue(minutes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Table stakes", "T5 cluster", "+3 retries", "+1d 08:30 reopened", "Team on it"})
    void otherTextIsNoMarker(String text) {
        assertThat(TimelineReader.relativeMinutes(text)).isEqualTo(Optional.empty());
    }

    @Test
    void aStoryToldInSpansCountsFromItsStartOrFromTheEventBefore() {
        Incident i = incident("2026-09-02", """
                The deploy pipeline started the migration on all shards at **15:20 UTC**. Everything below is measured from that moment.

                Saves on shard 3 began to hang. For about an hour afterwards the reconnect graph stayed noisy.

                About 20 minutes after the migration started, support escalated a pile of customer tickets to the on-call engineer.
                She acknowledged the escalation five minutes later and started looking at the database.

                Roughly half an hour in, she found the index build holding its lock, and cause was confirmed.
                Within fifteen minutes the queue had drained.

                One hour and forty minutes after the start every document was reconciled and service fully restored.
                We closed the incident two hours after it began.
                """);
        assertThat(i.timings().phases())
                .containsEntry(Phase.STARTED, utc("2026-09-02T15:20"))
                .containsEntry(Phase.DETECTED, utc("2026-09-02T15:40"))
                .containsEntry(Phase.ACKNOWLEDGED, utc("2026-09-02T15:45"))
                .containsEntry(Phase.IDENTIFIED, utc("2026-09-02T15:50"))
                .containsEntry(Phase.RESOLVED, utc("2026-09-02T17:00"))
                .containsEntry(Phase.CLOSED, utc("2026-09-02T17:20"));
        // "for about an hour afterwards" lasted; "within fifteen minutes" bounds: neither is a moment
        assertThat(i.timeline()).noneMatch(e -> e.text().startsWith("For about") || e.text().startsWith("Within"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"five minutes|5", "half an hour|30", "an hour and a half|90", "one hour and forty minutes|100",
        "2 hours|120", "twenty-five mins|25"})
    void aSpanIsReadAsMinutes(String span, long minutes) {
        assertThat(TimelineReader.minutesOf(span)).isEqualTo(minutes);
    }
}
