package io.hindsight.job;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.row_number;

import io.hindsight.analyse.CauseSummary;
import io.hindsight.analyse.IncidentDigest;
import io.hindsight.analyse.ReviewInput;
import io.hindsight.analyse.RunStats;
import io.hindsight.analyse.causes.CauseCluster;
import io.hindsight.analyse.causes.CauseClusterer;
import io.hindsight.analyse.causes.Clustering;
import io.hindsight.analyse.causes.ClusteringConfig;
import io.hindsight.analyse.causes.FactorInput;
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
import java.util.SortedMap;
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
 *   <li>cluster contributing factors and root causes into recurring causes (driver, near-linear);</li>
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
                    .mapPartitions(new ExtractPartition(new HadoopConf(hadoop), cfg.maxFileSize(), filesDone));
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

            // 4. cluster
            jsc.setJobDescription("4 cluster contributing factors and root causes");
            // A factor row carries its incident's location: the kept incidents' factors are those
            // of locations not dropped as duplicates.
            List<Row> factorRows = rows.filter(col("kind").equalTo(ExtractedRows.FACTOR))
                    .filter(not(col("location").isin(droppedLocations)))
                    .select("id", "quarter", "ordinal", "text", "root_cause")
                    .orderBy("id", "ordinal").collectAsList();
            List<FactorInput> factors = new ArrayList<>(factorRows.size());
            for (Row f : factorRows) {
                Optional<Quarter> q = Optional.ofNullable(f.getString(1)).map(Quarter::parse);
                factors.add(new FactorInput(factorId(f.getString(0), f.getInt(2)), f.getString(0), q, f.getString(3), f.getBoolean(4)));
            }
            Clustering clustering = new CauseClusterer(taxonomy, ClusteringConfig.defaults()).cluster(factors, cfg.quarter());
            Map<String, SortedMap<String, Boolean>> clustersOfIncident = clustersOfIncident(factors, clustering);
            seconds.put("cluster", progress.stageSeconds());
            progress.stage("cluster", factors.size() + " factors into " + clustering.clusters().size() + " recurring causes");

            // 5. aggregate: the window's incidents in full, digests of all
            jsc.setJobDescription("5 aggregate the review window and incident digests");
            List<String> windowQuarters = new ArrayList<>();
            for (Quarter q = cfg.windowStart(); q.compareTo(cfg.quarter()) <= 0; q = q.plus(1)) {
                windowQuarters.add(q.toString());
            }
            List<IncidentRecord> window = new ArrayList<>();
            for (Row r : kept.filter(col("quarter").isin(windowQuarters.toArray())).select("id", "json").orderBy("id").collectAsList()) {
                window.add(withAnalysis(IncidentJson.read(r.getString(1)), clustersOfIncident, alsoFoundIn));
            }
            List<IncidentDigest> digests = new ArrayList<>();
            for (Row r : kept.select("id", "date", "quarter", "severity", "actions", "actions_done").orderBy("id").collectAsList()) {
                digests.add(new IncidentDigest(r.getString(0), Optional.ofNullable(r.getString(1)).map(LocalDate::parse),
                        Optional.ofNullable(r.getString(2)).map(Quarter::parse), Optional.ofNullable(r.getString(3)).map(Severity::valueOf),
                        r.getInt(4), r.getInt(5), List.copyOf(clustersOfIncident.getOrDefault(r.getString(0), new TreeMap<>()).keySet())));
            }
            Map<String, List<String>> actionTexts = new TreeMap<>();
            for (IncidentRecord r : window) {
                actionTexts.put(r.id(), r.incident().actionItems().stream().map(a -> a.action()).toList());
            }
            QuarterlyReview quarterly = QuarterlyReviews.build(clustering, cfg.quarter(), actionTexts, taxonomy);
            ReviewInput input = ReviewInputs.of(cfg, window, digests, clustering, quarterly, taxonomy, stats);
            seconds.put("aggregate", progress.stageSeconds());
            progress.stage("aggregate", window.size() + " incidents in " + windowQuarters.get(0) + ".." + cfg.quarter()
                    + ", " + digests.size() + " digests");

            // 6. write
            jsc.setJobDescription("6 write data files and report");
            Iterator<Row> sorted = kept.select("id", "json").orderBy("id").toLocalIterator();
            Iterator<IncidentRecord> records = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return sorted.hasNext();
                }

                @Override
                public IncidentRecord next() {
                    return withAnalysis(IncidentJson.read(sorted.next().getString(1)), clustersOfIncident, alsoFoundIn);
                }
            };
            try (OutputStream incidents = out.create("data/incidents.jsonl");
                 OutputStream actions = out.create("data/action_items.csv")) {
                DataFiles.writeIncidents(records, incidents, actions, cfg.asOf());
            }
            try (OutputStream o = out.create("data/factors.jsonl")) {
                DataFiles.jsonLines(ClusterFiles.factorRows(factors, clustering).iterator(), o);
            }
            try (OutputStream o = out.create("data/clusters.json")) {
                DataFiles.json(ClusterFiles.clusters(clustering, taxonomy), o);
            }
            try (OutputStream o = out.create("data/rejects.csv")) {
                DataFiles.writeRejects(rejects, o);
            }
            ReportStage.Written report = ReportStage.write(input, out);
            try (OutputStream o = out.create("data/summary.json")) {
                DataFiles.json(SummaryFile.of(cfg, stats, duplicateRows.size(), report.headline(), input), o);
            }
            out.commit();
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

    static String factorId(String incidentId, int ordinal) {
        return incidentId + "#" + ordinal;
    }

    /** Incident id -> its cluster ids (sorted), from the factors' cluster assignments. */
    private static Map<String, SortedMap<String, Boolean>> clustersOfIncident(List<FactorInput> factors, Clustering c) {
        Map<String, SortedMap<String, Boolean>> out = new HashMap<>();
        for (FactorInput f : factors) {
            String cluster = c.clusterOfFactor().get(f.factorId());
            if (cluster != null) {
                out.computeIfAbsent(f.incidentId(), k -> new TreeMap<>()).put(cluster, Boolean.TRUE);
            }
        }
        return out;
    }

    private static IncidentRecord withAnalysis(IncidentRecord r, Map<String, SortedMap<String, Boolean>> clusters,
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
        List<String> ids = List.copyOf(new TreeSet<>(clusters.getOrDefault(i.id(), new TreeMap<>()).keySet()));
        return new IncidentRecord(i, r.quality(), ids);
    }

    static List<CauseSummary> causeSummaries(Clustering c, Taxonomy t) {
        List<CauseSummary> out = new ArrayList<>();
        for (CauseCluster k : c.clusters()) {
            String themeName = t.theme(k.theme()).map(th -> th.name()).orElse(k.theme());
            out.add(new CauseSummary(k.id(), k.label(), k.topTerms(), k.size(), k.incidentIds(), k.countByQuarter(), k.theme(),
                    themeName, k.example(), k.trend().name().toLowerCase(java.util.Locale.ROOT)));
        }
        return out;
    }
}
