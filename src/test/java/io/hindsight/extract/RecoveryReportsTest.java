package io.hindsight.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.model.Incident;
import io.hindsight.model.Phase;
import io.hindsight.model.TimingMetric;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * When no event says outright that service was restored, the last report of health or finished
 * clean-up after the mitigation is the resolution ({@link RecoveryReports}); the same words before
 * the fix, qualified reports and the aftermath told to others are not.
 */
class RecoveryReportsTest {
    private final FilePipeline pipeline = new FilePipeline();

    private Incident withTimeline(String rows) {
        FilePipeline.Result r = pipeline.run("ledger.md", """
                # Postmortem: Ledger sync to the reporting warehouse stalled

                **Date:** 2026-10-06 | **Severity:** SEV2

                ## Timeline (UTC)
                | Time | Event |
                |------|-------|
                %s
                """.formatted(rows).getBytes(StandardCharsets.UTF_8));
        assertThat(r.rejected()).isEmpty();
        return r.parsed().get(0).incident();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Consumer lag < 2k, ledger dashboard green",
        "Sync error rate 0.2% (baseline) on every shard",
        "all 5,112 stalled entries replayed, no entries left in the retry table",
        "Nightly reconciliation job succeeds; finance extracts published",
        "Posting volume in line with the same weekday last week",
        "Write success 99.8% for 40 min",
        "Treasury signs off the balances",
        "Batch completes; bank acknowledgement received, file accepted"})
    void aHealthReportIsRead(String text) {
        assertThat(RecoveryReports.reportsHealth(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Lag still 40k, backfill about half done",
        "Replay complete except the EU shard",
        "Apology e-mail sent to all affected merchants",
        "Retro booked for Thursday, action items in the tracker",
        "Error rate 4x normal",
        "Sync jobs failing again after the restart",
        "Watching dashboards for 30 minutes before closing",
        "Consumers restarted"})
    void aQualifiedReportOrTheAftermathIsNot(String text) {
        assertThat(RecoveryReports.reportsHealth(text)).as(text).isFalse();
    }

    @Test
    void theLastHealthReportAfterTheFixIsTheResolution() {
        Incident i = withTimeline("""
                | 08:02 | ledger-sync 7.4 deployed; lag normal at 300 |
                | 08:31 | `ledger_sync_lag > 50k` pages data on-call |
                | 08:35 | Amir acknowledges |
                | 09:04 | Rolled back to 7.3 |
                | 09:20 | Lag < 2k, ledger dashboard green |
                | 09:55 | Nightly reconciliation job succeeds; finance extracts published |
                | 11:00 | Apology e-mail sent to all affected merchants |
                | 11:30 | Incident closed |
                """);
        // the deploy's "lag normal" comes before the fix: it describes the baseline, it confirms nothing
        assertThat(i.timings().phases())
                .containsEntry(Phase.MITIGATED, Instant.parse("2026-10-06T09:04:00Z"))
                .containsEntry(Phase.RESOLVED, Instant.parse("2026-10-06T09:55:00Z"));
        assertThat(i.timings().minutes()).containsEntry(TimingMetric.TTR, 113L);
    }

    @Test
    void aLaterHealthReportIsTheLastRecoveryEventBeforeTheClose() {
        Incident i = withTimeline("""
                | 08:31 | `ledger_sync_lag > 50k` pages data on-call |
                | 09:04 | Rolled back to 7.3 |
                | 09:20 | Full recovery confirmed, lag back to normal |
                | 09:55 | Nightly reconciliation job succeeds; finance extracts published |
                | 10:30 | Watching the dashboards for an hour before closing |
                | 11:30 | Incident closed |
                """);
        // the contract's resolved is the last recovery event before closed; watching is not one
        assertThat(i.timings().phases()).containsEntry(Phase.RESOLVED, Instant.parse("2026-10-06T09:55:00Z"));
    }

    @Test
    void withoutAMitigationTheReportAfterTheIdentificationCounts() {
        Incident noFix = withTimeline("""
                | 08:31 | `ledger_sync_lag > 50k` pages data on-call |
                | 08:50 | Lag < 2k already; ledger dashboard green before anyone acted |
                | 09:02 | Root cause identified: the nightly vacuum held the replication slot |
                | 09:40 | Lag < 2k, ledger dashboard green |
                """);
        assertThat(noFix.timings().phases()).containsEntry(Phase.RESOLVED, Instant.parse("2026-10-06T09:40:00Z"));
        // before the identification the same words describe, they confirm nothing
        Incident early = withTimeline("""
                | 08:31 | `ledger_sync_lag > 50k` pages data on-call |
                | 08:50 | Lag < 2k already; ledger dashboard green before anyone acted |
                | 09:02 | Root cause identified: the nightly vacuum held the replication slot |
                """);
        assertThat(early.timings().phases()).doesNotContainKey(Phase.RESOLVED);
    }

    @Test
    void afterTheCloseNothingIsRead() {
        Incident afterClose = withTimeline("""
                | 08:31 | `ledger_sync_lag > 50k` pages data on-call |
                | 09:04 | Rolled back to 7.3 |
                | 09:30 | Incident closed |
                | 10:20 | Lag < 2k, ledger dashboard green |
                """);
        assertThat(afterClose.timings().phases()).doesNotContainKey(Phase.RESOLVED);
    }
}
