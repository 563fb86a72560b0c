package io.hindsight.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.model.IncidentRecord;
import io.hindsight.model.TimingMetric;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReviewsTest {
    private final Review review = HandCorpus.review();

    @Test
    void indexHasOneRowPerIncidentOfTheQuarterByDate() {
        assertThat(review.index()).extracting(r -> r.incident().id()).containsExactly("A", "B", "C", "D");
        IndexRow a = review.index().get(0);
        assertThat(a.incident().anchor()).hasValue("incident-A");
        assertThat(a.incident().title()).hasValue("API certificate chain broke pinned apps");
        assertThat(a.severity()).isEqualTo("SEV1");
        assertThat(a.services()).containsExactly("checkout", "payments");
        assertThat(a.detection()).isEqualTo("alert");
        assertThat(a.timings()).extracting(t -> t.metric() + "=" + t.minutes().getAsLong())
                .containsExactly(TimingMetric.TTD + "=5", TimingMetric.TTM + "=30", TimingMetric.TTR + "=60");
        assertThat(a.causes()).containsExactly(new IndexRow.ClusterRef("c-cert", "Certificate expiry"));
        assertThat(a.actionItems()).isEqualTo(3);
        assertThat(a.actionItemsDone()).isEqualTo(1);
        assertThat(a.lagDays()).hasValue(2);
        IndexRow d = review.index().get(3);
        assertThat(d.detection()).isEqualTo("unknown");
        assertThat(d.timings()).allMatch(t -> t.minutes().isEmpty());
        assertThat(d.warnings()).isEqualTo(1);
    }

    @Test
    void dataQualityAppendix() {
        DataQuality dq = review.data();
        assertThat(dq.run().filesSeen()).isEqualTo(10);
        assertThat(dq.run().skipped()).isEqualTo(1);
        assertThat(dq.rejectsByReason()).containsExactly(new DataQuality.ReasonCount("not_utf8", 1),
                new DataQuality.ReasonCount("wrong_shape", 1));
        assertThat(dq.undatedIncidents()).isZero();
        assertThat(dq.quarterIncidentsWithWarnings()).isEqualTo(1);
        assertThat(dq.quarterWarnings().get(0).incident().id()).isEqualTo("D");
    }

    @Test
    void peopleFromAuthorParticipantAndOwnerFields() {
        assertThat(review.people()).containsExactly("@marco", "@sarah", "Marco Rossi", "Priya Patel", "Sarah Chen");
    }

    @Test
    void sameReviewWhateverTheInputOrder() {
        ReviewInput in = HandCorpus.input(false);
        List<IncidentRecord> shuffled = new ArrayList<>(in.incidents());
        List<IncidentDigest> digests = new ArrayList<>(in.digests());
        Collections.shuffle(shuffled, new Random(7));
        Collections.shuffle(digests, new Random(7));
        Review again = Reviews.build(new ReviewInput(in.quarter(), in.asOf(), in.quartersOfHistory(), shuffled, digests,
                in.causes(), in.commonFactors(), in.investments(), in.run(), false));
        assertThat(again).isEqualTo(review);
    }

    @Test
    void emptyQuarterStillBuilds() {
        ReviewInput in = new ReviewInput(HandCorpus.QUARTER, HandCorpus.AS_OF, 4, List.of(), List.of(), List.of(), List.of(),
                List.of(), HandCorpus.run(), false);
        Review r = Reviews.build(in);
        assertThat(r.index()).isEmpty();
        assertThat(r.headline().incidents().previous()).isEmpty();
        assertThat(r.timings().inQuarter(TimingMetric.TTR).distribution().hasData()).isFalse();
    }

    @Test
    void duplicateIdsGetDistinctAnchors() {
        ReviewInput in = HandCorpus.input(false);
        List<IncidentRecord> incidents = new ArrayList<>(in.incidents());
        incidents.add(IncidentBuilder.incident("A", "2026-09-30").title("A again").quality(50, List.of()).build());
        Review r = Reviews.build(new ReviewInput(in.quarter(), in.asOf(), 4, incidents, in.digests(), in.causes(),
                in.commonFactors(), in.investments(), in.run(), false));
        assertThat(r.index()).extracting(x -> x.incident().anchor().orElseThrow())
                .containsExactly("incident-A", "incident-B", "incident-C", "incident-D", "incident-A-2");
    }
}
