package io.hindsight.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.analyse.causes.CauseClusterer;
import io.hindsight.analyse.causes.Clustering;
import io.hindsight.analyse.causes.ClusteringConfig;
import io.hindsight.analyse.causes.FactorInput;
import io.hindsight.analyse.causes.Taxonomy;
import io.hindsight.job.SharedSpark;
import io.hindsight.model.Quarter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * The job's clustering in Spark ({@link CauseStage}) against the clusterer in one JVM
 * ({@link CauseClusterer}): the same clusters, labels, themes and assignments, on the
 * 495 labelled factors of {@code bench/cause-labels.tsv} spread over many incidents,
 * quarters and partitions.
 */
class CauseStageTest {
    private static final Quarter REVIEW = Quarter.parse("2026-Q3");
    private static final StructType FACTORS = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("quarter", DataTypes.StringType, true)
            .add("ordinal", DataTypes.IntegerType, false)
            .add("text", DataTypes.StringType, false)
            .add("root_cause", DataTypes.BooleanType, false);

    /** The tuned configuration, and one whose blocks of more than 4 are linked by sorted neighbourhood. */
    private static final List<ClusteringConfig> CONFIGS = List.of(ClusteringConfig.defaults(),
            ClusteringConfig.defaults().withBlocking(8, 4));

    @Test
    void sparkStageGivesTheClustersOfTheLocalClusterer() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("bench/cause-labels.tsv"), StandardCharsets.UTF_8);
        List<FactorInput> factors = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String text = lines.get(i).split("\t", 2)[1];
            String incident = String.format("INC-%03d", i % 180);
            int ordinal = i / 180;
            // every seventh incident is undated; the rest spread over five quarters
            Optional<Quarter> quarter = i % 180 % 7 == 0 ? Optional.empty() : Optional.of(REVIEW.plus(-(i % 5)));
            factors.add(new FactorInput(CauseStage.factorId(incident, ordinal), incident, quarter, text, ordinal == 0));
            rows.add(RowFactory.create(incident, quarter.map(Quarter::toString).orElse(null), ordinal, text, ordinal == 0));
        }
        SparkSession spark = SharedSpark.get();
        Dataset<Row> input = spark.createDataFrame(rows, FACTORS).repartition(5);
        for (ClusteringConfig config : CONFIGS) {
            sameClusters(spark, input, factors, config);
        }
    }

    private static void sameClusters(SparkSession spark, Dataset<Row> input, List<FactorInput> factors,
            ClusteringConfig config) {
        Clustering local = new CauseClusterer(Taxonomy.builtIn(), config).cluster(factors, REVIEW);
        CauseStage.Result distributed = CauseStage.run(spark, input, Taxonomy.builtIn(), config, REVIEW, 0);
        try {
            assertThat(local.clusters()).hasSizeGreaterThan(15);
            assertThat(distributed.clusters()).isEqualTo(local.clusters());
            assertThat(distributed.factorCount()).isEqualTo(factors.size());

            Map<String, String> clusterOf = new TreeMap<>();
            Map<String, String> themeOf = new TreeMap<>();
            for (Row r : distributed.factors().select("factor_id", "cluster_id", "theme").collectAsList()) {
                if (!r.isNullAt(1)) {
                    clusterOf.put(r.getString(0), r.getString(1));
                }
                themeOf.put(r.getString(0), r.getString(2));
            }
            assertThat(clusterOf).isEqualTo(local.clusterOfFactor());
            assertThat(themeOf).isEqualTo(local.themeOfFactor());
            CauseStage.Result onDriver = CauseStage.run(spark, input, Taxonomy.builtIn(), config, REVIEW, factors.size());
            assertThat(onDriver.nodes()).as("clustered on the driver").isEqualTo(-1);
            assertThat(onDriver.clusters()).isEqualTo(local.clusters());
            assertThat(onDriver.factors().orderBy("factor_id").collectAsList())
                    .isEqualTo(distributed.factors().orderBy("factor_id").collectAsList());
        } finally {
            distributed.release();
        }
    }
}
