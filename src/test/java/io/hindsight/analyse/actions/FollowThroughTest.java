package io.hindsight.analyse.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hindsight.analyse.HandCorpus;
import io.hindsight.analyse.IncidentBuilder;
import io.hindsight.analyse.ReviewInput;
import io.hindsight.analyse.Reviews;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FollowThroughTest {
    private final FollowThrough f = HandCorpus.review().actions();

    @Test
    void implementationRatePerQuarterExcludesWontDo() {
        assertThat(f.rateByQuarter()).extracting(r -> r.quarter().toString())
                .containsExactly("2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3");
        assertThat(f.rateByQuarter().get(0).rate().getAsDouble()).isEqualTo(1.0);
        assertThat(f.rateByQuarter().get(1).rate()).isEmpty();
        assertThat(f.rateByQuarter().get(3).rate().getAsDouble()).isCloseTo(2.0 / 3, within(1e-9));
        FollowThrough.QuarterRate q3 = f.rateByQuarter().get(4);
        // x1 done, x2 in progress, x3 open, y1 open, y2 won't do, z1 done: 2 / (6 - 1)
        assertThat(q3.items()).isEqualTo(6);
        assertThat(q3.done()).isEqualTo(2);
        assertThat(q3.inProgress()).isEqualTo(1);
        assertThat(q3.open()).isEqualTo(2);
        assertThat(q3.wontDo()).isEqualTo(1);
        assertThat(q3.rate().getAsDouble()).isCloseTo(0.4, within(1e-9));
        // due before 2026-10-01 and not won't do: x1, x2, y1, z1; done x1, z1
        assertThat(q3.dueByAsOf()).isEqualTo(4);
        assertThat(q3.dueDone()).isEqualTo(2);
        assertThat(q3.dueRate().getAsDouble()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void backlogAsOfTheAsOfDay() {
        FollowThrough.Backlog b = f.backlog();
        assertThat(b.since()).hasValue(io.hindsight.model.Quarter.parse("2025-Q3"));
        assertThat(b.items()).isEqualTo(11);
        assertThat(b.done()).isEqualTo(6);
        assertThat(b.wontDo()).isEqualTo(1);
        assertThat(b.notFinished()).isEqualTo(4);   // a2, x2, x3, y1
        assertThat(b.overdue()).isEqualTo(3);       // a2, x2, y1 (x3 has no due date)
        assertThat(b.stalled()).isEqualTo(3);       // a2 122 days, x2 61 days, x3 implied due 08-01 -> 61 days
        assertThat(b.stalledOverdue()).isEqualTo(2);
        assertThat(b.stalledWithoutDueDate()).isEqualTo(1);
        assertThat(b.withoutOwner()).isEqualTo(1);
        assertThat(b.withoutDueDate()).isEqualTo(1);
    }

    @Test
    void overdueItemsWithAgeAndDaysOverdue() {
        assertThat(f.overdue()).extracting(FollowThrough.OpenItem::itemId).containsExactly("a2", "x2", "y1");
        FollowThrough.OpenItem a2 = f.overdue().get(0);
        assertThat(a2.daysOverdue()).hasValue(122);   // 2026-06-01 -> 2026-10-01
        assertThat(a2.ageDays()).hasValue(149);       // 2026-05-05 -> 2026-10-01
        assertThat(a2.priority()).isEqualTo("P1");
        assertThat(a2.stalled()).isTrue();
        assertThat(a2.incident().anchor()).isEmpty();  // a Q2 incident: not in the index
        FollowThrough.OpenItem y1 = f.overdue().get(2);
        assertThat(y1.daysOverdue()).hasValue(11);
        assertThat(y1.stalled()).isFalse();
        assertThat(y1.incident().anchor()).hasValue("incident-B");
        assertThat(f.stalled()).extracting(FollowThrough.OpenItem::itemId).containsExactly("a2", "x2", "x3");
        assertThat(f.missingOwnerOrDue()).extracting(FollowThrough.OpenItem::itemId).containsExactly("x3");
    }

    @Test
    void byPriorityAndAgeBuckets() {
        assertThat(f.byPriority()).extracting(FollowThrough.PriorityRow::priority).containsExactly("P1", "P2", "P3");
        assertThat(f.byPriority().get(0)).isEqualTo(new FollowThrough.PriorityRow("P1", 4, 2, 2, 2, 1));
        assertThat(f.byPriority().get(1)).isEqualTo(new FollowThrough.PriorityRow("P2", 6, 4, 1, 1, 1));
        assertThat(f.byPriority().get(2)).isEqualTo(new FollowThrough.PriorityRow("P3", 1, 0, 1, 0, 1));
        assertThat(f.overdueByAge()).extracting(FollowThrough.AgeBucket::total).containsExactly(1, 1, 1, 0);
        assertThat(f.overdueByAge().get(0).counts().get(0)).isEqualTo(new FollowThrough.PriorityCount("P1", 1));
        assertThat(f.overdueByAge().get(1).counts().get(1)).isEqualTo(new FollowThrough.PriorityCount("P2", 1));
        assertThat(f.overdueByAge().get(2).label()).isEqualTo("91\u2013180 days");
    }

    @Test
    void quarterItemHygiene() {
        assertThat(f.quarterItems()).isEqualTo(new FollowThrough.ItemHygiene(4, 6, 1, 1, 1));
    }

    @Test
    void recurrenceAfterDoneActionItems() {
        FollowThrough.RecurrenceSummary r = f.recurrences();
        assertThat(r.afterAllDone()).isEqualTo(1);   // A: c-cert after P2 (1/1 done)
        assertThat(r.afterAnyDone()).isEqualTo(2);   // and B: c-retry after P1 (1/2 done); Z0 had none done
        assertThat(r.rows()).extracting(x -> x.incident().id() + ":" + x.clusterId() + "<-" + x.earlier().id())
                .containsExactly("A:c-cert<-P2", "B:c-retry<-P1");
        assertThat(r.rows().get(0).allDone()).isTrue();
        assertThat(r.rows().get(0).clusterLabel()).isEqualTo("Certificate expiry");
        assertThat(r.rows().get(1).allDone()).isFalse();
        assertThat(r.rows().get(1).earlierDone()).isEqualTo(1);
        assertThat(r.rows().get(1).earlierItems()).isEqualTo(2);
        assertThat(f.recurrenceByQuarter()).extracting(FollowThrough.QuarterTally::count).containsExactly(0, 0, 0, 1, 2);
    }

    @Test
    void prioritiesAsPeopleWriteThem() {
        assertThat(Priorities.normalise(Optional.of("P0"))).isEqualTo("P1");
        assertThat(Priorities.normalise(Optional.of("High"))).isEqualTo("P1");
        assertThat(Priorities.normalise(Optional.of("medium"))).isEqualTo("P2");
        assertThat(Priorities.normalise(Optional.of("Low"))).isEqualTo("P3");
        assertThat(Priorities.normalise(Optional.of("lowest"))).isEqualTo("P4");
        assertThat(Priorities.normalise(Optional.of("p-3"))).isEqualTo("P3");
        assertThat(Priorities.normalise(Optional.of("whenever"))).isEqualTo(Priorities.UNSET);
        assertThat(Priorities.normalise(Optional.empty())).isEqualTo(Priorities.UNSET);
    }

    @Test
    void onlyTheRootCauseComingBackIsARecurrence() {
        var earlier = IncidentBuilder.incident("E1", "2026-03-01").severity(io.hindsight.model.Severity.SEV3)
                .action("e", "Add a canary stage", "@a", "2026-03-10", "P2", "Done").clusters("c-canary").quality(80, List.of()).build();
        var sharesAFactor = IncidentBuilder.incident("F1", "2026-08-01").severity(io.hindsight.model.Severity.SEV3)
                .clusters("c-dns", "c-canary").quality(80, List.of()).build();
        var sameRootCause = IncidentBuilder.incident("F2", "2026-08-02").severity(io.hindsight.model.Severity.SEV3)
                .clusters("c-canary", "c-dns").quality(80, List.of()).build();
        var noRootCluster = IncidentBuilder.incident("F3", "2026-08-03").severity(io.hindsight.model.Severity.SEV3)
                .clusters("c-canary").contributingOnly().quality(80, List.of()).build();
        var in = new ReviewInput(HandCorpus.QUARTER, HandCorpus.AS_OF, 1, List.of(earlier, sharesAFactor, sameRootCause, noRootCluster),
                List.of(Reviews.digestOf(earlier), Reviews.digestOf(sharesAFactor), Reviews.digestOf(sameRootCause),
                        Reviews.digestOf(noRootCluster)), List.of(), List.of(), List.of(), HandCorpus.run(), false);
        assertThat(Reviews.build(in).actions().recurrences().rows())
                .extracting(x -> x.incident().id() + ":" + x.clusterId() + "<-" + x.earlier().id())
                .containsExactly("F2:c-canary<-E1");
    }

    @Test
    void anEarlierIncidentMustBeDatedStrictlyBefore() {
        var same = IncidentBuilder.incident("S1", "2026-08-01").severity(io.hindsight.model.Severity.SEV3)
                .action("s", "Fix it", "@a", "2026-08-05", "P2", "Done").clusters("c-x").quality(80, List.of()).build();
        var later = IncidentBuilder.incident("S2", "2026-08-01").severity(io.hindsight.model.Severity.SEV3)
                .clusters("c-x").quality(80, List.of()).build();
        var in = new ReviewInput(HandCorpus.QUARTER, HandCorpus.AS_OF, 1, List.of(same, later),
                List.of(Reviews.digestOf(same), Reviews.digestOf(later)), List.of(), List.of(), List.of(), HandCorpus.run(), false);
        assertThat(Reviews.build(in).actions().recurrences().rows()).isEmpty();
    }
}
