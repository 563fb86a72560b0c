package io.hindsight.spark;

import static org.apache.spark.sql.functions.arrays_zip;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;

import io.hindsight.analyse.causes.CandidateLinker;
import io.hindsight.analyse.causes.CauseCluster;
import io.hindsight.analyse.causes.CauseClusterer;
import io.hindsight.analyse.causes.Clustering;
import io.hindsight.analyse.causes.ClusteringConfig;
import io.hindsight.analyse.causes.FactorAnalyzer;
import io.hindsight.analyse.causes.FactorInput;
import io.hindsight.analyse.causes.FeatureSpace;
import io.hindsight.analyse.causes.Taxonomy;
import io.hindsight.text.WordLists;
import io.hindsight.model.Quarter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stage 4 of the job: contributing factors and root causes grouped into recurring causes,
 * with the factors spread over the executors. The same steps as {@link CauseClusterer}, and
 * the same clusters; only these reach the driver:
 *
 * <ol>
 *   <li><b>analyze</b> (partitions): each factor's words, capitals, shingles and theme
 *       ({@link CauseRows#ANALYZED});
 *   <li><b>count</b> (aggregation): document frequency and capitals of the words two or more
 *       factors share; the driver builds the {@link FeatureSpace} from these (vocabulary, not
 *       corpus) and broadcasts it;
 *   <li><b>weigh</b> (partitions): each factor's vector and blocking words; identical vectors
 *       become one node, numbered in order of their first factor id;
 *   <li><b>block and link</b> (aggregation by blocking word): each block's similar pairs
 *       ({@link CandidateLinker#linkBlock}); the distinct pairs (node numbers and a
 *       similarity) come to the driver;
 *   <li><b>group</b> (driver): {@link CauseClusterer#groupNodes} over the nodes' links;
 *   <li><b>describe</b> (aggregation by group): each group's label, terms, theme and
 *       quarters, from its members' texts; the clusters come to the driver.
 * </ol>
 *
 * Each factor's cluster and theme stay a Dataset ({@link Result#factors()}).
 */
public final class CauseStage {
    private static final Logger LOG = LoggerFactory.getLogger(CauseStage.class);

    private CauseStage() {}

    /** A factor's id: its incident's id and its position there (in Spark: {@code concat(id, '#', ordinal)}). */
    public static String factorId(String incidentId, int ordinal) {
        return incidentId + "#" + ordinal;
    }

    /**
     * @param clusters recurring causes, largest first, then by id
     * @param factors every factor with its cluster and theme ({@link CauseRows#ASSIGNED}), cached
     *     on disk: {@link #release()} it when done
     * @param factorCount factors read
     * @param nodes distinct vectors (-1 when clustered on the driver)
     * @param links distinct similar pairs (-1 when clustered on the driver)
     * @param broadcasts what the factors' lineage reads, released with them
     */
    public record Result(List<CauseCluster> clusters, Dataset<Row> factors, long factorCount, long nodes, long links,
            List<Broadcast<?>> broadcasts) {
        /** Drops the cached factors and the broadcast values their lineage reads. */
        public void release() {
            factors.unpersist();
            broadcasts.forEach(Broadcast::destroy);
        }
    }

    /**
     * On a cluster, up to this many factors (about 11,000 postmortems) the driver clusters them
     * itself with {@link CauseClusterer}: the same clusters (see {@code CauseStageTest}), some
     * 150 MB of driver heap at most, and faster than the ten Spark jobs of the distributed steps
     * (33,000 factors on 2 cores: 3 s against 18 s).
     */
    public static final long DRIVER_MAX_FACTORS = 50_000;

    /**
     * @param factorRows one row per factor: {@code id} (incident), {@code quarter}, {@code ordinal},
     *     {@code text}, {@code root_cause}
     * @param driverMaxFactors up to this many factors are clustered on the driver ({@link #DRIVER_MAX_FACTORS})
     */
    public static Result run(SparkSession spark, Dataset<Row> factorRows, Taxonomy taxonomy, ClusteringConfig config,
            Quarter review, long driverMaxFactors) {
        Objects.requireNonNull(taxonomy, "taxonomy");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(review, "review");
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        String taxonomyText = taxonomy.text();
        long started = System.nanoTime();
        Dataset<Row> input = factorRows.select("id", "quarter", "ordinal", "text", "root_cause");
        if (driverMaxFactors >= Integer.MAX_VALUE || input.limit((int) driverMaxFactors + 1).count() <= driverMaxFactors) {
            return onDriver(spark, input, taxonomy, config, review);
        }

        // 1. analyze
        Dataset<Row> analyzed = spark.createDataFrame(
                input.javaRDD().mapPartitions(new CausePartitions.Analyze(taxonomyText)), CauseRows.ANALYZED)
                .persist(StorageLevel.DISK_ONLY());
        long factorCount = analyzed.count();
        long analyzeAt = System.nanoTime();

        // 2. count the shared words, build the space on the driver
        FeatureSpace.Counts counts = new FeatureSpace.Counts().factors(factorCount);
        Iterator<Row> words = analyzed.select(explode(arrays_zip(col("words"), col("mid"), col("caps"))).as("w"))
                .groupBy(col("w.words")).agg(count(lit(1)).as("df"), sum("w.mid"), sum("w.caps"))
                .filter(col("df").geq(2)).toLocalIterator();
        while (words.hasNext()) {
            Row w = words.next();
            counts.addWord(w.getString(0), w.getLong(1), w.getLong(2), w.getLong(3));
        }
        if (config.bigramWeight() > 0) {
            Iterator<Row> pairs = analyzed.select(explode(col("shingles")).as("s")).groupBy("s")
                    .agg(count(lit(1)).as("df")).filter(col("df").geq(2)).toLocalIterator();
            while (pairs.hasNext()) {
                Row p = pairs.next();
                counts.addShingle(p.getString(0), p.getLong(1));
            }
        }
        FeatureSpace space;
        try (FactorAnalyzer analyzer = new FactorAnalyzer(taxonomy, WordLists.builtIn())) {
            space = analyzer.space(counts, config);
        }
        long countAt = System.nanoTime();
        Broadcast<FeatureSpace> sharedSpace = jsc.broadcast(space);

        // 3. weigh; identical vectors are one node, numbered by their first factor
        Dataset<Row> vectors = spark.createDataFrame(analyzed.javaRDD()
                .mapPartitions(new CausePartitions.Weigh(sharedSpace, config.blockingTerms())), CauseRows.VECTOR);
        Dataset<Row> distinct = vectors.groupBy("ids", "weights")
                .agg(min("factor_id").as("first"), first("keys").as("keys"), collect_list("factor_id").as("factor_ids"))
                .orderBy("first");
        int tasks = Math.max(2, 2 * jsc.defaultParallelism());
        Dataset<Row> nodes = spark.createDataFrame(fewer(distinct.select("keys", "ids", "weights", "factor_ids").javaRDD(), tasks)
                .zipWithIndex().map(CauseRows::node), CauseRows.NODE).persist(StorageLevel.DISK_ONLY());
        long nodeCount = nodes.count();
        long weighAt = System.nanoTime();
        if (nodeCount > Integer.MAX_VALUE) {
            throw new IllegalStateException("too many distinct factors: " + nodeCount);
        }

        // 4. block and link
        LongAccumulator comparisons = jsc.sc().longAccumulator("comparisons");
        Dataset<Row> blocks = nodes.select(explode(col("keys")).as("feature"), col("node"), col("keys"), col("ids"),
                        col("weights"))
                .groupBy("feature").agg(collect_list(struct("node", "keys", "ids", "weights")).as("members"))
                .filter(size(col("members")).geq(2));
        Dataset<Row> links = spark.createDataFrame(fewer(blocks.javaRDD(), tasks).mapPartitions(new CausePartitions.Link(config, comparisons)),
                CauseRows.LINK).dropDuplicates("a", "b");
        CandidateLinker.Growing found = new CandidateLinker.Growing();
        Iterator<Row> linkRows = links.toLocalIterator();
        while (linkRows.hasNext()) {
            Row l = linkRows.next();
            found.add(l.getInt(0), l.getInt(1), l.getDouble(2));
        }
        found.count(comparisons.value());
        CandidateLinker.Edges edges = found.distinct((int) nodeCount);
        long linkAt = System.nanoTime();

        // 5. group, on the driver: only node numbers and links
        int[] group = CauseClusterer.groupNodes((int) nodeCount, edges, config);
        long groupAt = System.nanoTime();
        Broadcast<int[]> groups = jsc.broadcast(group);

        // 6. describe each group that recurs
        Dataset<Row> factorGroup = spark.createDataFrame(nodes.select("node", "factor_ids", "ids", "weights").javaRDD()
                .mapPartitions(new CausePartitions.Group(groups)), CauseRows.FACTOR_GROUP);
        Dataset<Row> members = analyzed.select("factor_id", "incident_id", "quarter", "text", "theme_scores")
                .join(factorGroup, "factor_id")
                .groupBy("group").agg(collect_list(struct("factor_id", "incident_id", "quarter", "text", "theme_scores",
                        "ids", "weights")).as("members"))
                .filter(size(col("members")).geq(2));
        List<Row> described = spark.createDataFrame(fewer(members.javaRDD(), tasks)
                .mapPartitions(new CausePartitions.Describe(taxonomyText, sharedSpace, config, review)), CauseRows.CLUSTER)
                .collectAsList();
        long describeAt = System.nanoTime();
        List<CauseCluster> clusters = new ArrayList<>();
        List<Row> clusterOfGroup = new ArrayList<>();
        for (Row r : described) {
            CauseCluster c = CauseRows.cluster(r);
            clusters.add(c);
            clusterOfGroup.add(RowFactory.create(r.getInt(0), c.id(), c.theme()));
        }
        clusters.sort(CauseClusterer.BY_SIZE);

        Dataset<Row> assigned = analyzed
                .join(factorGroup, analyzed.col("factor_id").equalTo(factorGroup.col("factor_id")), "left")
                .join(broadcast(spark.createDataFrame(clusterOfGroup, CauseRows.GROUP_CLUSTER)),
                        factorGroup.col("group").equalTo(col("cluster_group")), "left")
                .select(analyzed.col("factor_id"), col("incident_id"), col("ordinal"), col("quarter"), col("text"),
                        col("root_cause"), col("cluster_id"), coalesce(col("cluster_theme"), col("theme_id")).as("theme"))
                .persist(StorageLevel.DISK_ONLY());
        assigned.count();
        nodes.unpersist();
        analyzed.unpersist();
        LOG.info("causes: {} factors, {} distinct vectors, {} comparisons, {} links, {} recurring causes; ms: analyze {}, "
                + "count {}, weigh {}, link {}, group {}, describe {}, assign {}", factorCount, nodeCount, comparisons.value(),
                edges.size(), clusters.size(), ms(started, analyzeAt), ms(analyzeAt, countAt), ms(countAt, weighAt),
                ms(weighAt, linkAt), ms(linkAt, groupAt), ms(groupAt, describeAt), ms(describeAt, System.nanoTime()));
        return new Result(List.copyOf(clusters), assigned, factorCount, nodeCount, edges.size(), List.of(sharedSpace, groups));
    }

    /**
     * A shuffle's rows in at most {@code tasks} partitions. Turned into an RDD, a grouping keeps
     * every shuffle partition (200 by default on a cluster), and 200 tiny tasks per step cost
     * more than the work; merging neighbouring partitions keeps their order.
     */
    private static <T> JavaRDD<T> fewer(JavaRDD<T> rdd, int tasks) {
        return rdd.getNumPartitions() > tasks ? rdd.coalesce(tasks) : rdd;
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /**
     * Factors clustered in this JVM; the result has the same shape. Only each factor's cluster
     * and theme go back into Spark, to be joined to the factors there.
     */
    private static Result onDriver(SparkSession spark, Dataset<Row> input, Taxonomy taxonomy, ClusteringConfig config,
            Quarter review) {
        List<FactorInput> factors = new ArrayList<>();
        for (Row f : input.collectAsList()) {
            factors.add(new FactorInput(factorId(f.getString(0), f.getInt(2)), f.getString(0),
                    Optional.ofNullable(f.getString(1)).map(Quarter::parse), f.getString(3), f.getBoolean(4)));
        }
        Clustering c = new CauseClusterer(taxonomy, config).cluster(factors, review);
        List<Row> assignment = new ArrayList<>(factors.size());
        for (FactorInput f : factors) {
            assignment.add(RowFactory.create(f.factorId(), c.clusterOfFactor().get(f.factorId()), c.themeOfFactor().get(f.factorId())));
        }
        Dataset<Row> table = spark.createDataFrame(assignment, CauseRows.ASSIGNMENT);
        Dataset<Row> assigned = input.withColumn("factor_id", concat(col("id"), lit("#"), col("ordinal")))
                .join(table, "factor_id")
                .select(col("factor_id"), col("id").as("incident_id"), col("ordinal"), col("quarter"), col("text"),
                        col("root_cause"), col("cluster_id"), col("theme"))
                .persist(StorageLevel.DISK_ONLY());
        assigned.count();
        return new Result(c.clusters(), assigned, factors.size(), -1, -1, List.of());
    }
}
