package io.hindsight.report;

import io.hindsight.analyse.Comparison;
import io.hindsight.analyse.DataQuality;
import io.hindsight.analyse.Headline;
import io.hindsight.analyse.IncidentRef;
import io.hindsight.analyse.RecurringCauses;
import io.hindsight.analyse.Review;
import io.hindsight.analyse.ReviewInput;
import io.hindsight.analyse.actions.FollowThrough;
import io.hindsight.analyse.actions.FollowThroughAnalysis;
import io.hindsight.analyse.quality.QualityAnalysis;
import io.hindsight.analyse.quality.QualityAssessor;
import io.hindsight.analyse.quality.QualityReview;
import io.hindsight.analyse.timing.DetectionReview;
import io.hindsight.analyse.timing.Distribution;
import io.hindsight.analyse.timing.TimingAnalysis;
import io.hindsight.analyse.timing.TimingReview;
import io.hindsight.model.Severity;
import io.hindsight.model.TimingMetric;
import io.hindsight.report.ReportView.Cell;
import io.hindsight.report.ReportView.Kpi;
import io.hindsight.report.ReportView.Link;
import io.hindsight.report.ReportView.Pair;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a {@link Review} into the {@link ReportView} the template lays out: formats numbers,
 * writes the sentences around them, draws the charts, and passes every string that may come
 * from a postmortem through the redactor (when {@code --redact-people} is on) and the link
 * splitter. Nothing is computed here that the review does not already hold.
 */
final class ReportViewBuilder {
    private final Review review;
    private final Redactor redactor;
    private final ReportCharts charts;
    /** The quarter's incidents the index lists, in index order; other sections link only to these. */
    private final List<io.hindsight.analyse.IndexRow> listed;
    private final Set<String> listedAnchors = new HashSet<>();
    private int chartCount;

    ReportViewBuilder(Review review) {
        this.review = review;
        this.redactor = review.redactPeople() ? Redactor.of(review.people()) : Redactor.none();
        this.charts = new ReportCharts(review, this::t);
        this.listed = listedInIndex(review.index());
        listed.forEach(r -> r.incident().anchor().ifPresent(listedAnchors::add));
    }

    /**
     * The report is e-mailed, so its lists are bounded: the index lists at most
     * {@link #INDEX_LIMIT} incidents of the quarter, the most severe first (then the earliest),
     * shown in date order; the rest are in data/incidents.jsonl.
     */
    static final int INDEX_LIMIT = 400;
    /** Rejected files and warnings listed in the appendix; the rest are in the data files. */
    static final int APPENDIX_LIMIT = 100;
    /** Incidents listed per recurring cause; the count of the rest follows. */
    static final int CAUSE_INCIDENTS_LIMIT = 10;

    static List<io.hindsight.analyse.IndexRow> listedInIndex(List<io.hindsight.analyse.IndexRow> index) {
        if (index.size() <= INDEX_LIMIT) {
            return index;
        }
        int[] rank = index.stream().mapToInt(r -> Severity.parse(r.severity()).map(Enum::ordinal).orElse(Severity.values().length)).toArray();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < index.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> rank[i]).thenComparing(i -> i));
        List<Integer> kept = new ArrayList<>(order.subList(0, INDEX_LIMIT));
        kept.sort(Comparator.naturalOrder());
        return kept.stream().map(index::get).toList();
    }


    /** Any string from the corpus, redacted when asked. */
    private String t(String s) {
        return s == null ? "" : redactor.apply(s);
    }

    /** Free text from the corpus: redacted, then cut into text and allowed links. */
    private List<Text.Segment> rich(String s) {
        return Text.segments(t(s));
    }

    private io.hindsight.report.chart.ChartImage chart(io.hindsight.report.chart.ChartImage c) {
        chartCount++;
        return c;
    }

    private Link link(IncidentRef r) {
        String title = r.title().map(this::t).orElse("");
        boolean listedHere = r.anchor().filter(listedAnchors::contains).isPresent();
        return new Link(t(r.id()), title, listedHere ? r.anchor().get() : "", listedHere);
    }

    private static Cell cell(Distribution d) {
        return new Cell(d.hasData(), Fmt.median(d), Fmt.p90(d), "n=" + d.n(), d.smallSample());
    }

    ReportView build() {
        ReportView.Meta meta = new ReportView.Meta("Quarterly incident review: " + review.quarter(), review.quarter().toString(),
                review.asOf().toString(), review.window().get(0) + " to " + review.quarter(),
                review.headline().previousQuarter().toString(), review.headline().yearAgoQuarter().toString(),
                review.redactPeople(), Distribution.SMALL_SAMPLE, FollowThroughAnalysis.STALL_GRACE_DAYS,
                QualityAnalysis.LAG_TARGET_DAYS);
        ReportView.Headline headline = headline();
        ReportView.Timings timings = timings();
        ReportView.Detection detection = detection();
        ReportView.Causes causes = causes();
        ReportView.Actions actions = actions();
        ReportView.Quality quality = quality();
        return new ReportView(meta, glance(), kpis(), headline, timings, detection, causes, actions, quality, index(),
                appendix(), chartCount);
    }

    // ---- headline ---------------------------------------------------------------------------

    private List<Kpi> kpis() {
        Headline h = review.headline();
        List<Kpi> out = new ArrayList<>();
        out.add(new Kpi("Incidents", Fmt.count(h.incidents().current()), vsText(h.incidents())));
        int severe = h.bySeverity().stream().filter(s -> s.severity().equals("SEV1") || s.severity().equals("SEV2"))
                .mapToInt(s -> s.count().current()).sum();
        out.add(new Kpi("SEV1 and SEV2", Fmt.count(severe), "the incidents that need a full postmortem"));
        Headline.KeyTiming ttr = h.timings().stream().filter(k -> k.metric() == TimingMetric.TTR).findFirst().orElseThrow();
        out.add(new Kpi("Median time to restore", Fmt.median(ttr.quarter()),
                "p90 " + Fmt.p90(ttr.quarter()) + " \u00b7 n=" + ttr.quarter().n()
                        + (ttr.quarter().smallSample() ? " (small sample)" : "")));
        Headline.ImpactTotals im = h.impact();
        out.add(new Kpi("SLO breaches", Fmt.count(im.sloBreaches()),
                im.sloStated() + " of " + im.incidents() + " postmortems say whether an SLO was breached"));
        out.add(new Kpi("Users affected", Fmt.count(im.usersAffected()),
                "sum over " + Fmt.plural(im.usersStated(), "incident", "incidents") + " stating it"));
        out.add(new Kpi("Revenue impact", Fmt.usd(im.revenueLossUsd()),
                "sum over " + Fmt.plural(im.revenueStated(), "incident", "incidents") + " stating it"));
        FollowThrough.Backlog b = review.actions().backlog();
        out.add(new Kpi("Overdue action items", Fmt.count(b.overdue()), "as of " + review.asOf() + "; "
                + b.stalledOverdue() + " of them more than " + FollowThroughAnalysis.STALL_GRACE_DAYS + " days"));
        out.add(new Kpi("Causes back after fixes", Fmt.count(review.actions().recurrences().afterAllDone()),
                "after all the earlier incident's items were done; " + review.actions().recurrences().afterAnyDone() + " after some were"));
        return out;
    }

    private String vsText(Comparison c) {
        Headline h = review.headline();
        String prev = c.previous().isPresent() ? Fmt.change(c.changeVsPrevious()) + " vs " + h.previousQuarter()
                : "no data for " + h.previousQuarter();
        String year = c.yearAgo().isPresent() ? Fmt.change(c.changeVsYearAgo()) + " vs " + h.yearAgoQuarter()
                : "no data for " + h.yearAgoQuarter();
        return prev + " \u00b7 " + year;
    }

    private List<String> glance() {
        List<String> out = new ArrayList<>();
        Headline h = review.headline();
        Comparison c = h.incidents();
        String q = review.quarter().toString();
        StringBuilder s = new StringBuilder(Fmt.plural(c.current(), "incident", "incidents") + " in " + q);
        if (c.previous().isPresent()) {
            s.append(", against ").append(c.previous().getAsInt()).append(" in ").append(h.previousQuarter());
        }
        if (c.yearAgo().isPresent()) {
            s.append(" and ").append(c.yearAgo().getAsInt()).append(" a year earlier");
        }
        out.add(s.append('.').toString());
        Headline.KeyTiming ttr = h.timings().get(3);
        if (ttr.quarter().hasData()) {
            out.add("Half of the incidents were restored within " + Fmt.minutes(ttr.quarter().median())
                    + "; one in ten took longer than " + Fmt.minutes(ttr.quarter().p90()) + " (n=" + ttr.quarter().n()
                    + (ttr.quarter().smallSample() ? ", a small sample" : "") + ").");
        }
        review.detection().changes().stream().filter(m -> m.method().equals("customer_report")).findFirst()
                .filter(m -> m.current() > 0)
                .ifPresent(m -> out.add("Customers, not our alerts, told us first about "
                        + Fmt.plural(m.current(), "incident", "incidents") + " (" + Fmt.pct(m.share()) + ")."));
        if (!review.causes().top().isEmpty()) {
            RecurringCauses.CauseRow top = review.causes().top().get(0);
            out.add("Most frequent cause this quarter: \u201c" + t(top.label()) + "\u201d, "
                    + Fmt.plural(top.thisQuarter(), "incident", "incidents") + " this quarter and " + top.overall() + " in all.");
        }
        FollowThrough f = review.actions();
        // "3 of 12": how much of the quarter it is matters more than the count. The cause coming back
        // after every item of the earlier incident was done is the signal; after some of them were
        // done it is common (most postmortems have an item done), so it is the second figure.
        FollowThrough.RecurrenceSummary rec = f.recurrences();
        if (rec.afterAllDone() > 0) {
            out.add(rec.afterAllDone() + " of " + Fmt.plural(c.current(), "incident", "incidents")
                    + " had a root cause we had already worked on: an earlier incident of the same cause had all of its action items"
                    + " marked done (" + rec.afterAnyDone() + " had one with at least some of them done).");
        } else if (rec.afterAnyDone() > 0) {
            out.add(rec.afterAnyDone() + " of " + Fmt.plural(c.current(), "incident", "incidents")
                    + " had a root cause we had already worked on: an earlier incident of the same cause had some, not all, of its"
                    + " action items marked done.");
        }
        FollowThrough.Backlog b = f.backlog();
        out.add(Fmt.plural(b.overdue(), "action item is", "action items are") + " overdue as of " + review.asOf() + "; "
                + Fmt.plural(b.stalled(), "item has", "items have") + " stalled and need escalating (" + b.stalledOverdue()
                + " more than " + FollowThroughAnalysis.STALL_GRACE_DAYS + " days past due, " + b.stalledWithoutDueDate()
                + " without a due date, open for over " + FollowThroughAnalysis.UNDATED_STALL_DAYS + " days).");
        if (!review.quality().missingPostmortems().isEmpty()) {
            out.add(Fmt.plural(review.quality().missingPostmortems().size(), "incident", "incidents")
                    + " met the postmortem threshold but " + (review.quality().missingPostmortems().size() == 1 ? "has" : "have")
                    + " no postmortem analysis yet.");
        }
        return out;
    }

    private ReportView.Headline headline() {
        Headline h = review.headline();
        List<ReportView.SeverityRow> rows = new ArrayList<>();
        for (Headline.SeverityCount s : h.bySeverity()) {
            rows.add(severityRow(ReportCharts.label(s.severity()), s.count(), false));
        }
        rows.add(severityRow("All", h.incidents(), true));
        List<ReportView.KeyTimingRow> timings = new ArrayList<>();
        for (Headline.KeyTiming k : h.timings()) {
            Distribution d = k.quarter();
            timings.add(new ReportView.KeyTimingRow(k.metric().label(), Fmt.median(d), Fmt.p90(d), Fmt.mean(d),
                    String.valueOf(d.n()), d.smallSample(), Fmt.median(k.previous()), Fmt.changeMinutes(k.changeOfMedian())));
        }
        List<ReportView.ImpactRow> impact = new ArrayList<>();
        impact.add(impactRow("Users affected", h, Headline.ImpactTotals::usersAffected, Headline.ImpactTotals::usersStated, false));
        impact.add(impactRow("Revenue impact", h, Headline.ImpactTotals::revenueLossUsd, Headline.ImpactTotals::revenueStated, true));
        impact.add(impactRow("Failed requests", h, Headline.ImpactTotals::failedRequests, Headline.ImpactTotals::failedStated, false));
        impact.add(impactRow("Support tickets", h, Headline.ImpactTotals::supportTickets, Headline.ImpactTotals::ticketsStated, false));
        impact.add(impactRow("SLO breaches", h, x -> (long) x.sloBreaches(), Headline.ImpactTotals::sloStated, false));
        return new ReportView.Headline(rows, timings, impact, chart(charts.volume()));
    }

    private static ReportView.SeverityRow severityRow(String label, Comparison c, boolean total) {
        return new ReportView.SeverityRow(label, Fmt.count(c.current()), Fmt.value(c.previous()),
                Fmt.change(c.changeVsPrevious()), Fmt.value(c.yearAgo()), Fmt.change(c.changeVsYearAgo()), total);
    }

    /** A total, or a dash when no incident of that quarter states the figure (unknown is not zero). */
    private static ReportView.ImpactRow impactRow(String label, Headline h, java.util.function.ToLongFunction<Headline.ImpactTotals> value,
                                                  java.util.function.ToIntFunction<Headline.ImpactTotals> stated, boolean usd) {
        java.util.function.Function<Headline.ImpactTotals, String> f = x -> stated.applyAsInt(x) == 0 ? Fmt.NONE
                : usd ? Fmt.usd(value.applyAsLong(x)) : Fmt.count(value.applyAsLong(x));
        return new ReportView.ImpactRow(label, f.apply(h.impact()), stated.applyAsInt(h.impact()) + " of " + h.impact().incidents(),
                h.impactPrevious().map(f).orElse(Fmt.NONE), h.impactYearAgo().map(f).orElse(Fmt.NONE));
    }

    // ---- timings ----------------------------------------------------------------------------

    private ReportView.Timings timings() {
        TimingReview t = review.timings();
        List<String> header = review.window().stream().map(Object::toString).toList();
        List<ReportView.TrendRow> trend = new ArrayList<>();
        for (TimingReview.MetricTrend m : t.trends()) {
            if (m.byQuarter().stream().noneMatch(p -> p.distribution().hasData())) {
                continue;   // no postmortem in the window gives this measure
            }
            trend.add(new ReportView.TrendRow(m.metric().label(),
                    m.byQuarter().stream().map(p -> cell(p.distribution())).toList()));
        }
        List<ReportView.DistributionRow> dist = new ArrayList<>();
        for (TimingReview.MetricDistribution m : t.quarter()) {
            if (t.trend(m.metric()).byQuarter().stream().noneMatch(p -> p.distribution().hasData())) {
                continue;
            }
            Distribution d = m.distribution();
            dist.add(new ReportView.DistributionRow(m.metric().label(), String.valueOf(d.n()), d.smallSample(),
                    d.hasData() ? Fmt.minutes(d.min()) : Fmt.NONE, Fmt.median(d), Fmt.p90(d), Fmt.mean(d),
                    d.hasData() ? Fmt.minutes(d.max()) : Fmt.NONE));
        }
        List<ReportView.SeverityTimingRow> sev = new ArrayList<>();
        TimingReview.Breakdown ttd = t.severity(TimingMetric.TTD);
        for (int i = 0; i < ttd.groups().size(); i++) {
            TimingReview.Group g = ttd.groups().get(i);
            sev.add(new ReportView.SeverityTimingRow(ReportCharts.label(g.key()), String.valueOf(g.incidents()),
                    cell(g.distribution()), cell(t.severity(TimingMetric.TTM).groups().get(i).distribution()),
                    cell(t.severity(TimingMetric.TTR).groups().get(i).distribution())));
        }
        List<ReportView.ServiceTimingRow> svc = new ArrayList<>();
        TimingReview.Breakdown ttm = t.service(TimingMetric.TTM);
        for (int i = 0; i < ttm.groups().size(); i++) {
            TimingReview.Group g = ttm.groups().get(i);
            svc.add(new ReportView.ServiceTimingRow(t(g.key()), String.valueOf(g.incidents()), cell(g.distribution()),
                    cell(t.service(TimingMetric.TTR).groups().get(i).distribution())));
        }
        return new ReportView.Timings(chart(charts.trend()), chart(charts.distribution()), chart(charts.bySeverity()),
                chart(charts.byService()), header, trend, dist, sev, svc);
    }

    // ---- detection --------------------------------------------------------------------------

    private ReportView.Detection detection() {
        DetectionReview d = review.detection();
        List<ReportView.DetectionRow> rows = new ArrayList<>();
        for (int i = 0; i < d.changes().size(); i++) {
            DetectionReview.MethodChange c = d.changes().get(i);
            rows.add(new ReportView.DetectionRow(ReportCharts.label(c.method()), Fmt.count(c.current()), Fmt.pct(c.share()),
                    Fmt.value(c.previous()), Fmt.pct(c.previousShare()), Fmt.points(c.changePoints()),
                    cell(d.ttdByMethod().get(i).ttd())));
        }
        String summary = d.changes().stream().filter(c -> c.method().equals("alert")).findFirst()
                .map(c -> "Alerts caught " + Fmt.plural(c.current(), "incident", "incidents") + " first ("
                        + Fmt.pct(c.share()) + " of the quarter"
                        + (c.changePoints().isPresent() ? ", " + Fmt.points(c.changePoints()) + " against "
                        + review.headline().previousQuarter() : "") + ").")
                .orElse("");
        return new ReportView.Detection(chart(charts.detection()), summary, rows);
    }

    // ---- causes -----------------------------------------------------------------------------

    private static String moreIncidents(int incidents) {
        int more = incidents - CAUSE_INCIDENTS_LIMIT;
        return more > 0 ? "and " + Fmt.plural(more, "more incident", "more incidents") : "";
    }

    private ReportView.Causes causes() {
        RecurringCauses c = review.causes();
        List<ReportView.CauseRow> rows = new ArrayList<>();
        for (RecurringCauses.CauseRow r : c.top()) {
            String earlier = r.earlier().stream().limit(CAUSE_INCIDENTS_LIMIT)
                    .map(x -> t(x.id()) + x.date().map(d -> " (" + d + ")").orElse(""))
                    .collect(Collectors.joining(", "))
                    + (r.earlier().size() > CAUSE_INCIDENTS_LIMIT ? " and " + Fmt.count(r.earlier().size() - CAUSE_INCIDENTS_LIMIT) + " more" : "");
            rows.add(new ReportView.CauseRow(t(r.label()), t(r.theme()), Fmt.count(r.thisQuarter()),
                    Fmt.count(r.previousQuarter()), Fmt.count(r.overall()), t(r.trend()), rich(r.example()),
                    r.incidentsThisQuarter().stream().limit(CAUSE_INCIDENTS_LIMIT).map(this::link).toList(),
                    moreIncidents(r.incidentsThisQuarter().size()), earlier, !r.earlier().isEmpty()));
        }
        List<ReportView.ThemeRow> themes = c.themes().stream().map(x -> new ReportView.ThemeRow(t(x.name()),
                Fmt.count(x.thisQuarter()), Fmt.count(x.overall()), Fmt.count(x.clusters()))).toList();
        List<String> factors = new ArrayList<>();
        for (ReviewInput.CommonFactorLine f : c.commonFactors()) {
            factors.add("\u201c" + t(f.label()) + "\u201d contributed to " + Fmt.plural(f.incidentsThisQuarter(), "incident",
                    "incidents") + " this quarter and " + Fmt.plural(f.incidentsOverall(), "incident", "incidents")
                    + " in all.");
        }
        List<ReportView.Investment> investments = new ArrayList<>();
        for (ReviewInput.InvestmentLine i : c.investments()) {
            investments.add(new ReportView.Investment(rich(i.recommendation()),
                    "Theme: " + t(i.theme()) + " \u00b7 behind " + Fmt.plural(i.incidents(), "incident", "incidents"),
                    !i.actionItems().isEmpty(), i.actionItems().stream().map(a -> new ReportView.RichLine(rich(a))).toList()));
        }
        String summary = c.clusters() + " cause clusters were found across the corpus; " + c.recurring()
                + " recur (two incidents or more). The table lists those that recur or appear in " + review.quarter()
                + ", most frequent this quarter first.";
        return new ReportView.Causes(chart(charts.causes()), chart(charts.themes()), summary, rows, themes, factors,
                investments);
    }

    // ---- action items -----------------------------------------------------------------------

    private ReportView.Actions actions() {
        FollowThrough f = review.actions();
        FollowThrough.Backlog b = f.backlog();
        List<Kpi> kpis = List.of(
                new Kpi("Action items tracked", Fmt.count(b.items()), b.done() + " done, " + b.wontDo() + " won\u2019t do"),
                new Kpi("Still open", Fmt.count(b.notFinished()), "open, in progress or status not stated"),
                new Kpi("Overdue", Fmt.count(b.overdue()), "past their due date on " + review.asOf()),
                new Kpi("Stalled", Fmt.count(b.stalled()), b.stalledOverdue() + " more than "
                        + FollowThroughAnalysis.STALL_GRACE_DAYS + " days past due, " + b.stalledWithoutDueDate()
                        + " without a due date for over " + FollowThroughAnalysis.UNDATED_STALL_DAYS + " days: escalate"));
        FollowThrough.ItemHygiene h = f.quarterItems();
        String hygiene = "This quarter's " + Fmt.plural(h.incidents(), "postmortem", "postmortems") + " promised "
                + Fmt.plural(h.items(), "action item", "action items") + "; " + h.withoutOwner() + " without an owner, "
                + h.withoutDueDate() + " without a due date. The guide asks for an owner and a due date on every action.";
        List<ReportView.RateRow> rates = f.rateByQuarter().stream().map(r -> new ReportView.RateRow(r.quarter().toString(),
                Fmt.count(r.items()), Fmt.count(r.done()), Fmt.count(r.inProgress()),
                Fmt.count(r.open() + r.unknownStatus()), Fmt.count(r.wontDo()), Fmt.pct(r.rate()),
                r.dueDone() + " of " + r.dueByAsOf(), Fmt.pct(r.dueRate()))).toList();
        List<ReportView.PriorityRow> pr = f.byPriority().stream().map(p -> new ReportView.PriorityRow(
                ReportCharts.label(p.priority()), Fmt.count(p.items()), Fmt.count(p.done()), Fmt.count(p.notFinished()),
                Fmt.count(p.overdue()), Fmt.count(p.stalled()))).toList();
        List<FollowThrough.Recurrence> recurrences = f.recurrences().rows().stream()
                .sorted(Comparator.comparing((FollowThrough.Recurrence r) -> !r.allDone())).toList();
        ReportView.Listed<ReportView.RecurrenceRow> rec = cut(recurrences, LIST_LIMIT, r -> new ReportView.RecurrenceRow(
                link(r.incident()), t(r.clusterLabel()), link(r.earlier()), r.earlier().date().map(LocalDate::toString)
                .orElse(Fmt.NONE), r.earlierDone() + " of " + r.earlierItems() + " done", r.allDone()),
                "more", "more", " (those after all items were done come first).");
        String recSummary = f.recurrences().afterAnyDone() == 0
                ? "No incident this quarter had a root cause whose earlier action items had been marked done."
                : Fmt.plural(f.recurrences().afterAnyDone(), "incident", "incidents") + " this quarter had a root cause "
                + "in a recurring cause that an earlier incident's action items had addressed (" + f.recurrences().afterAllDone()
                + " after all of those items were done). The fixes may not have reached the cause, or the cause has "
                + "more than one way in. Only root causes count here; contributing factors that recur are in Recurring causes.";
        String scope = "Counted as of " + review.asOf() + b.since().map(q -> ", over the action items of every incident since "
                + q + " (the implementation rates below are per quarter of the incident)").orElse("") + ".";
        return new ReportView.Actions(chart(charts.rate()), chart(charts.overdue()), scope, kpis, hygiene, rates, pr,
                items(f.overdue().stream().filter(i -> !i.stalled()).toList()), items(f.stalled()), items(f.missingOwnerOrDue()), recSummary, rec);
    }

    /** Longer lists are cut here; the rest are in data/action_items.csv. */
    static final int LIST_LIMIT = 25;

    private ReportView.Listed<ReportView.ItemRow> items(List<FollowThrough.OpenItem> items) {
        return cut(items, LIST_LIMIT, this::itemRow, "more item", "more items", ", listed in data/action_items.csv.");
    }

    private ReportView.ItemRow itemRow(FollowThrough.OpenItem i) {
        return new ReportView.ItemRow(link(i.incident()), t(i.itemId()), rich(i.action()),
                i.owner().map(this::t).orElse("no owner"), i.due().map(LocalDate::toString).orElse("no due date"),
                ReportCharts.label(i.priority()), ReportCharts.label(i.status()),
                days(i.ageDays()), days(i.daysOverdue()), i.stalled());
    }

    /** The first {@code limit} of a list as rows, and a line saying how many are left out and where they are. */
    private static <A, R> ReportView.Listed<R> cut(List<A> all, int limit, java.util.function.Function<A, R> row,
                                                  String one, String many, String where) {
        List<R> rows = all.stream().limit(limit).map(row).toList();
        return listed(rows, all.size() - rows.size(), one, many, where);
    }

    private static <R> ReportView.Listed<R> listed(List<R> rows, int more, String one, String many, String where) {
        return new ReportView.Listed<>(rows, more > 0, more > 0 ? "… and " + Fmt.plural(more, one, many) + where : "");
    }

    private static String days(OptionalLong d) {
        return d.isPresent() ? Fmt.days(d.getAsLong()) : Fmt.NONE;
    }

    // ---- quality ----------------------------------------------------------------------------

    private ReportView.Quality quality() {
        QualityReview q = review.quality();
        String scoreSummary = q.scores().hasData()
                ? "Median quality score " + q.scores().median() + " of 100 (p90 " + q.scores().p90() + ", n=" + q.scores().n()
                + "). The score gives 60 points for the sections the severity requires, 20 for action items with owner "
                + "and due date, 20 for blameless language."
                : "No postmortems this quarter.";
        List<ReportView.FormalityRow> formality = q.formality().stream().map(f -> new ReportView.FormalityRow(
                ReportCharts.label(f.severity()), f.level(), f.format(), String.join(", ", f.required()),
                Fmt.count(f.incidents()), f.incidents() == 0 ? Fmt.NONE : f.complete() + " of " + f.incidents(),
                f.scores().hasData() ? String.valueOf(f.scores().median()) : Fmt.NONE,
                f.gaps().isEmpty() ? Fmt.NONE : f.gaps().stream().map(g -> g.section() + " (" + g.missing() + ")")
                        .collect(Collectors.joining(", ")))).toList();
        ReportView.Listed<ReportView.GapRow> incomplete = cut(q.incomplete(), LIST_LIMIT, g -> new ReportView.GapRow(link(g.incident()),
                ReportCharts.label(g.severity()), String.valueOf(g.score()), String.join(", ", g.missing())),
                "more postmortem", "more postmortems", "; each incident's quality is in data/incidents.jsonl.");
        List<ReportView.BlameRow> blame = q.blame().stream().map(b -> new ReportView.BlameRow(link(b.incident()),
                t(b.phrase()), b.alternative())).toList();
        String blameSummary = q.incidentsWithBlame() == 0
                ? "No blame language was found in this quarter's postmortems."
                : Fmt.plural(q.incidentsWithBlame(), "postmortem uses", "postmortems use")
                + " blame language. Each phrase is quoted with the system-focused question the guide asks instead.";
        QualityReview.Lag lag = q.lag();
        String lagSummary = lag.days().hasData()
                ? "Median " + Fmt.days(lag.days().median()) + " from incident to postmortem (p90 " + Fmt.days(lag.days().p90())
                + ", n=" + lag.days().n() + "); " + lag.onTarget() + " within the " + lag.targetDays()
                + "-day target, " + lag.late() + " later, " + lag.notStated() + " without a postmortem date"
                + (lag.negative() > 0 ? ", " + lag.negative() + " dated before the incident (a data error)" : "") + "."
                : "No postmortem this quarter states its date (" + lag.notStated() + " without one).";
        List<ReportView.LateRow> late = lag.latest().stream().map(l -> new ReportView.LateRow(link(l.incident()),
                Fmt.days(l.days()))).toList();
        List<ReportView.MissingRow> missing = q.missingPostmortems().stream().map(m -> new ReportView.MissingRow(
                link(m.incident()), ReportCharts.label(m.severity()), m.reason(), m.status().map(this::t).orElse(Fmt.NONE)))
                .toList();
        return new ReportView.Quality(chart(charts.scores()), chart(charts.lag()), scoreSummary, formality, incomplete,
                blameSummary, blame, lagSummary, late, missing);
    }

    // ---- index and appendix -----------------------------------------------------------------

    private ReportView.Listed<ReportView.IndexRow> index() {
        List<ReportView.IndexRow> rows = new ArrayList<>();
        for (io.hindsight.analyse.IndexRow r : listed) {
            IncidentRef ref = r.incident();
            List<String> t = r.timings().stream().map(x -> Fmt.minutes(x.minutes())).toList();
            rows.add(new ReportView.IndexRow(ref.anchor().orElse(""), t(ref.id()), ref.title().map(this::t).orElse(Fmt.NONE),
                    ref.date().map(LocalDate::toString).orElse(Fmt.NONE), ReportCharts.label(r.severity()),
                    r.services().isEmpty() ? Fmt.NONE : t(String.join(", ", r.services())), ReportCharts.label(r.detection()),
                    t.get(0), t.get(1), t.get(2), r.causes().stream().map(c -> new ReportView.CauseRef(t(c.label()))).toList(),
                    String.valueOf(r.qualityScore()), r.lagDays().isPresent() ? Fmt.days(r.lagDays().getAsLong()) : Fmt.NONE,
                    r.usersAffected().isPresent() ? Fmt.count(r.usersAffected().getAsLong()) : Fmt.NONE,
                    r.actionItems() == 0 ? "none" : r.actionItemsDone() + " of " + r.actionItems() + " done",
                    r.warnings() > 0, r.warnings() == 0 ? "" : Fmt.plural(r.warnings(), "warning", "warnings")));
        }
        return listed(rows, review.index().size() - listed.size(), "less severe incident", "less severe incidents",
                " of the quarter, listed in data/incidents.jsonl.");
    }

    private ReportView.Appendix appendix() {
        DataQuality d = review.data();
        var run = d.run();
        List<Pair> counts = List.of(new Pair("Files seen", Fmt.count(run.filesSeen())),
                new Pair("Parsed", Fmt.count(run.parsed())), new Pair("Rejected", Fmt.count(run.rejected())),
                new Pair("Skipped (not a postmortem format)", Fmt.count(run.skipped())),
                new Pair("Incidents read", Fmt.count(run.incidents())),
                new Pair("Extraction warnings", Fmt.count(run.warnings())),
                new Pair("Incidents without a readable date", Fmt.count(d.undatedIncidents())),
                new Pair("Incidents of " + review.quarter() + " with warnings", Fmt.count(d.quarterIncidentsWithWarnings())));
        List<Pair> skipped = run.skippedByExtension().entrySet().stream()
                .map(e -> new Pair(t(e.getKey()), Fmt.count(e.getValue()))).toList();
        List<Pair> reasons = d.rejectsByReason().stream().map(r -> new Pair(t(r.reason()), Fmt.count(r.count()))).toList();
        ReportView.Listed<ReportView.RejectRow> rejects = cut(run.rejects().stream()
                        .sorted(Comparator.comparing(io.hindsight.analyse.RunStats.Reject::path)).toList(), APPENDIX_LIMIT,
                r -> new ReportView.RejectRow(t(r.path()), t(r.reason()), rich(r.detail())),
                "more file", "more files", ", listed in data/rejects.csv.");
        ReportView.Listed<ReportView.WarningRow> warnings = cut(d.quarterWarnings(), APPENDIX_LIMIT, w -> new ReportView.WarningRow(
                link(w.incident()), w.warnings().stream().map(this::t).toList()),
                "more incident", "more incidents", " with warnings, listed in data/incidents.jsonl.");
        List<Pair> definitions = List.of(
                new Pair("Median, p90", "Nearest-rank percentiles: the p-th percentile of n sorted values is the value at "
                        + "rank \u2308p/100 \u00d7 n\u2309, always an observed value; for an even n the median is the lower "
                        + "middle value. Means are shown beside them, never alone."),
                new Pair("n and small samples", "n is the number of incidents that state the figure. Below n="
                        + Distribution.SMALL_SAMPLE + " a figure is flagged as a small sample."),
                new Pair("Durations", "TTD: detected \u2212 started; time to rollback: rollback started \u2212 detected; "
                        + "TTM: mitigated \u2212 started; TTR (time to restore): resolved \u2212 started; whole minutes."),
                new Pair("Implementation rate", "Action items of a quarter's incidents marked done, out of all of them "
                        + "except those marked won\u2019t do; status not stated counts as not done."),
                new Pair("Overdue", "Not done (open, in progress or not stated) and due before " + review.asOf() + "."),
                new Pair("Stalled", "Not done and more than " + FollowThroughAnalysis.STALL_GRACE_DAYS + " days past due; "
                        + "an item without a due date is held to a due date " + FollowThroughAnalysis.STALL_GRACE_DAYS
                        + " days after its incident."),
                new Pair("Recurrence after fixes", "An incident of the quarter whose cause cluster had appeared in an "
                        + "earlier incident (dated before it) with action items marked done: \u201call done\u201d when every "
                        + "one of those items was done, \u201cany done\u201d when at least one was. Postmortems record a status, not when it "
                        + "changed: \u201cdone\u201d is the status today, so some of those items may have been finished only "
                        + "after the cause came back."),
                new Pair("Postmortem threshold", "SEV1 or SEV2, or lasting more than " + QualityAssessor.THRESHOLD_MINUTES
                        + " minutes, or affecting more than " + (int) QualityAssessor.THRESHOLD_USERS_PCT + "% of users. "
                        + "Such an incident has no postmortem analysis when it states no root cause, contributing factor "
                        + "or action item."),
                new Pair("Completeness", "Sections required by severity, after the guide's \u201cScaling Formality\u201d: "
                        + "SEV4 (Minor) summary, root cause, action items; SEV3 (Moderate) adds impact and timeline; SEV2 "
                        + "(Major) adds contributing factors and lessons learned; SEV1 (Critical) the full template. "
                        + "Unknown severity is held to SEV2."),
                new Pair("Postmortem lag", "Postmortem date minus incident date; the target is at most "
                        + QualityAnalysis.LAG_TARGET_DAYS + " days."),
                new Pair("Service", "An incident that names several services counts under each; \u201c"
                        + TimingAnalysis.NO_SERVICE + "\u201d groups those naming none."));
        return new ReportView.Appendix(counts, skipped, reasons, rejects, warnings, definitions);
    }
}
