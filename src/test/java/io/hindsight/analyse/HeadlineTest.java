package io.hindsight.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.model.TimingMetric;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class HeadlineTest {
    private final Headline h = HandCorpus.review().headline();

    @Test
    void incidentsBySeverityAgainstPreviousQuarterAndAYearEarlier() {
        assertThat(h.previousQuarter().toString()).isEqualTo("2026-Q2");
        assertThat(h.yearAgoQuarter().toString()).isEqualTo("2025-Q3");
        assertThat(h.incidents()).isEqualTo(Comparison.of(4, OptionalInt.of(2), OptionalInt.of(1)));
        assertThat(h.incidents().changeVsPrevious()).hasValue(2);
        assertThat(h.incidents().changeVsYearAgo()).hasValue(3);
        assertThat(h.bySeverity()).extracting(Headline.SeverityCount::severity).containsExactly("SEV1", "SEV2", "SEV3", "SEV4");
        Comparison sev2 = h.bySeverity().get(1).count();
        assertThat(sev2.current()).isEqualTo(2);
        assertThat(sev2.changeVsPrevious()).hasValue(2);
        assertThat(sev2.changeVsYearAgo()).hasValue(1);
        assertThat(h.volume()).extracting(Headline.QuarterVolume::total).containsExactly(1, 0, 0, 2, 4);
    }

    @Test
    void noComparisonWithQuartersTheCorpusDoesNotReach() {
        ReviewInput in = HandCorpus.input(false);
        List<io.hindsight.model.IncidentRecord> recent = in.incidents().stream()
                .filter(r -> r.incident().date().get().getYear() == 2026).toList();
        Review r = Reviews.build(new ReviewInput(in.quarter(), in.asOf(), 4, recent,
                recent.stream().map(Reviews::digestOf).toList(), List.of(), List.of(), List.of(), in.run(), false));
        // the corpus now starts in 2026-Q2: the previous quarter is covered, a year earlier is not
        assertThat(r.headline().incidents().previous()).hasValue(2);
        assertThat(r.headline().incidents().yearAgo()).isEmpty();
        assertThat(r.headline().impactYearAgo()).isEmpty();
        assertThat(r.headline().volume().get(0).covered()).isFalse();
    }

    @Test
    void keyTimingsWithTheChangeOfMedian() {
        assertThat(h.timings()).extracting(Headline.KeyTiming::metric)
                .containsExactly(TimingMetric.TTD, TimingMetric.TIME_TO_ROLLBACK, TimingMetric.TTM, TimingMetric.TTR);
        Headline.KeyTiming ttd = h.timings().get(0);
        assertThat(ttd.quarter().median()).isEqualTo(20);
        assertThat(ttd.previous().median()).isEqualTo(5);     // Q2: 5, 30 -> lower middle
        assertThat(ttd.changeOfMedian()).hasValue(15);
        assertThat(h.timings().get(1).changeOfMedian()).isEmpty();  // no rollback in Q2
    }

    @Test
    void impactTotalsSayHowManyIncidentsStatedEachFigure() {
        Headline.ImpactTotals i = h.impact();
        assertThat(i.incidents()).isEqualTo(4);
        assertThat(i.usersAffected()).isEqualTo(1500);
        assertThat(i.usersStated()).isEqualTo(2);
        assertThat(i.revenueLossUsd()).isEqualTo(5000);
        assertThat(i.revenueStated()).isEqualTo(1);
        assertThat(i.sloBreaches()).isEqualTo(1);
        assertThat(i.sloStated()).isEqualTo(2);
        assertThat(h.impactPrevious()).get().extracting(Headline.ImpactTotals::usersStated).isEqualTo(0);
    }
}
