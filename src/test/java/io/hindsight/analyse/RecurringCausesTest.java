package io.hindsight.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecurringCausesTest {
    private final RecurringCauses c = HandCorpus.review().causes();

    @Test
    void topClustersRankedByThisQuarterThenHistoryThenLabel() {
        assertThat(c.clusters()).isEqualTo(4);
        assertThat(c.recurring()).isEqualTo(2);
        assertThat(c.top()).extracting(RecurringCauses.CauseRow::id).containsExactly("c-cert", "c-retry", "c-new");
        RecurringCauses.CauseRow cert = c.top().get(0);
        assertThat(cert.thisQuarter()).isEqualTo(1);
        assertThat(cert.previousQuarter()).isEqualTo(1);
        assertThat(cert.overall()).isEqualTo(3);
        assertThat(cert.theme()).isEqualTo("Change management");
        assertThat(cert.incidentsThisQuarter()).extracting(IncidentRef::id).containsExactly("A");
        assertThat(cert.incidentsThisQuarter().get(0).anchor()).hasValue("incident-A");
        assertThat(cert.earlier()).extracting(IncidentRef::id).containsExactly("P2", "Y1");
        assertThat(cert.earlier().get(0).anchor()).isEmpty();
        assertThat(cert.byQuarter()).extracting(RecurringCauses.QuarterCount::count).containsExactly(1, 0, 0, 1, 1);
    }

    @Test
    void themesCountDistinctIncidents() {
        assertThat(c.themes()).extracting(RecurringCauses.ThemeRow::theme).containsExactly("t-change", "t-resilience");
        RecurringCauses.ThemeRow change = c.themes().get(0);
        assertThat(change.thisQuarter()).isEqualTo(2);   // A, C
        assertThat(change.overall()).isEqualTo(4);       // Y1, P2, A, C
        assertThat(change.clusters()).isEqualTo(2);
        assertThat(c.themes().get(1).overall()).isEqualTo(3);  // Z0 counted once across its two clusters
    }

    @Test
    void guideBlockPassedThrough() {
        assertThat(c.commonFactors()).extracting(ReviewInput.CommonFactorLine::incidentsOverall).containsExactly(3);
        assertThat(c.investments()).hasSize(1);
    }
}
