package io.hindsight.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.model.Incident;
import io.hindsight.model.Phase;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An action told with the improvement it brought is a mitigation in effect ({@link EffectReports}),
 * even when it names no fix; a failed attempt, a decision against an action or a request is not.
 */
class EffectReportsTest {
    private final FilePipeline pipeline = new FilePipeline();

    @ParameterizedTest
    @ValueSource(strings = {
        "~600 blobs restored from the versioned bucket; pull 404 rate down ~70%",
        "Vodafone number ranges cut over to the secondary provider. Delivery receipts back to 96%",
        "Connection limit set back to 400 on the reader pool; p99 under 300 ms within a minute",
        "Geo filter disabled for the APAC edge; blocked checkouts 90/min -> 4/min",
        "Missing SPF include added to the zone; new mail passes DMARC",
        "Prefetch turned off for the mobile clients. Timeouts start to fall",
        "Expired token replaced in the print agent; labels print again",
        "Partition quota expanded; ingest accepts writes, uploads going through",
        "Bot signatures reloaded on the edge; checkout rejections stop",
        "Queue purge finished (840k jobs removed). No more duplicate sends",
        "Tariff override applied for the south region; stale tariffs no longer shown",
        "Stream encoder B promoted to primary; audio back on air",
        "Carrier route switched to the backup aggregator; success rate 91%",
        "Region profile re-sent to the first 200 meters; they begin sending readings within minutes",
        "Ana pauses the statement run; no more wrong totals go out",
        "Pool lock lifted on the file server. Scans load again in the clinic",
        "Rate limit rule disabled for the webhook path; 403s stop"})
    void anActionWithItsEffectIsRead(String text) {
        assertThat(EffectReports.tellsEffect(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Workers scaled back to 12 after the test",
        "Restarted the render workers; they crash again within a minute",
        "Pool scaled 10 -> 20; error rate unchanged",
        "Reverting the schema change discussed and rejected: rows already written",
        "Asked the vendor to raise our quota; waiting for their answer",
        "Error rate drops to 2% on its own",
        "Pool scaled 10 -> 20 nodes",
        "Nightly export disabled so it cannot run again before the fix",
        "dig shows the signatures use key 4411, which is no longer in the key set; answers are bogus",
        "Switch back on 17.2R1, but line card 3 stays offline",
        "Node downgraded and rebooted; the tunnels remain down",
        "Nothing to roll back to: the old host was replaced, no going back"})
    void aFailedAttemptADecisionOrAnEffectWithoutActionIsNot(String text) {
        assertThat(EffectReports.tellsEffect(text)).as(text).isFalse();
    }

    @Test
    void theMitigationIsTheFirstActionThatBroughtAnImprovement() {
        FilePipeline.Result r = pipeline.run("pool.md", """
                # Postmortem: Checkout blocked for APAC customers by a geo filter

                **Date:** 2026-05-21 | **Severity:** SEV2

                ## Timeline (UTC)
                | Time | Event |
                |------|-------|
                | 10:02 | Edge rules 8.1 published with the new geo filter |
                | 10:15 | `checkout_blocked_rate > 5%` pages the on-call |
                | 10:31 | Restarted the edge workers; checkouts still blocked |
                | 10:44 | Geo filter disabled for the APAC edge; blocked checkouts start to fall |
                | 11:20 | Fix deployed: the filter reads the billing country |
                | 11:50 | Incident closed |
                """.getBytes(StandardCharsets.UTF_8));
        Incident i = r.parsed().get(0).incident();
        assertThat(i.timings().phases()).containsEntry(Phase.MITIGATED, Instant.parse("2026-05-21T10:44:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Rollback to 7.0 complete", "Fix applied to both pools", "Kill switch on: no more sends",
        "Extra pods serving, errors down to ~20%", "Queue draining at 900 msg/min", "Workaround in place: manual gate checks"})
    void aStepToldAsDoneOrWithItsImprovementIsInEffect(String event) {
        assertThat(EffectReports.toldInEffect(event)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"We scaled collab-gateway from 24 to 40 pods.", "Config reverted to 9.2.0",
        "Restoring the 03:00 snapshot to a side instance", "Quota increase request filed with the provider"})
    void aStepToldWithoutItsEffectIsNotYetInEffect(String event) {
        assertThat(EffectReports.toldInEffect(event)).isFalse();
        assertThat(EffectReports.tellsImprovement(event)).isFalse();
    }
}
