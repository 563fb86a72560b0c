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
 * Recovery told in steps: the first step is when a mitigation was in effect, unless it is a lead
 * ruled out while the cause is still being looked for ("checks the gateway: all green"), which
 * tells nothing done (see {@link PhaseResolver}).
 */
class RecoveryStepsTest {
    private final FilePipeline pipeline = new FilePipeline();

    private Incident withTimeline(String rows) {
        FilePipeline.Result r = pipeline.run("booking.md", """
                # Postmortem: Table bookings failing at checkout

                **Date:** 2026-09-12 | **Severity:** SEV2

                ## Timeline (UTC)
                | Time | Event |
                |------|-------|
                %s
                """.formatted(rows).getBytes(StandardCharsets.UTF_8));
        assertThat(r.rejected()).isEmpty();
        return r.parsed().get(0).incident();
    }

    @Test
    void aLeadRuledOutBeforeAnyResponseIsNoMitigation() {
        Incident i = withTimeline("""
                | 18:40 | `booking_confirm_errors > 5%` pages the bookings on-call |
                | 18:43 | Leon acknowledges |
                | 18:52 | Payments team checks the card gateway and the acquirer: all green |
                | 19:05 | Venue-sync vendor says their API is healthy on their side |
                | 19:20 | Root cause found: the availability cache key lost the venue id in release 3.8 |
                | 19:31 | Release 3.8 reverted; confirmation errors down to 0.4% |
                | 19:50 | Booking success back at baseline for 15 minutes, full health confirmed |
                | 20:05 | Incident closed |
                """);
        assertThat(i.timings().phases())
                .containsEntry(Phase.MITIGATED, Instant.parse("2026-09-12T19:31:00Z"))
                .containsEntry(Phase.RESOLVED, Instant.parse("2026-09-12T19:50:00Z"));
    }

    @Test
    void aRecoveryThatTellsWhatWasDoneIsAStepEvenBeforeTheCauseIsKnown() {
        Incident i = withTimeline("""
                | 18:40 | `booking_confirm_errors > 5%` pages the bookings on-call |
                | 18:43 | Leon acknowledges |
                | 18:58 | Rolling restart of booking-api; confirmations succeed again |
                | 19:20 | Root cause found: a connection pool that never recycles stale sockets |
                | 19:45 | Hotfix 3.8.1 deployed |
                | 20:30 | No failed confirmations for 45 minutes after the hotfix; full health confirmed |
                | 20:40 | Incident closed |
                """);
        // service came back with the restart, before the named fix
        assertThat(i.timings().phases()).containsEntry(Phase.MITIGATED, Instant.parse("2026-09-12T18:58:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Rolling restart of booking-api; confirmations succeed again",
        "Route 53 weights set to 100% us-west-2",
        "Control room enables a console filter for the quality alarms",
        "Karthik deletes the orphaned uploads (~40 GB)",
        "Resize done, evictions at 0"})
    void anActionInAnyTenseIsNamed(String text) {
        assertThat(EffectReports.namesAction(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Payments team checks the card gateway and the acquirer: all green",
        "Our side looks fine: sms api calls all 200, no deploys since yesterday",
        "Storage team confirms array latency normal for the week"})
    void aCheckNamesNoAction(String text) {
        assertThat(EffectReports.namesAction(text)).as(text).isFalse();
    }
}
