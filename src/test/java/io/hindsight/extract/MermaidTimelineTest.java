package io.hindsight.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Timelines drawn as Mermaid diagrams, read as lines of time and event ({@link MermaidTimeline}). */
class MermaidTimelineTest {
    @Test
    void aTimelineDiagramsPeriodsAndTheirEvents() {
        assertThat(MermaidTimeline.of("""
                timeline
                    title ES hot tier full - 28 Sep 2026
                    section Night
                        03h10 : retention job fails, S3 credentials expired
                              : job exits non-zero
                    section Morning
                        09#58;20 : Kai (on-call) picks it up : opens the channel
                """)).hasValue(java.util.List.of("03h10 retention job fails, S3 credentials expired", "03h10 job exits non-zero",
                "09:20 Kai (on-call) picks it up", "09:20 opens the channel"));
    }

    @Test
    void aGanttsTasksAtTheirStart() {
        assertThat(MermaidTimeline.of("""
                gantt
                    title Catalog indexer lag
                    dateFormat YYYY-MM-DD HH:mm
                    section Response
                    IndexLagHigh pages search on-call   :milestone, r1, 2026-02-09 09:37, 0m
                    Rebalance loop, nothing committed   :crit, i2, 2026-02-09 08:52, 2026-02-09 10:34
                    Waits on the rebalance              :after i2, 10m
                """)).hasValue(java.util.List.of("2026-02-09 09:37 IndexLagHigh pages search on-call",
                "2026-02-09 08:52 Rebalance loop, nothing committed"));
    }

    @Test
    void aSequenceDiagramsMessagesAndNotes() {
        assertThat(MermaidTimeline.of("""
                sequenceDiagram
                    participant PD as PagerDuty
                    ORIGIN->>PD: 13:24 OriginCPUHigh fires
                    SAM-->>PD: 13:26 ack
                    Note over EDGE,ORIGIN: 13:10 hit ratio falling
                """)).hasValue(java.util.List.of("13:24 OriginCPUHigh fires", "13:26 ack", "13:10 hit ratio falling"));
    }

    @Test
    void otherCodeIsNone() {
        assertThat(MermaidTimeline.of("flowchart LR\n  A --> B")).isEmpty();
        assertThat(MermaidTimeline.of("kubectl get pods\nNAME READY")).isEmpty();
    }
}
