package io.hindsight.spark;

import io.hindsight.analyse.causes.CandidateLinker;
import io.hindsight.analyse.causes.CauseCluster;
import io.hindsight.analyse.causes.ClusteringConfig;
import io.hindsight.analyse.causes.FactorAnalyzer;
import io.hindsight.analyse.causes.FactorInput;
import io.hindsight.analyse.causes.FeatureSpace;
import io.hindsight.analyse.causes.SparseVector;
import io.hindsight.analyse.causes.Taxonomy;
import io.hindsight.analyse.causes.TaxonomyException;
import io.hindsight.text.WordLists;
import io.hindsight.model.Quarter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.LongAccumulator;

/**
 * The partition functions of {@link CauseStage}. Each builds what it needs (a Lucene analyzer
 * is not serializable) once per partition, and closes it there.
 */
final class CausePartitions {
    private CausePartitions() {}

    private static Taxonomy taxonomy(String text) {
        try {
            return Taxonomy.parse(text, "the job's taxonomy");
        } catch (TaxonomyException e) {
            throw new IllegalStateException("the taxonomy read on the driver no longer parses: " + e.getMessage(), e);
        }
    }

    /** Factor rows ({@code id, quarter, ordinal, text, root_cause}) to {@link CauseRows#ANALYZED} rows. */
    static final class Analyze implements FlatMapFunction<Iterator<Row>, Row> {
        private static final long serialVersionUID = 1L;
        private final String taxonomyText;

        Analyze(String taxonomyText) {
            this.taxonomyText = taxonomyText;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> factors) {
            List<Row> out = new ArrayList<>();
            try (FactorAnalyzer analyzer = new FactorAnalyzer(taxonomy(taxonomyText), WordLists.builtIn())) {
                while (factors.hasNext()) {
                    Row f = factors.next();
                    String incident = f.getString(0);
                    int ordinal = f.getInt(2);
                    FactorInput input = new FactorInput(CauseStage.factorId(incident, ordinal), incident,
                            Optional.ofNullable(f.getString(1)).map(Quarter::parse), f.getString(3), f.getBoolean(4));
                    FactorAnalyzer.Analyzed a = analyzer.analyze(input);
                    out.add(CauseRows.analyzed(a, analyzer.themeId(a.theme()), ordinal));
                }
            }
            return out.iterator();
        }
    }

    /** {@link CauseRows#ANALYZED} rows to {@link CauseRows#VECTOR} rows; factors without a vector are left out. */
    static final class Weigh implements FlatMapFunction<Iterator<Row>, Row> {
        private static final long serialVersionUID = 1L;
        private final Broadcast<FeatureSpace> space;
        private final int blockingTerms;

        Weigh(Broadcast<FeatureSpace> space, int blockingTerms) {
            this.space = space;
            this.blockingTerms = blockingTerms;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> analyzed) {
            FeatureSpace s = space.value();
            List<Row> out = new ArrayList<>();
            while (analyzed.hasNext()) {
                Row r = analyzed.next();
                SparseVector v = s.vector(CauseRows.terms(r));
                if (!v.isEmpty()) {
                    out.add(CauseRows.vector(r.getString(0), v, CandidateLinker.blockingKeys(v, s, blockingTerms)));
                }
            }
            return out.iterator();
        }
    }

    /** Blocks ({@code feature, members: [node, keys, ids, weights]}) to {@link CauseRows#LINK} rows. */
    static final class Link implements FlatMapFunction<Iterator<Row>, Row> {
        private static final long serialVersionUID = 1L;
        private final ClusteringConfig config;
        private final LongAccumulator comparisons;

        Link(ClusteringConfig config, LongAccumulator comparisons) {
            this.config = config;
            this.comparisons = comparisons;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> blocks) {
            List<Row> out = new ArrayList<>();
            while (blocks.hasNext()) {
                Row block = blocks.next();
                List<Row> rows = block.getList(1);
                List<CandidateLinker.BlockMember> members = new ArrayList<>(rows.size());
                for (Row m : rows) {
                    members.add(new CandidateLinker.BlockMember(m.getInt(0), CauseRows.ints(m.getList(1)), CauseRows.vector(m)));
                }
                comparisons.add(CandidateLinker.linkBlock(block.getInt(0), members, config,
                        (a, b, s) -> out.add(RowFactory.create(a, b, s))));
            }
            return out.iterator();
        }
    }

    /** Nodes ({@code node, factor_ids, ids, weights}) to {@link CauseRows#FACTOR_GROUP} rows, by the grouping made on the driver. */
    static final class Group implements FlatMapFunction<Iterator<Row>, Row> {
        private static final long serialVersionUID = 1L;
        private final Broadcast<int[]> groups;

        Group(Broadcast<int[]> groups) {
            this.groups = groups;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> nodes) {
            int[] group = groups.value();
            List<Row> out = new ArrayList<>();
            while (nodes.hasNext()) {
                Row n = nodes.next();
                int g = group[n.getInt(0)];
                Object ids = n.get(2);
                Object weights = n.get(3);
                for (Object factor : n.getList(1)) {
                    out.add(RowFactory.create(factor, g, ids, weights));
                }
            }
            return out.iterator();
        }
    }

    /**
     * Groups ({@code group, members: [factor_id, incident_id, quarter, text, theme_scores, ids,
     * weights]}) to {@link CauseRows#CLUSTER} rows.
     */
    static final class Describe implements FlatMapFunction<Iterator<Row>, Row> {
        private static final long serialVersionUID = 1L;
        private final String taxonomyText;
        private final Broadcast<FeatureSpace> space;
        private final ClusteringConfig config;
        private final String review;

        Describe(String taxonomyText, Broadcast<FeatureSpace> space, ClusteringConfig config, Quarter review) {
            this.taxonomyText = taxonomyText;
            this.space = space;
            this.config = config;
            this.review = review.toString();
        }

        @Override
        public Iterator<Row> call(Iterator<Row> groups) {
            List<Row> out = new ArrayList<>();
            try (FactorAnalyzer analyzer = new FactorAnalyzer(taxonomy(taxonomyText), WordLists.builtIn())) {
                while (groups.hasNext()) {
                    Row g = groups.next();
                    List<FactorAnalyzer.Member> members = new ArrayList<>();
                    for (Row m : g.<Row>getList(1)) {
                        FactorInput factor = new FactorInput(m.getString(0), m.getString(1),
                                Optional.ofNullable(m.getString(2)).map(Quarter::parse), m.getString(3), false);
                        members.add(new FactorAnalyzer.Member(factor, CauseRows.doubles(m.getList(4)), CauseRows.vector(m)));
                    }
                    Optional<CauseCluster> cluster = analyzer.describe(members, space.value(), config, Quarter.parse(review));
                    cluster.ifPresent(c -> out.add(CauseRows.cluster(g.getInt(0), c)));
                }
            }
            return out.iterator();
        }
    }
}
