package io.hindsight.analyse.actions;

import io.hindsight.analyse.IncidentRef;
import io.hindsight.model.Quarter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Are we doing what we promised after each incident? (The guide's "Track Action Items":
 * owners and due dates on every action, open items reviewed, stalls escalated, implementation
 * rates measured.) Definitions are in {@link FollowThroughAnalysis}.
 *
 * @param rateByQuarter     implementation rate of the items of each quarter's incidents, trend window oldest first
 * @param backlog           every item of every incident that travelled in full, as of the as-of day
 * @param byPriority        the backlog by normalised priority (P1..P4, then "unset")
 * @param overdueByAge      overdue items by days past due, split by priority
 * @param overdue           overdue items, most overdue first
 * @param stalled           stalled items, most overdue first
 * @param missingOwnerOrDue unfinished items without an owner or a due date, oldest incident first
 * @param quarterItems      the items of the quarter's own incidents
 * @param recurrences       the quarter's incidents whose cause had come back after action items were done
 * @param recurrenceByQuarter distinct incidents per quarter of the window that recurred after any done item
 */
public record FollowThrough(List<QuarterRate> rateByQuarter, Backlog backlog, List<PriorityRow> byPriority,
                            List<AgeBucket> overdueByAge, List<OpenItem> overdue, List<OpenItem> stalled,
                            List<OpenItem> missingOwnerOrDue, ItemHygiene quarterItems, RecurrenceSummary recurrences,
                            List<QuarterTally> recurrenceByQuarter) {
    public FollowThrough {
        rateByQuarter = List.copyOf(rateByQuarter);
        byPriority = List.copyOf(byPriority);
        overdueByAge = List.copyOf(overdueByAge);
        overdue = List.copyOf(overdue);
        stalled = List.copyOf(stalled);
        missingOwnerOrDue = List.copyOf(missingOwnerOrDue);
        recurrenceByQuarter = List.copyOf(recurrenceByQuarter);
    }

    /**
     * @param rate    done / (items - wont_do); empty without such items
     * @param dueRate done / items due before the as-of day (wont_do excluded); empty when none were due
     */
    public record QuarterRate(Quarter quarter, int items, int done, int inProgress, int open, int unknownStatus,
                              int wontDo, OptionalDouble rate, int dueByAsOf, int dueDone, OptionalDouble dueRate) {
    }

    /**
     * @param notFinished           open, in progress or of unknown status
     * @param stalled               stalled items, of both kinds:
     * @param stalledOverdue        more than the grace period past their due date
     * @param stalledWithoutDueDate without a due date, more than twice the grace period after their incident
     * @param since                 the quarter of the earliest incident whose items are counted
     */
    public record Backlog(java.util.Optional<Quarter> since, int items, int done, int wontDo, int notFinished, int overdue, int stalled, int stalledOverdue,
                          int stalledWithoutDueDate, int withoutOwner, int withoutDueDate) {
    }

    public record PriorityRow(String priority, int items, int done, int notFinished, int overdue, int stalled) {
    }

    /** @param counts one per priority of {@link FollowThroughAnalysis#PRIORITIES}, in that order */
    public record AgeBucket(String label, int fromDays, int toDays, int total, List<PriorityCount> counts) {
        public AgeBucket {
            counts = List.copyOf(counts);
        }
    }

    public record PriorityCount(String priority, int count) {
    }

    /**
     * An unfinished action item.
     *
     * @param priority    normalised (P1..P4 or "unset")
     * @param status      open, in_progress or unknown
     * @param ageDays     as-of day minus incident date (how long the promise has been open)
     * @param daysOverdue as-of day minus due date, when overdue
     */
    public record OpenItem(IncidentRef incident, String itemId, String action, Optional<String> owner,
                           Optional<LocalDate> due, String priority, String status, OptionalLong ageDays,
                           OptionalLong daysOverdue, boolean overdue, boolean stalled) {
    }

    /** Items of the quarter's incidents: how many lack an owner or a due date. */
    public record ItemHygiene(int incidents, int items, int withoutOwner, int withoutDueDate, int withoutEither) {
    }

    /**
     * @param afterAllDone incidents of the quarter with at least one recurrence whose earlier incident had all its items done
     * @param afterAnyDone incidents of the quarter with at least one recurrence whose earlier incident had any item done
     *                     (includes afterAllDone)
     * @param rows         one per (incident, cluster), by incident date then id then cluster
     */
    public record RecurrenceSummary(int afterAllDone, int afterAnyDone, List<Recurrence> rows) {
        public RecurrenceSummary {
            rows = List.copyOf(rows);
        }
    }

    /**
     * @param earlier      the latest earlier incident of that cluster with done items (all done preferred)
     * @param allDone      the earlier incident's items were all done
     * @param earlierDone  its done items
     * @param earlierItems its items
     */
    public record Recurrence(IncidentRef incident, String clusterId, String clusterLabel, IncidentRef earlier,
                             boolean allDone, int earlierDone, int earlierItems) {
    }

    public record QuarterTally(Quarter quarter, int count) {
    }
}
