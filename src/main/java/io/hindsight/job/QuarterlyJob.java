package io.hindsight.job;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.row_number;

import io.hindsight.analyse.CauseSummary;
import io.hindsight.analyse.IncidentDigest;
import io.hindsight.analyse.ReviewInput;
import io.hindsight.analyse.RunStats;
import io.hindsight.analyse.causes.CauseCluster;
import io.hindsight.analyse.causes.ClusteringConfig;
import io.hindsight.analyse.causes.QuarterlyReview;
import io.hindsight.analyse.causes.QuarterlyReviews;
import io.hindsight.analyse.causes.Taxonomy;
import io.hindsight.analyse.causes.TaxonomyException;
import io.hindsight.ingest.Rejection;
import io.hindsight.model.Incident;
import io.hindsight.model.IncidentRecord;
import io.hindsight.model.Quarter;
import io.hindsight.model.Severity;
import io.hindsight.report.data.DataFiles;
import io.hindsight.report.data.IncidentJson;
import io.hindsight.spark.CauseStage;
import io.hindsight.spark.ExtractPartition;
import io.hindsight.spark.ExtractedRows;
import io.hindsight.spark.HadoopConf;
import io.hindsight.spark.InputFile;
import io.hindsight.spark.InputListing;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;

/**
 * The quarterly review as a Spark job. Stages, each with a Spark job description so the UI
 * reads like the pipeline:
 * <ol>
 *   <li>list the input once on the driver ({@link InputListing});</li>
 *   <li>read, parse and extract in the executors ({@link ExtractPartition});</li>
 *   <li>deduplicate incident ids (the first location in path order wins);</li>
 *   <li>cluster contributing factors and root causes into recurring causes ({@link CauseStage}):
 *       on a cluster with many factors in the executors, where only shared-word counts, the
 *       links between distinct factors and the clusters reach the driver; else on the driver;</li>
 *   <li>aggregate: only the review window's incidents and compact digests reach the driver;</li>
 *   <li>write the data files and the report into a temporary folder, then rename it into place.</li>
 * </ol>
 */
public final class QuarterlyJob {
    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_TOO_MANY_REJECTS = 3;
    /** Files per partition the partitioning aims for: big enough to amortise task cost, small enough to balance. */
    static final int FILES_PER_PARTITION = 500;
    /**
     * Spark setting ({@code --conf}, or {@code -D} for {@code scripts/hindsight}) for the most
     * factors clustered on the driver rather than in the executors; 0: always in the executors.
     * By default {@link CauseStage#DRIVER_MAX_FACTORS} on a cluster, and no limit in local mode:
     * there the driver is the only executor, holds the factors either way, and the distributed
     * steps only add shuffles (429,134 factors: 57 s on the driver against about 150 s, and a
     * higher peak RSS).
     */
    public static final String DRIVER_MAX_FACTORS_CONF = "spark.hindsight.causes.driverMaxFactors";
    /** Seconds between progress lines while a long stage runs. */
    static final int PROGRESS_SECONDS = 5;

    private final SparkSession spark;
    private final PrintStream err;
    private final int partitionsOverride;

    public QuarterlyJob(SparkSession spark, PrintStream err) {
        this(spark, err, 0);
    }

    /** With a fixed number of read partitions (0: chosen from the corpus size and the cores), for tests. */
    QuarterlyJob(SparkSession spark, PrintStream err, int partitionsOverride) {
        this.spark = spark;
        this.err = err;
        this.partitionsOverride = partitionsOverride;
    }

    /** How the run ended, and the seconds each stage took. */
    public record Result(int exitCode, String message, Map<String, Double> stageSeconds) {
    }

    /** A problem the user can fix by changing the command: exit 2. */
    public static final class UsageProblem extends Exception {
        private static final long serialVersionUID = 1L;

        public UsageProblem(String message) {
            super(message);
        }
    }

    /**
     * Starts a session (the master from spark-submit, else {@code master}), runs, and stops it.
     */
    public static Result runInSession(JobConfig cfg, String master, PrintStream err) throws UsageProblem, IOException {
        SparkSession spark = SparkSessions.start(master);
        try {
            return new QuarterlyJob(spark, err).run(cfg);
        } finally {
            spark.stop();
        }
    }

    public Result run(JobConfig cfg) throws UsageProblem, IOException {
        Progress progress = new Progress(err);
        Map<String, Double> seconds = new LinkedHashMap<>();
        long driverMaxFactors = driverMaxFactors(spark.conf().get(DRIVER_MAX_FACTORS_CONF, null),
                spark.sparkContext().isLocal());
        Taxonomy taxonomy;
        try {
            taxonomy = cfg.taxonomy().isPresent() ? Taxonomy.load(cfg.taxonomy().get()) : Taxonomy.builtIn();
        } catch (TaxonomyException e) {
            throw new UsageProblem(e.getMessage());
        }
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());

        // 1. list
        jsc.setJobDescription("1 list input");
        InputListing.Listing listing;
        try {
            listing = InputListing.list(cfg.input(), hadoop);
        } catch (InputListing.InputProblem e) {
            throw new UsageProblem(e.getMessage());
        }
        OutputFolder out;
        try {
            out = OutputFolder.open(cfg.out(), cfg.force(), hadoop);
        } catch (OutputFolder.OutProblem e) {
            throw new UsageProblem(e.getMessage());
        }
        try (out) {
            seconds.put("list", progress.stageSeconds());
            progress.stage("list", listing.filesSeen() + " files, " + listing.files().size() + " to read, "
                    + (listing.filesSeen() - listing.files().size()) + " skipped by extension");

            // 2. read, parse, extract
            List<InputFile> files = listing.files();
            useCodegen(spark, files.size());
            int partitions = partitionsOverride > 0 ? Math.min(partitionsOverride, Math.max(1, files.size()))
                    : partitions(files.size(), jsc.defaultParallelism());
            jsc.setJobDescription("2 read, parse and extract " + files.size() + " files in " + partitions + " partitions");
            LongAccumulator filesDone = jsc.sc().longAccumulator("files done");
            JavaRDD<Row> extracted = jsc.parallelize(files, partitions)
                    .mapPartitions(new ExtractPartition(jsc.broadcast(new HadoopConf(hadoop)), cfg.maxFileSize(), filesDone));
            // Cached on disk, not in the heap: the rows carry every incident's JSON, which at
            // 100,000 postmortems left a 2 GB executor no room to build the next cache.
            Dataset<Row> rows = spark.createDataFrame(extracted, ExtractedRows.SCHEMA).persist(StorageLevel.DISK_ONLY());
            long rowCount;
            try (Progress.Ticker ticker = progress.every(PROGRESS_SECONDS,
                    () -> "extract " + filesDone.value() + " / " + files.size() + " files")) {
                rowCount = rows.count();
            }
            seconds.put("read_parse_extract", progress.stageSeconds());
            progress.stage("extract", files.size() + " files done / " + files.size() + " (" + rowCount + " rows)");

            // 3. deduplicate
            jsc.setJobDescription("3 deduplicate incident ids");
            // Ranked on the ids and locations alone: the incidents' JSON is never shuffled. The
            // copies that lose (few) come to the driver, and every later step leaves out their
            // locations, which are unique to one incident each.
            WindowSpec byId = Window.partitionBy("id").orderBy("location");
            Dataset<Row> incidentRows = rows.filter(col("kind").equalTo(ExtractedRows.INCIDENT));
            List<Row> duplicateRows = incidentRows.select("id", "location", "path")
                    .withColumn("rank", row_number().over(byId))
                    .withColumn("kept_location", first("location").over(byId))
                    .filter(col("rank").gt(1)).select("id", "location", "kept_location", "path")
                    .orderBy("location").collectAsList();
            Object[] droppedLocations = duplicateRows.stream().map(d -> d.getString(1)).toArray();
            Dataset<Row> kept = incidentRows.filter(not(col("location").isin(droppedLocations)))
                    .persist(StorageLevel.DISK_ONLY());
            Row totals = kept.agg(count_distinct(col("path")), count(lit(1)), coalesce(sum("warnings"), lit(0L))).first();
            long parsedFiles = totals.getLong(0);
            long incidentsTotal = totals.getLong(1);
            long warningCount = totals.getLong(2);
            Map<String, List<String>> alsoFoundIn = new HashMap<>();
            List<RunStats.Reject> rejects = new ArrayList<>();
            for (Row d : duplicateRows) {
                alsoFoundIn.computeIfAbsent(d.getString(0), k -> new ArrayList<>()).add(d.getString(1));
                rejects.add(new RunStats.Reject(d.getString(1), Rejection.Reason.DUPLICATE.code(),
                        "incident id '" + d.getString(0) + "' is also in " + d.getString(2) + "; that one is kept"));
            }
            for (Row r : rows.filter(col("kind").equalTo(ExtractedRows.REJECT)).select("location", "reason", "detail")
                    .collectAsList()) {
                rejects.add(new RunStats.Reject(r.getString(0), r.getString(1), r.getString(2)));
            }
            rejects.sort(Comparator.comparing(RunStats.Reject::path).thenComparing(RunStats.Reject::reason)
                    .thenComparing(RunStats.Reject::detail));
            long rejectedFiles = files.size() - parsedFiles;
            warningCount += duplicateRows.size();
            RunStats stats = new RunStats(listing.filesSeen(), parsedFiles, rejectedFiles, listing.skippedByExtension(), warningCount,
                    incidentsTotal, rejects);
            seconds.put("deduplicate", progress.stageSeconds());
            progress.stage("deduplicate", incidentsTotal + " incidents, " + duplicateRows.size() + " duplicates, "
                    + rejectedFiles + " files rejected");

            // 4. cluster, with the factors spread over the executors
            jsc.setJobDescription("4 cluster contributing factors and root causes");
            // A factor row carries its incident's location: the kept incidents' factors are those
            // of locations not dropped as duplicates.
            Dataset<Row> factorRows = rows.filter(col("kind").equalTo(ExtractedRows.FACTOR))
                    .filter(not(col("location").isin(droppedLocations)));
            CauseStage.Result causes = CauseStage.run(spark, factorRows, taxonomy, ClusteringConfig.defaults(), cfg.quarter(),
                    driverMaxFactors);
            List<CauseCluster> clusters = causes.clusters();
            Dataset<Row> clustersOfIncident = causes.factors().filter(col("cluster_id").isNotNull())
                    .groupBy(col("incident_id")).agg(sort_array(collect_set("cluster_id")).as("cluster_ids"),
                            max(when(col("root_cause"), col("cluster_id"))).as("root_cluster_id"))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            // Broadcast: a few cluster ids per incident, joined to the incidents without moving their JSON.
            Dataset<Row> incidents = kept.join(broadcast(clustersOfIncident),
                    kept.col("id").equalTo(clustersOfIncident.col("incident_id")), "left");
            seconds.put("cluster", progress.stageSeconds());
            progress.stage("cluster", causes.factorCount() + " factors into " + clusters.size() + " recurring causes");

            // 5. aggregate: the window's incidents in full, digests of all
            jsc.setJobDescription("5 aggregate the review window and incident digests");
            List<String> windowQuarters = new ArrayList<>();
            for (Quarter q = cfg.windowStart(); q.compareTo(cfg.quarter()) <= 0; q = q.plus(1)) {
                windowQuarters.add(q.toString());
            }
            List<IncidentRecord> window = new ArrayList<>();
            for (Row r : incidents.filter(col("quarter").isin(windowQuarters.toArray())).select("id", "json", "cluster_ids", "root_cluster_id")
                    .orderBy("id").collectAsList()) {
                window.add(withAnalysis(IncidentJson.read(r.getString(1)), clusterIds(r, 2), Optional.ofNullable(r.getString(3)), alsoFoundIn));
            }
            List<IncidentDigest> digests = new ArrayList<>();
            for (Row r : incidents.select("id", "date", "quarter", "severity", "actions", "actions_done", "cluster_ids")
                    .orderBy("id").collectAsList()) {
                digests.add(new IncidentDigest(r.getString(0), Optional.ofNullable(r.getString(1)).map(LocalDate::parse),
                        Optional.ofNullable(r.getString(2)).map(Quarter::parse), Optional.ofNullable(r.getString(3)).map(Severity::valueOf),
                        r.getInt(4), r.getInt(5), clusterIds(r, 6)));
            }
            Map<String, List<String>> actionTexts = new TreeMap<>();
            for (IncidentRecord r : window) {
                actionTexts.put(r.id(), r.incident().actionItems().stream().map(a -> a.action()).toList());
            }
            Map<String, Set<String>> themesOfIncident = new TreeMap<>();
            for (Row r : causes.factors().filter(col("quarter").equalTo(cfg.quarter().toString()))
                    .select("incident_id", "theme").distinct().collectAsList()) {
                themesOfIncident.computeIfAbsent(r.getString(0), k -> new TreeSet<>()).add(r.getString(1));
            }
            QuarterlyReview quarterly = QuarterlyReviews.build(clusters, cfg.quarter(), themesOfIncident, actionTexts, taxonomy);
            ReviewInput input = ReviewInputs.of(cfg, window, digests, clusters, quarterly, taxonomy, stats);
            seconds.put("aggregate", progress.stageSeconds());
            progress.stage("aggregate", window.size() + " incidents in " + windowQuarters.get(0) + ".." + cfg.quarter()
                    + ", " + digests.size() + " digests");

            // 6. write
            jsc.setJobDescription("6 write data files and report");
            Iterator<Row> sorted = incidents.select("id", "json", "cluster_ids", "root_cluster_id").orderBy("id").toLocalIterator();
            Iterator<IncidentRecord> records = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return sorted.hasNext();
                }

                @Override
                public IncidentRecord next() {
                    Row r = sorted.next();
                    return withAnalysis(IncidentJson.read(r.getString(1)), clusterIds(r, 2), Optional.ofNullable(r.getString(3)), alsoFoundIn);
                }
            };
            try (OutputStream incidentsOut = out.create("data/incidents.jsonl");
                 OutputStream actions = out.create("data/action_items.csv")) {
                DataFiles.writeIncidents(records, incidentsOut, actions, cfg.asOf());
            }
            Iterator<Row> factorLines = causes.factors().filter(not(col("root_cause")))
                    .select("incident_id", "text", "cluster_id", "theme").orderBy("incident_id", "ordinal").toLocalIterator();
            try (OutputStream o = out.create("data/factors.jsonl")) {
                DataFiles.jsonLines(new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return factorLines.hasNext();
                    }

                    @Override
                    public Map<String, Object> next() {
                        Row f = factorLines.next();
                        return ClusterFiles.factorRow(f.getString(0), f.getString(1), f.getString(2), f.getString(3));
                    }
                }, o);
            }
            try (OutputStream o = out.create("data/clusters.json")) {
                DataFiles.json(ClusterFiles.clusters(clusters, taxonomy), o);
            }
            try (OutputStream o = out.create("data/rejects.csv")) {
                DataFiles.writeRejects(rejects, o);
            }
            ReportStage.Written report = ReportStage.write(input, out);
            try (OutputStream o = out.create("data/summary.json")) {
                DataFiles.json(SummaryFile.of(cfg, stats, duplicateRows.size(), report.headline(), input), o);
            }
            out.commit();
            causes.release();
            clustersOfIncident.unpersist();
            rows.unpersist();
            kept.unpersist();
            seconds.put("write_and_report", progress.stageSeconds());
            progress.stage("write", "report " + report.bytes() + " bytes, " + report.charts() + " charts -> " + out.location());
            seconds.put("total", progress.totalSeconds());

            long readable = stats.parsed() + stats.rejected();
            double rate = readable == 0 ? 0 : (double) stats.rejected() / readable;
            if (rate > cfg.maxRejectRate()) {
                return new Result(EXIT_TOO_MANY_REJECTS, String.format(java.util.Locale.ROOT,
                        "%d of %d readable files rejected (%.0f%%), over --max-reject-rate %.2f; see data/rejects.csv",
                        stats.rejected(), readable, 100 * rate, cfg.maxRejectRate()), seconds);
            }
            return new Result(EXIT_OK, "wrote " + out.location(), seconds);
        }
    }

    /** Below this many files Spark SQL runs interpreted: compiling each query's generated code costs more than it saves. */
    static final int CODEGEN_MIN_FILES = 1000;

    /**
     * Spark compiles generated Java (Janino) for each of the job's eight queries, about half a
     * second each before any data moves. On the 67 postmortems of data/postmortems interpreted
     * execution took the run from 21.3 s to 16.8 s with the same output; on large corpora the
     * compiled code pays for itself.
     */
    static void useCodegen(SparkSession spark, int files) {
        boolean compile = files >= CODEGEN_MIN_FILES;
        spark.conf().set("spark.sql.codegen.wholeStage", String.valueOf(compile));
        spark.conf().set("spark.sql.codegen.factoryMode", compile ? "FALLBACK" : "NO_CODEGEN");
    }

    static int partitions(int files, int parallelism) {
        if (files == 0) {
            return 1;
        }
        int wanted = Math.max(2 * parallelism, (files + FILES_PER_PARTITION - 1) / FILES_PER_PARTITION);
        return Math.max(1, Math.min(files, wanted));
    }

    /** The {@link #DRIVER_MAX_FACTORS_CONF} setting, or its default for the master. */
    static long driverMaxFactors(String setting, boolean localMode) throws UsageProblem {
        if (setting == null) {
            return localMode ? Long.MAX_VALUE : CauseStage.DRIVER_MAX_FACTORS;
        }
        try {
            long value = Long.parseLong(setting.strip());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageProblem(DRIVER_MAX_FACTORS_CONF + " must be a whole number of factors, 0 or more; got '" + setting + "'");
    }

    /** The sorted cluster ids in a row's column, none when the incident has no clustered factor. */
    private static List<String> clusterIds(Row r, int column) {
        return r.isNullAt(column) ? List.of() : List.copyOf(r.<String>getList(column));
    }

    private static IncidentRecord withAnalysis(IncidentRecord r, List<String> clusterIds, Optional<String> rootClusterId,
                                               Map<String, List<String>> alsoFoundIn) {
        Incident i = r.incident();
        List<String> dups = alsoFoundIn.get(i.id());
        if (dups != null) {
            List<String> warnings = new ArrayList<>(i.warnings());
            for (String d : dups) {
                warnings.add("the same incident id is also in " + d + " (that copy was not imported)");
            }
            i = i.withWarnings(warnings);
        }
        return new IncidentRecord(i, r.quality(), clusterIds, rootClusterId);
    }

    static List<CauseSummary> causeSummaries(List<CauseCluster> clusters, Taxonomy t) {
        List<CauseSummary> out = new ArrayList<>();
        for (CauseCluster k : clusters) {
            String themeName = t.theme(k.theme()).map(th -> th.name()).orElse(k.theme());
            out.add(new CauseSummary(k.id(), k.label(), k.topTerms(), k.size(), k.incidentIds(), k.countByQuarter(), k.theme(),
                    themeName, k.example(), k.trend().name().toLowerCase(java.util.Locale.ROOT)));
        }
        return out;
    }
}
