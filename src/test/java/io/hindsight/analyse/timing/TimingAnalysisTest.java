package io.hindsight.analyse.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hindsight.analyse.HandCorpus;
import io.hindsight.analyse.Review;
import io.hindsight.model.TimingMetric;
import org.junit.jupiter.api.Test;

class TimingAnalysisTest {
    private final Review review = HandCorpus.review();

    @Test
    void quarterDistributionsCountOnlyIncidentsThatStateTheMetric() {
        TimingReview t = review.timings();
        Distribution ttd = t.inQuarter(TimingMetric.TTD).distribution();
        // A 5, B 20, C 60; D states none
        assertThat(ttd.n()).isEqualTo(3);
        assertThat(ttd.median()).isEqualTo(20);
        assertThat(ttd.p90()).isEqualTo(60);
        assertThat(ttd.mean()).isCloseTo(85.0 / 3, within(1e-9));
        assertThat(ttd.smallSample()).isTrue();
        assertThat(t.inQuarter(TimingMetric.TTD).samples()).extracting(s -> s.incident().id()).containsExactly("A", "B", "C");
        Distribution ttr = t.inQuarter(TimingMetric.TTR).distribution();
        assertThat(ttr.values()).containsExactly(60L, 90L, 100L);
        assertThat(ttr.median()).isEqualTo(90);
        assertThat(ttr.p90()).isEqualTo(100);
        assertThat(t.inQuarter(TimingMetric.TIME_TO_ROLLBACK).distribution().n()).isEqualTo(1);
    }

    @Test
    void trendHasOnePointPerQuarterOfTheWindow() {
        var trend = review.timings().trend(TimingMetric.TTM).byQuarter();
        assertThat(trend).extracting(p -> p.quarter().toString())
                .containsExactly("2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3");
        assertThat(trend.get(0).distribution().values()).containsExactly(50L);
        assertThat(trend.get(1).distribution().n()).isZero();
        // Q2: P1 90, P2 20 -> sorted 20 90, median rank 1 = 20, p90 rank 2 = 90
        assertThat(trend.get(3).distribution().median()).isEqualTo(20);
        assertThat(trend.get(3).distribution().p90()).isEqualTo(90);
        assertThat(trend.get(4).distribution().median()).isEqualTo(45);
    }

    @Test
    void bySeverityKeepsSeverityOrderAndCountsIncidentsWithoutTheMetric() {
        var groups = review.timings().severity(TimingMetric.TTR).groups();
        assertThat(groups).extracting(TimingReview.Group::key).containsExactly("SEV1", "SEV2", "SEV3");
        assertThat(groups.get(1).incidents()).isEqualTo(2);          // B and D
        assertThat(groups.get(1).distribution().values()).containsExactly(100L);
        assertThat(groups.get(0).distribution().median()).isEqualTo(60);
    }

    @Test
    void byServiceCountsAnIncidentUnderEachOfItsServices() {
        var groups = review.timings().service(TimingMetric.TTR).groups();
        assertThat(groups).extracting(TimingReview.Group::key)
                .containsExactly("checkout", TimingAnalysis.NO_SERVICE, "payments", "search");
        assertThat(groups.get(0).incidents()).isEqualTo(2);
        assertThat(groups.get(0).distribution().values()).containsExactly(60L, 100L);
        assertThat(groups.get(0).distribution().median()).isEqualTo(60);
        assertThat(groups.get(1).distribution().n()).isZero();
        assertThat(groups.get(2).distribution().values()).containsExactly(60L);
    }

    @Test
    void detectionMixAndChangeAgainstThePreviousQuarter() {
        DetectionReview d = review.detection();
        assertThat(d.methods()).containsExactly("alert", "customer_report", "internal", "unknown");
        var q3 = d.byQuarter().get(4);
        assertThat(q3.total()).isEqualTo(4);
        assertThat(q3.count("alert")).isEqualTo(1);
        assertThat(q3.count("unknown")).isEqualTo(1);
        var alert = d.changes().get(0);
        assertThat(alert.current()).isEqualTo(1);
        assertThat(alert.previous()).hasValue(1);
        assertThat(alert.share().getAsDouble()).isCloseTo(0.25, within(1e-9));
        assertThat(alert.previousShare().getAsDouble()).isCloseTo(0.5, within(1e-9));
        assertThat(alert.changePoints().getAsDouble()).isCloseTo(-25.0, within(1e-9));
        assertThat(d.ttdByMethod().get(1).ttd().values()).containsExactly(20L);
        assertThat(d.byQuarter().get(1).covered()).isTrue();
        assertThat(d.byQuarter().get(1).total()).isZero();
    }
}
