package io.hindsight.report;

import io.hindsight.report.chart.ChartImage;
import java.util.List;

/**
 * What the template shows: strings already formatted (and redacted when asked), lists already
 * ordered, charts already drawn. Built by {@link ReportViewBuilder} from a
 * {@link io.hindsight.analyse.Review}; the template only lays it out and escapes it.
 * Free text from postmortems travels as {@link Text.Segment} lists so that links can be kept
 * (http, https and mailto only) while every run is escaped.
 */
public record ReportView(
        Meta meta,
        List<String> glance,
        List<Kpi> kpis,
        Headline headline,
        Timings timings,
        Detection detection,
        Causes causes,
        Actions actions,
        Quality quality,
        Listed<IndexRow> index,
        Appendix appendix,
        int chartCount) {

    public record Meta(String title, String quarter, String asOf, String window, String previousQuarter,
                       String yearAgoQuarter, boolean redacted, int smallSample, int stallDays, int lagTarget) {
    }

    public record Kpi(String label, String value, String note) {
    }

    /** A median with its p90 and sample size; {@code small} flags n below the small-sample threshold. */
    public record Cell(boolean hasData, String median, String p90, String n, boolean small) {
    }

    public record Pair(String label, String value) {
    }

    /** A link to an incident's row in the index, or its id as text when it has no row. */
    public record Link(String text, String title, String anchor, boolean hasAnchor) {
    }

    public record Headline(List<SeverityRow> severity, List<KeyTimingRow> timings, List<ImpactRow> impact, ChartImage volumeChart) {
    }

    public record SeverityRow(String severity, String current, String previous, String changePrevious, String yearAgo,
                              String changeYearAgo, boolean total) {
    }

    public record KeyTimingRow(String metric, String median, String p90, String mean, String n, boolean small,
                               String previousMedian, String change) {
    }

    public record ImpactRow(String label, String current, String stated, String previous, String yearAgo) {
    }

    public record Timings(ChartImage trendChart, ChartImage distributionChart, ChartImage severityChart,
                          ChartImage serviceChart, List<String> trendHeader, List<TrendRow> trendRows,
                          List<DistributionRow> distribution, List<SeverityTimingRow> bySeverity,
                          List<ServiceTimingRow> byService) {
    }

    public record TrendRow(String metric, List<Cell> cells) {
    }

    public record DistributionRow(String metric, String n, boolean small, String min, String median, String p90,
                                  String mean, String max) {
    }

    public record SeverityTimingRow(String severity, String incidents, Cell ttd, Cell ttm, Cell ttr) {
    }

    public record ServiceTimingRow(String service, String incidents, Cell ttm, Cell ttr) {
    }

    public record Detection(ChartImage chart, String summary, List<DetectionRow> rows) {
    }

    public record DetectionRow(String method, String current, String share, String previous, String previousShare,
                               String change, Cell ttd) {
    }

    public record Causes(ChartImage causesChart, ChartImage themesChart, String summary, List<CauseRow> rows,
                         List<ThemeRow> themes, List<String> commonFactors, List<Investment> investments) {
    }

    public record CauseRow(String label, String theme, String thisQuarter, String previous, String overall, String trend,
                           List<Text.Segment> example, List<Link> incidents, String moreIncidents, String earlier,
                           boolean hasEarlier) {
    }

    public record ThemeRow(String name, String thisQuarter, String overall, String clusters) {
    }

    public record Investment(List<Text.Segment> recommendation, String evidence, boolean hasActionItems,
                             List<RichLine> actionItems) {
    }

    /** One line of free text. */
    public record RichLine(List<Text.Segment> segments) {
    }

    public record Actions(ChartImage rateChart, ChartImage overdueChart, String scope, List<Kpi> kpis, String hygiene,
                          List<RateRow> rates, List<PriorityRow> byPriority, Listed<ItemRow> overdueNotStalled, Listed<ItemRow> stalled,
                          Listed<ItemRow> missingOwnerOrDue, String recurrenceSummary, Listed<RecurrenceRow> recurrences) {
    }

    public record RateRow(String quarter, String items, String done, String inProgress, String open, String wontDo,
                          String rate, String due, String dueRate) {
    }

    public record PriorityRow(String priority, String items, String done, String notFinished, String overdue,
                              String stalled) {
    }

    public record ItemRow(Link incident, String itemId, List<Text.Segment> action, String owner, String due,
                          String priority, String status, String age, String overdue, boolean stalled) {
    }

    /**
     * A list the report cuts to stay e-mailable: the rows shown and, when some are left out, a
     * line saying how many and where they are.
     */
    public record Listed<T>(List<T> rows, boolean hasMore, String more) {
    }

    public record RecurrenceRow(Link incident, String cause, Link earlier, String earlierDate, String earlierDone,
                                boolean allDone) {
    }

    public record Quality(ChartImage scoreChart, ChartImage lagChart, String scoreSummary, List<FormalityRow> formality,
                          Listed<GapRow> incomplete, String blameSummary, List<BlameRow> blame, String lagSummary,
                          List<LateRow> late, List<MissingRow> missing) {
    }

    public record FormalityRow(String severity, String level, String format, String required, String incidents,
                               String complete, String score, String gaps) {
    }

    public record GapRow(Link incident, String severity, String score, String missing) {
    }

    public record BlameRow(Link incident, String phrase, String alternative) {
    }

    public record LateRow(Link incident, String days) {
    }

    public record MissingRow(Link incident, String severity, String reason, String status) {
    }

    public record IndexRow(String anchor, String id, String title, String date, String severity, String services,
                           String detection, String ttd, String ttm, String ttr, List<CauseRef> causes, String score,
                           String lag, String users, String actions, boolean hasWarnings, String warnings) {
    }

    public record CauseRef(String label) {
    }

    public record Appendix(List<Pair> counts, List<Pair> skipped, List<Pair> rejectReasons, Listed<RejectRow> rejects,
                           Listed<WarningRow> warnings, List<Pair> definitions) {
    }

    public record RejectRow(String path, String reason, List<Text.Segment> detail) {
    }

    public record WarningRow(Link incident, List<String> warnings) {
    }
}
