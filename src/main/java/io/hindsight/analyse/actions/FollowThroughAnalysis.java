package io.hindsight.analyse.actions;

import io.hindsight.analyse.CauseSummary;
import io.hindsight.analyse.Corpus;
import io.hindsight.analyse.IncidentDigest;
import io.hindsight.analyse.IncidentRef;
import io.hindsight.model.ActionItem;
import io.hindsight.model.ActionStatus;
import io.hindsight.model.IncidentRecord;
import io.hindsight.model.Quarter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Action item follow-through. The definitions, in one place:
 *
 * <ul>
 *   <li><b>Implementation rate</b> of a quarter: of the action items of the incidents dated in
 *       it, {@code done / (items - wont_do)}. Items of unknown status count as not done. The
 *       <b>due rate</b> is the same over the items whose due date is before the as-of day.</li>
 *   <li><b>Unfinished</b>: status open, in progress, or not stated.</li>
 *   <li><b>Overdue</b> ({@link ActionItem#isOverdue}): unfinished and due before the as-of day.
 *       Its <b>age</b> is the as-of day minus the incident date; <b>days overdue</b> the as-of
 *       day minus the due date.</li>
 *   <li><b>Stalled</b>: unfinished and more than {@value #STALL_GRACE_DAYS} days past its due
 *       date; an item without a due date is held to an implied due date
 *       {@value #STALL_GRACE_DAYS} days after its incident (so it stalls 60 days after the
 *       incident). These are the items to escalate.</li>
 *   <li><b>Recurrence</b>: an incident of the quarter whose <em>root cause</em> falls in a
 *       cause cluster that had already appeared (as root cause or contributing factor) in an
 *       <em>earlier</em> incident (dated strictly before it; undated incidents never count)
 *       whose action items were marked done, as recorded today: <em>after all done</em> when
 *       that earlier incident had at least one item and all were done, <em>after any done</em>
 *       when at least one was. The row names the latest such earlier incident, preferring one
 *       with all items done. Only the root cause counts on the incident's side: a contributing
 *       factor shared with an earlier incident ("no canary stage") is a pattern the recurring
 *       causes section shows, not the cause coming back; counting every factor made nearly
 *       every incident a recurrence. Postmortems record a status, not when it changed, so an
 *       item counted as done may have been finished after the recurrence.</li>
 * </ul>
 *
 * The backlog is every item of the incidents that travelled in full (the quarter under review
 * and at least four before it); older incidents are known only by digest.
 */
public final class FollowThroughAnalysis {
    public static final int STALL_GRACE_DAYS = 30;
    /** Days after its incident when an item without a due date stalls: implied due date plus grace. */
    public static final int UNDATED_STALL_DAYS = 2 * STALL_GRACE_DAYS;
    public static final List<String> PRIORITIES = List.of("P1", "P2", "P3", "P4", Priorities.UNSET);
    /** Days-overdue buckets: inclusive bounds. */
    static final int[][] BUCKETS = {{1, 30}, {31, 90}, {91, 180}, {181, Integer.MAX_VALUE}};

    private FollowThroughAnalysis() {
    }

    public static FollowThrough review(Corpus corpus) {
        LocalDate asOf = corpus.asOf();
        List<FollowThrough.QuarterRate> rates = new ArrayList<>();
        for (Quarter q : corpus.window()) {
            rates.add(rate(q, corpus.in(q), asOf));
        }

        int items = 0, done = 0, wontDo = 0, notFinished = 0, withoutOwner = 0, withoutDue = 0;
        Map<String, int[]> byPriority = new HashMap<>();
        List<FollowThrough.OpenItem> open = new ArrayList<>();
        for (IncidentRecord r : corpus.all()) {
            for (ActionItem a : r.incident().actionItems()) {
                items++;
                String p = Priorities.normalise(a.priority());
                int[] row = byPriority.computeIfAbsent(p, k -> new int[5]);
                row[0]++;
                withoutOwner += a.owner().isEmpty() ? 1 : 0;
                withoutDue += a.dueDate().isEmpty() ? 1 : 0;
                if (a.isDone()) {
                    done++;
                    row[1]++;
                    continue;
                }
                if (a.status().filter(s -> s == ActionStatus.WONT_DO).isPresent()) {
                    wontDo++;
                    continue;
                }
                notFinished++;
                row[2]++;
                FollowThrough.OpenItem item = openItem(corpus, r, a, asOf);
                row[3] += item.overdue() ? 1 : 0;
                row[4] += item.stalled() ? 1 : 0;
                open.add(item);
            }
        }
        // most days overdue first; items that are not overdue (no due date) after them, oldest incident first
        Comparator<FollowThrough.OpenItem> mostOverdue = Comparator
                .comparingLong((FollowThrough.OpenItem i) -> -i.daysOverdue().orElse(-1))
                .thenComparingLong(i -> -i.ageDays().orElse(-1))
                .thenComparing(i -> PRIORITIES.indexOf(i.priority()))
                .thenComparing(i -> i.incident().id()).thenComparing(FollowThrough.OpenItem::itemId);
        List<FollowThrough.OpenItem> overdue = open.stream().filter(FollowThrough.OpenItem::overdue).sorted(mostOverdue).toList();
        List<FollowThrough.OpenItem> stalled = open.stream().filter(FollowThrough.OpenItem::stalled).sorted(mostOverdue).toList();
        List<FollowThrough.OpenItem> missing = open.stream().filter(i -> i.owner().isEmpty() || i.due().isEmpty())
                .sorted(Comparator.comparing((FollowThrough.OpenItem i) -> i.incident().date().orElse(LocalDate.MAX))
                        .thenComparing(i -> i.incident().id()).thenComparing(FollowThrough.OpenItem::itemId))
                .toList();
        int stalledUndated = (int) stalled.stream().filter(i -> i.due().isEmpty()).count();
        Optional<Quarter> since = corpus.all().stream().flatMap(r -> r.incident().quarter().stream()).min(Comparator.naturalOrder());
        FollowThrough.Backlog backlog = new FollowThrough.Backlog(since, items, done, wontDo, notFinished, overdue.size(),
                stalled.size(), stalled.size() - stalledUndated, stalledUndated, withoutOwner, withoutDue);
        List<FollowThrough.PriorityRow> priorities = new ArrayList<>();
        for (String p : PRIORITIES) {
            int[] row = byPriority.get(p);
            if (row != null) {
                priorities.add(new FollowThrough.PriorityRow(p, row[0], row[1], row[2], row[3], row[4]));
            }
        }
        List<FollowThrough.AgeBucket> buckets = new ArrayList<>();
        for (int[] b : BUCKETS) {
            List<FollowThrough.PriorityCount> counts = new ArrayList<>();
            int total = 0;
            for (String p : PRIORITIES) {
                int c = (int) overdue.stream().filter(i -> i.priority().equals(p))
                        .filter(i -> i.daysOverdue().getAsLong() >= b[0] && i.daysOverdue().getAsLong() <= b[1]).count();
                counts.add(new FollowThrough.PriorityCount(p, c));
                total += c;
            }
            String label = b[1] == Integer.MAX_VALUE ? "over " + (b[0] - 1) + " days" : b[0] + "\u2013" + b[1] + " days";
            buckets.add(new FollowThrough.AgeBucket(label, b[0], b[1], total, counts));
        }

        int qItems = 0, qNoOwner = 0, qNoDue = 0, qNoEither = 0;
        for (IncidentRecord r : corpus.quarterIncidents()) {
            for (ActionItem a : r.incident().actionItems()) {
                qItems++;
                qNoOwner += a.owner().isEmpty() ? 1 : 0;
                qNoDue += a.dueDate().isEmpty() ? 1 : 0;
                qNoEither += a.owner().isEmpty() || a.dueDate().isEmpty() ? 1 : 0;
            }
        }
        FollowThrough.ItemHygiene hygiene = new FollowThrough.ItemHygiene(corpus.quarterIncidents().size(), qItems, qNoOwner,
                qNoDue, qNoEither);

        Recurrences rec = new Recurrences(corpus);
        List<FollowThrough.Recurrence> rows = new ArrayList<>();
        for (IncidentRecord r : corpus.quarterIncidents()) {
            rows.addAll(rec.of(r));
        }
        int allDone = (int) rows.stream().filter(FollowThrough.Recurrence::allDone).map(x -> x.incident().id()).distinct().count();
        int anyDone = (int) rows.stream().map(x -> x.incident().id()).distinct().count();
        List<FollowThrough.QuarterTally> byQuarter = new ArrayList<>();
        for (Quarter q : corpus.window()) {
            int c = (int) corpus.in(q).stream().filter(r -> !rec.of(r).isEmpty()).count();
            byQuarter.add(new FollowThrough.QuarterTally(q, c));
        }
        return new FollowThrough(rates, backlog, priorities, buckets, overdue, stalled, missing, hygiene,
                new FollowThrough.RecurrenceSummary(allDone, anyDone, rows), byQuarter);
    }

    static FollowThrough.QuarterRate rate(Quarter q, List<IncidentRecord> incidents, LocalDate asOf) {
        int items = 0, done = 0, inProgress = 0, open = 0, unknown = 0, wontDo = 0, due = 0, dueDone = 0;
        for (IncidentRecord r : incidents) {
            for (ActionItem a : r.incident().actionItems()) {
                items++;
                Optional<ActionStatus> s = a.status();
                if (s.isEmpty()) {
                    unknown++;
                } else {
                    switch (s.get()) {
                        case DONE -> done++;
                        case IN_PROGRESS -> inProgress++;
                        case OPEN -> open++;
                        case WONT_DO -> wontDo++;
                        default -> throw new IllegalStateException("unexpected status " + s.get());
                    }
                }
                boolean counted = s.filter(x -> x == ActionStatus.WONT_DO).isEmpty();
                if (counted && a.dueDate().filter(d -> d.isBefore(asOf)).isPresent()) {
                    due++;
                    dueDone += a.isDone() ? 1 : 0;
                }
            }
        }
        int base = items - wontDo;
        return new FollowThrough.QuarterRate(q, items, done, inProgress, open, unknown, wontDo,
                base == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) done / base), due, dueDone,
                due == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) dueDone / due));
    }

    static FollowThrough.OpenItem openItem(Corpus corpus, IncidentRecord r, ActionItem a, LocalDate asOf) {
        Optional<LocalDate> incidentDate = r.incident().date();
        OptionalLong age = incidentDate.isPresent() ? OptionalLong.of(ChronoUnit.DAYS.between(incidentDate.get(), asOf))
                : OptionalLong.empty();
        boolean overdue = a.isOverdue(asOf);
        OptionalLong daysOverdue = overdue ? OptionalLong.of(ChronoUnit.DAYS.between(a.dueDate().get(), asOf))
                : OptionalLong.empty();
        Optional<LocalDate> stallFrom = a.dueDate().or(() -> incidentDate.map(d -> d.plusDays(STALL_GRACE_DAYS)));
        boolean stalled = stallFrom.filter(d -> ChronoUnit.DAYS.between(d, asOf) > STALL_GRACE_DAYS).isPresent();
        String status = a.status().map(ActionStatus::label).orElse("unknown");
        return new FollowThrough.OpenItem(corpus.ref(r), a.id(), a.action(), a.owner(), a.dueDate(),
                Priorities.normalise(a.priority()), status, age, daysOverdue, overdue, stalled);
    }

    /**
     * Recurrence after done action items; see the class comment. For each cause, the earlier
     * incidents with done items are kept sorted by date, so finding the one an incident recurs
     * after is a binary search, not a scan (50,000 incidents in a window made the scan quadratic).
     */
    static final class Recurrences {
        private static final Comparator<IncidentDigest> BY_DATE_THEN_ID = Comparator
                .comparing((IncidentDigest d) -> d.date().get()).thenComparing(IncidentDigest::id);
        private final Corpus corpus;
        /** Per cause: incidents with done items, and the subset with all items done, each sorted by date then id. */
        private final Map<String, List<IncidentDigest>> withDone = new HashMap<>();
        private final Map<String, List<IncidentDigest>> allItemsDone = new HashMap<>();
        private final Map<String, String> labels = new HashMap<>();

        Recurrences(Corpus corpus) {
            this.corpus = corpus;
            Map<String, IncidentDigest> digests = new HashMap<>();
            for (IncidentDigest d : corpus.input().digests()) {
                digests.put(d.id(), d);
            }
            for (IncidentRecord r : corpus.all()) {
                digests.putIfAbsent(r.id(), digestOf(r));
            }
            for (IncidentDigest d : digests.values()) {
                if (d.date().isEmpty() || d.actionItemsDone() == 0) {
                    continue;
                }
                for (String c : new HashSet<>(d.causeClusters())) {
                    withDone.computeIfAbsent(c, k -> new ArrayList<>()).add(d);
                    if (allDone(d)) {
                        allItemsDone.computeIfAbsent(c, k -> new ArrayList<>()).add(d);
                    }
                }
            }
            withDone.values().forEach(l -> l.sort(BY_DATE_THEN_ID));
            allItemsDone.values().forEach(l -> l.sort(BY_DATE_THEN_ID));
            for (CauseSummary c : corpus.input().causes()) {
                labels.put(c.id(), c.label());
            }
        }

        /**
         * The earlier incident with done items whose causes include the cluster of this
         * incident's root cause: one with all items done if there is one, else any; the latest
         * such. None when the root cause fell in no cluster.
         */
        List<FollowThrough.Recurrence> of(IncidentRecord r) {
            List<FollowThrough.Recurrence> out = new ArrayList<>();
            if (r.incident().date().isEmpty() || r.rootCauseCluster().isEmpty()) {
                return out;
            }
            LocalDate date = r.incident().date().get();
            String c = r.rootCauseCluster().get();
            Optional<IncidentDigest> earlier = latestBefore(allItemsDone.getOrDefault(c, List.of()), date, r.id())
                    .or(() -> latestBefore(withDone.getOrDefault(c, List.of()), date, r.id()));
            earlier.ifPresent(d -> out.add(new FollowThrough.Recurrence(corpus.ref(r), c, labels.getOrDefault(c, c),
                    corpus.ref(d.id()), allDone(d), d.actionItemsDone(), d.actionItems())));
            return out;
        }

        /** The last incident of a list sorted by date then id that is dated before {@code date}, other than {@code id}. */
        private static Optional<IncidentDigest> latestBefore(List<IncidentDigest> sorted, LocalDate date, String id) {
            int lo = 0;
            int hi = sorted.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sorted.get(mid).date().get().isBefore(date)) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            for (int i = lo - 1; i >= 0; i--) {
                if (!sorted.get(i).id().equals(id)) {
                    return Optional.of(sorted.get(i));
                }
            }
            return Optional.empty();
        }

        private static boolean allDone(IncidentDigest d) {
            return d.actionItems() > 0 && d.actionItemsDone() == d.actionItems();
        }
    }

    /** The digest of a full incident, as the job would make it. */
    public static IncidentDigest digestOf(IncidentRecord r) {
        int done = (int) r.incident().actionItems().stream().filter(ActionItem::isDone).count();
        return new IncidentDigest(r.id(), r.incident().date(), r.incident().quarter(), r.incident().severity(),
                r.incident().actionItems().size(), done, r.causeClusters());
    }
}
