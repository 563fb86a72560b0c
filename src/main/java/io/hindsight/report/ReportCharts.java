package io.hindsight.report;

import io.hindsight.analyse.Headline;
import io.hindsight.analyse.RecurringCauses;
import io.hindsight.analyse.Review;
import io.hindsight.analyse.actions.FollowThrough;
import io.hindsight.analyse.actions.FollowThroughAnalysis;
import io.hindsight.analyse.quality.QualityReview;
import io.hindsight.analyse.timing.DetectionReview;
import io.hindsight.analyse.timing.Distribution;
import io.hindsight.analyse.timing.TimingReview;
import io.hindsight.model.Quarter;
import io.hindsight.model.TimingMetric;
import io.hindsight.report.chart.ChartImage;
import io.hindsight.report.chart.ChartRenderer;
import io.hindsight.report.chart.ChartSpec;
import io.hindsight.report.chart.ChartSpec.Series;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The report's charts, described from the review's numbers and drawn by {@link ChartRenderer}.
 * Labels from postmortems pass through the redactor first. A chart never computes a figure the
 * review does not hold; it only scales (a share to a percentage) and lays out.
 */
final class ReportCharts {
    static final int HEIGHT = 330;
    static final int MAX_BARS = 12;
    private static final List<TimingMetric> TREND = List.of(TimingMetric.TTD, TimingMetric.TTM, TimingMetric.TTR);
    private static final List<TimingMetric> BOXES = List.of(TimingMetric.TTD, TimingMetric.TIME_TO_ROLLBACK,
            TimingMetric.TTM, TimingMetric.TTR);

    private final Review review;
    private final Function<String, String> text;

    ReportCharts(Review review, Function<String, String> text) {
        this.review = review;
        this.text = text;
    }

    private List<String> quarters(Function<Quarter, Boolean> covered) {
        List<String> out = new ArrayList<>();
        for (Quarter q : review.window()) {
            out.add(covered.apply(q) ? q.toString() : q + " (no data)");
        }
        return out;
    }

    private static Double orNull(double v) {
        return v == 0 ? null : v;
    }

    ChartImage volume() {
        List<Headline.QuarterVolume> v = review.headline().volume();
        List<String> categories = quarters(q -> v.stream().filter(x -> x.quarter().equals(q)).findFirst().orElseThrow().covered());
        List<Series> series = new ArrayList<>();
        int n = v.get(0).counts().size();
        for (int s = 0; s < n; s++) {
            final int k = s;
            List<Double> values = v.stream().map(x -> orNull(x.counts().get(k).count())).toList();
            String name = v.get(0).counts().get(k).severity();
            if (name.equals("unknown") && values.stream().allMatch(x -> x == null)) {
                continue;
            }
            series.add(Series.bar(name.equals("unknown") ? "severity not stated" : name, values, s));
        }
        Headline.QuarterVolume now = v.get(v.size() - 1);
        return draw(new ChartSpec.Bars("volume", "Incidents per quarter, by severity",
                "Stacked bars: incidents per quarter by severity, " + review.window().get(0) + " to " + review.quarter()
                        + "; " + now.total() + " in " + review.quarter() + ".",
                "Quarter", "Incidents", categories, series, false, true, true, false, true), HEIGHT);
    }

    ChartImage trend() {
        List<ChartSpec.Panel> panels = new ArrayList<>();
        for (TimingMetric m : TREND) {
            TimingReview.MetricTrend t = review.timings().trend(m);
            panels.add(new ChartSpec.Panel(abbrev(m) + " (min)", List.of(
                    new Series("median", t.byQuarter().stream()
                            .map(p -> p.distribution().hasData() ? (double) p.distribution().median() : null).toList(), 0,
                            ChartSpec.Line.SOLID),
                    new Series("p90", t.byQuarter().stream()
                            .map(p -> p.distribution().hasData() ? (double) p.distribution().p90() : null).toList(), 1,
                            ChartSpec.Line.DASHED))));
        }
        return draw(new ChartSpec.Panels("timing-trend", "Time to detect (TTD), mitigate (TTM) and restore (TTR) per quarter",
                "Three line panels, one per measure, over the quarters " + review.window().get(0) + " to " + review.quarter()
                        + ": median (solid) and 90th percentile (dashed), in minutes from the start of the incident.",
                "Quarter", quarters(q -> true), panels), 520);
    }

    ChartImage distribution() {
        List<ChartSpec.Box> boxes = new ArrayList<>();
        for (TimingMetric m : BOXES) {
            Distribution d = review.timings().inQuarter(m).distribution();
            boxes.add(new ChartSpec.Box(abbrev(m) + " (n=" + d.n() + ")", d.min(), d.q1(), d.median(), d.q3(), d.max(),
                    d.mean(), d.values().stream().map(Long::doubleValue).toList()));
        }
        return draw(new ChartSpec.Boxes("timing-distribution", "How long incidents took in " + review.quarter(),
                "Box plots with every incident as a dot: time to detect, time to rollback, time to mitigate and time to "
                        + "restore in " + review.quarter() + ", in minutes. Box from first to third quartile, line at the "
                        + "median, whiskers to minimum and maximum.",
                "", "Minutes", boxes), 60 + 62 * boxes.size());
    }

    ChartImage bySeverity() {
        List<TimingReview.Group> groups = review.timings().severity(TimingMetric.TTR).groups();
        List<String> categories = groups.stream().map(g -> label(g.key()) + " (n=" + g.distribution().n() + ")").toList();
        return draw(new ChartSpec.Bars("ttr-severity", "Time to restore by severity, " + review.quarter(),
                "Bars per severity: median and 90th percentile time to restore in " + review.quarter() + ", in minutes.",
                "Severity (n = incidents stating time to restore)", "Minutes", categories, medianAndP90(groups), false,
                false, false, false, true), HEIGHT);
    }

    ChartImage byService() {
        List<TimingReview.Group> groups = review.timings().service(TimingMetric.TTR).groups();
        groups = groups.subList(0, Math.min(MAX_BARS, groups.size()));
        List<String> categories = groups.stream().map(g -> text.apply(g.key()) + " (n=" + g.distribution().n() + ")").toList();
        return draw(new ChartSpec.Bars("ttr-service", "Time to restore by service, " + review.quarter(),
                "Horizontal bars per service: median and 90th percentile time to restore in " + review.quarter()
                        + ", in minutes; an incident counts under each service it names"
                        + (groups.isEmpty() ? "." : "; services: " + String.join(", ", groups.stream()
                        .map(g -> text.apply(g.key())).toList()) + "."),
                "Service (n = incidents stating time to restore)", "Minutes", categories, medianAndP90(groups), true,
                false, false, false, true), Math.max(180, 90 + 44 * groups.size()));
    }

    private static List<Series> medianAndP90(List<TimingReview.Group> groups) {
        return List.of(
                Series.bar("median", groups.stream().map(g -> g.distribution().hasData() ? (double) g.distribution().median() : null)
                        .toList(), 0),
                Series.bar("p90", groups.stream().map(g -> g.distribution().hasData() ? (double) g.distribution().p90() : null)
                        .toList(), 3));
    }

    ChartImage detection() {
        DetectionReview d = review.detection();
        List<String> categories = quarters(q -> d.byQuarter().stream().filter(x -> x.quarter().equals(q)).findFirst()
                .orElseThrow().covered());
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < d.methods().size(); i++) {
            String m = d.methods().get(i);
            series.add(Series.bar(label(m), d.byQuarter().stream().map(x -> orNull(x.count(m))).toList(), i));
        }
        return draw(new ChartSpec.Bars("detection", "How incidents were detected, per quarter",
                "Stacked bars per quarter: incidents by how they were first detected (alert, customer report, internal and "
                        + "others).",
                "Quarter", "Incidents", categories, series, false, true, true, false, true), HEIGHT);
    }

    ChartImage causes() {
        List<RecurringCauses.CauseRow> rows = review.causes().top();
        List<String> categories = rows.stream().map(r -> shorten(text.apply(r.label()), 90)).toList();
        List<Series> series = List.of(
                Series.bar("in " + review.quarter(), rows.stream().map(r -> orNull(r.thisQuarter())).toList(), 0),
                Series.bar("before " + review.quarter(), rows.stream().map(r -> orNull(r.earlier().size())).toList(), 3));
        return draw(new ChartSpec.Bars("causes", "Recurring causes: incidents in the quarter and before",
                "Horizontal stacked bars per recurring cause: incidents in " + review.quarter() + " and in earlier quarters"
                        + (rows.isEmpty() ? "." : "; first: " + text.apply(rows.get(0).label()) + "."),
                "", "Incidents", categories, series, true, true, true, false, true),
                Math.max(180, 90 + 40 * rows.size()));
    }

    ChartImage themes() {
        List<RecurringCauses.ThemeRow> rows = review.causes().themes();
        rows = rows.subList(0, Math.min(MAX_BARS, rows.size()));
        List<String> categories = rows.stream().map(r -> shorten(text.apply(r.name()), 90)).toList();
        List<Series> series = List.of(
                Series.bar("in " + review.quarter(), rows.stream().map(r -> (double) r.thisQuarter()).toList(), 0),
                Series.bar("all quarters", rows.stream().map(r -> (double) r.overall()).toList(), 3));
        return draw(new ChartSpec.Bars("themes", "Themes: incidents in the quarter and in all quarters",
                "Horizontal bars per theme: distinct incidents in " + review.quarter() + " and over all quarters.",
                "", "Incidents", categories, series, true, false, true, false, true), Math.max(180, 90 + 44 * rows.size()));
    }

    ChartImage rate() {
        List<FollowThrough.QuarterRate> rates = review.actions().rateByQuarter();
        List<Series> series = List.of(
                new Series("done, of all items", rates.stream()
                        .map(r -> r.rate().isPresent() ? r.rate().getAsDouble() * 100 : null).toList(), 0, ChartSpec.Line.SOLID),
                new Series("done, of items due by " + review.asOf(), rates.stream()
                        .map(r -> r.dueRate().isPresent() ? r.dueRate().getAsDouble() * 100 : null).toList(), 1,
                        ChartSpec.Line.DASHED));
        return draw(new ChartSpec.Lines("implementation-rate", "Action items implemented, by quarter of the incident",
                "Lines per quarter: share of action items marked done, of all items and of items already due, as of "
                        + review.asOf() + ".",
                "Quarter of the incident", "Done (%)", quarters(q -> true), series, true), HEIGHT);
    }

    ChartImage overdue() {
        List<FollowThrough.AgeBucket> buckets = review.actions().overdueByAge();
        List<Series> series = new ArrayList<>();
        for (int p = 0; p < FollowThroughAnalysis.PRIORITIES.size(); p++) {
            final int k = p;
            List<Double> values = buckets.stream().map(b -> orNull(b.counts().get(k).count())).toList();
            if (values.stream().anyMatch(v -> v != null)) {
                series.add(Series.bar(label(FollowThroughAnalysis.PRIORITIES.get(p)), values, p));
            }
        }
        if (series.isEmpty()) {
            series.add(Series.bar("overdue", buckets.stream().map(b -> (Double) null).toList(), 0));
        }
        return draw(new ChartSpec.Bars("overdue", "Overdue action items by days past due and priority, as of " + review.asOf(),
                "Stacked bars: overdue action items by days past their due date, split by priority.",
                "Days past due", "Action items", buckets.stream().map(FollowThrough.AgeBucket::label).toList(), series,
                false, true, true, false, true), HEIGHT);
    }

    ChartImage scores() {
        List<QualityReview.Bucket> b = review.quality().scoreBuckets();
        return draw(new ChartSpec.Bars("quality-scores", "Postmortem quality scores, " + review.quarter(),
                "Bars: number of the quarter's postmortems per quality score band (0 to 100).",
                "Quality score", "Postmortems", b.stream().map(QualityReview.Bucket::label).toList(),
                List.of(Series.bar("postmortems", b.stream().map(x -> (double) x.count()).toList(), 2)), false, false, true,
                false, true), HEIGHT - 30);
    }

    ChartImage lag() {
        QualityReview.Lag lag = review.quality().lag();
        List<QualityReview.Bucket> b = lag.histogram();
        List<Double> within = b.stream().map(x -> x.to() <= lag.targetDays() ? orNull(x.count()) : null).toList();
        List<Double> late = b.stream().map(x -> x.to() > lag.targetDays() ? orNull(x.count()) : null).toList();
        return draw(new ChartSpec.Bars("postmortem-lag", "Days from incident to postmortem, " + review.quarter(),
                "Bars: postmortems by days between the incident and the postmortem; target at most " + lag.targetDays()
                        + " days.",
                "Days from incident to postmortem", "Postmortems", b.stream().map(QualityReview.Bucket::label).toList(),
                List.of(Series.bar("within " + lag.targetDays() + " days", within, 2),
                        Series.bar("later", late, 1)),
                false, true, true, false, true), HEIGHT - 30);
    }

    private static ChartImage draw(ChartSpec spec, int height) {
        return ChartRenderer.render(spec, height);
    }

    static String abbrev(TimingMetric m) {
        return switch (m) {
            case TTD -> "TTD";
            case TTA -> "TTA";
            case TTM -> "TTM";
            case TTR -> "TTR";
            case TIME_TO_ROLLBACK -> "Rollback";
            default -> m.label();
        };
    }

    /** customer_report -> customer report; unset -> no priority. */
    static String label(String key) {
        return switch (key) {
            case "unset" -> "no priority";
            case "unknown" -> "not stated";
            default -> key.replace('_', ' ');
        };
    }

    static String shorten(String s, int max) {
        if (s.codePointCount(0, s.length()) <= max) {
            return s;
        }
        int end = s.offsetByCodePoints(0, max - 1);
        return s.substring(0, end).stripTrailing() + "\u2026";
    }
}
