package io.hindsight.analyse.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.analyse.HandCorpus;
import io.hindsight.analyse.IncidentBuilder;
import io.hindsight.model.Severity;
import io.hindsight.model.TimingMetric;
import java.util.List;
import org.junit.jupiter.api.Test;

class QualityAnalysisTest {
    private final QualityReview q = HandCorpus.review().quality();

    @Test
    void scoresOfTheQuarter() {
        // A 90, B 70, C 60, D 20 -> sorted 20 60 70 90; median rank 2, p90 rank 4
        assertThat(q.scores().median()).isEqualTo(60);
        assertThat(q.scores().p90()).isEqualTo(90);
        assertThat(q.scoreBuckets()).extracting(QualityReview.Bucket::count).containsExactly(1, 0, 1, 1, 0, 1);
        assertThat(q.scoreTrend().get(4).complete()).isEqualTo(1);
        assertThat(q.scoreTrend().get(3).scores().values()).containsExactly(75L, 85L);
    }

    @Test
    void completenessScaledToSeverityAsTheGuideSays() {
        assertThat(q.formality()).extracting(QualityReview.FormalityRow::severity).containsExactly("SEV1", "SEV2", "SEV3", "SEV4");
        QualityReview.FormalityRow sev1 = q.formality().get(0);
        assertThat(sev1.level()).isEqualTo("Critical");
        assertThat(sev1.format()).isEqualTo("Formal review, leadership participation");
        assertThat(sev1.required()).hasSize(11);
        assertThat(sev1.incidents()).isEqualTo(1);
        assertThat(sev1.complete()).isEqualTo(1);
        QualityReview.FormalityRow sev2 = q.formality().get(1);
        assertThat(sev2.level()).isEqualTo("Major");
        assertThat(sev2.incidents()).isEqualTo(2);
        assertThat(sev2.complete()).isZero();
        assertThat(sev2.gaps()).containsExactly(new QualityReview.SectionGap("Lessons learned", 2),
                new QualityReview.SectionGap("Root cause", 1), new QualityReview.SectionGap("Contributing factors", 1),
                new QualityReview.SectionGap("Action items", 1));
        QualityReview.FormalityRow sev4 = q.formality().get(3);
        assertThat(sev4.level()).isEqualTo("Minor");
        assertThat(sev4.required()).containsExactly("Summary", "Root cause", "Action items");
        assertThat(sev4.incidents()).isZero();
        assertThat(q.incomplete()).extracting(g -> g.incident().id()).containsExactly("D", "C", "B");
    }

    @Test
    void blameLanguageQuotedWithTheGuidesQuestion() {
        assertThat(q.incidentsWithBlame()).isEqualTo(1);
        assertThat(q.blame()).hasSize(1);
        assertThat(q.blame().get(0).phrase()).isEqualTo("human error");
        assertThat(q.blame().get(0).alternative()).isEqualTo("What gaps in our process or tooling made this error possible?");
        assertThat(q.blame().get(0).incident().anchor()).hasValue("incident-C");
    }

    @Test
    void lagAgainstTheOneToThreeDayTarget() {
        QualityReview.Lag lag = q.lag();
        assertThat(lag.targetDays()).isEqualTo(3);
        assertThat(lag.days().values()).containsExactly(0L, 2L, 10L);   // D same day, A 2, B 10; C has no date
        assertThat(lag.days().median()).isEqualTo(2);
        assertThat(lag.notStated()).isEqualTo(1);
        assertThat(lag.onTarget()).isEqualTo(2);
        assertThat(lag.late()).isEqualTo(1);
        assertThat(lag.histogram()).extracting(QualityReview.Bucket::count).containsExactly(1, 0, 1, 0, 0, 1, 0, 0);
        assertThat(lag.histogram().get(0).label()).isEqualTo("same day");
        assertThat(lag.latest()).extracting(r -> r.incident().id() + "=" + r.days()).containsExactly("B=10");
    }

    @Test
    void incidentsOverTheThresholdWithoutPostmortemDetails() {
        assertThat(q.missingPostmortems()).extracting(g -> g.incident().id() + ":" + g.reason()).containsExactly("D:SEV2");
    }

    @Test
    void thresholdOfTheGuidesCustomTemplate() {
        assertThat(QualityAssessor.thresholdReason(IncidentBuilder.incident("a", "2026-01-01").severity(Severity.SEV3)
                .ttr(16).incident())).hasValue("lasted 16 min");
        assertThat(QualityAssessor.thresholdReason(IncidentBuilder.incident("b", "2026-01-01").severity(Severity.SEV4)
                .ttr(15).incident())).isEmpty();
        assertThat(QualityAssessor.thresholdReason(IncidentBuilder.incident("c", "2026-01-01").severity(Severity.SEV4)
                .minutes(TimingMetric.DURATION, 20).incident())).hasValue("lasted 20 min");
        assertThat(QualityAssessor.thresholdReason(IncidentBuilder.incident("d", "2026-01-01").severity(Severity.SEV4)
                .statedDuration(30).incident())).hasValue("lasted 30 min");
        assertThat(QualityAssessor.thresholdReason(IncidentBuilder.incident("e", "2026-01-01").severity(Severity.SEV4)
                .impact(null, 1.5, null, null).incident())).hasValue("1.5% of users");
        assertThat(QualityAssessor.thresholdReason(IncidentBuilder.incident("f", "2026-01-01").severity(Severity.SEV4)
                .impact(null, 1.0, null, null).incident())).isEmpty();
        assertThat(QualityAssessor.thresholdReason(IncidentBuilder.incident("g", "2026-01-01").severity(Severity.SEV1)
                .ttr(90).incident())).hasValue("SEV1, lasted 90 min");
        assertThat(QualityAssessor.hasPostmortemDetails(IncidentBuilder.incident("h", "2026-01-01")
                .factors("x").incident())).isTrue();
        assertThat(QualityAssessor.hasPostmortemDetails(IncidentBuilder.incident("i", "2026-01-01")
                .summary("only a summary").incident())).isFalse();
        assertThat(QualityAssessor.formality(java.util.Optional.empty()).level()).isEqualTo("Major");
        assertThat(List.of(Severity.values())).hasSize(4);
    }
}
