package io.hindsight.spark;

import io.hindsight.analyse.causes.CauseCluster;
import io.hindsight.analyse.causes.FactorAnalyzer;
import io.hindsight.analyse.causes.FactorTerms;
import io.hindsight.analyse.causes.SparseVector;
import io.hindsight.analyse.causes.Trend;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/** The schemas of the cause stage ({@link CauseStage}) and the mapping of its rows to the clusterer's records. */
public final class CauseRows {
    private static final DataType STRINGS = DataTypes.createArrayType(DataTypes.StringType, false);
    private static final DataType INTS = DataTypes.createArrayType(DataTypes.IntegerType, false);
    private static final DataType DOUBLES = DataTypes.createArrayType(DataTypes.DoubleType, false);

    /**
     * A factor as analyzed: its distinct words with, for each, its mid-sentence and capitalised
     * occurrences ({@code mid}, {@code caps}), its shingles, best theme and theme scores.
     */
    static final StructType ANALYZED = new StructType()
            .add("factor_id", DataTypes.StringType, false)
            .add("incident_id", DataTypes.StringType, false)
            .add("ordinal", DataTypes.IntegerType, false)
            .add("quarter", DataTypes.StringType, true)
            .add("text", DataTypes.StringType, false)
            .add("root_cause", DataTypes.BooleanType, false)
            .add("words", STRINGS, false)
            .add("mid", INTS, false)
            .add("caps", INTS, false)
            .add("shingles", STRINGS, false)
            .add("theme", DataTypes.IntegerType, false)
            .add("theme_id", DataTypes.StringType, false)
            .add("theme_scores", DOUBLES, false);

    /** A factor's vector and blocking words (features of the broadcast space). */
    static final StructType VECTOR = new StructType()
            .add("factor_id", DataTypes.StringType, false)
            .add("ids", INTS, false)
            .add("weights", DOUBLES, false)
            .add("keys", INTS, false);

    /** A distinct vector, numbered, with the factors that have it. */
    static final StructType NODE = new StructType()
            .add("node", DataTypes.IntegerType, false)
            .add("keys", INTS, false)
            .add("ids", INTS, false)
            .add("weights", DOUBLES, false)
            .add("factor_ids", STRINGS, false);

    /** A similar pair of nodes, {@code a < b}. */
    static final StructType LINK = new StructType()
            .add("a", DataTypes.IntegerType, false)
            .add("b", DataTypes.IntegerType, false)
            .add("similarity", DataTypes.DoubleType, false);

    /** A factor's group and vector. */
    static final StructType FACTOR_GROUP = new StructType()
            .add("factor_id", DataTypes.StringType, false)
            .add("group", DataTypes.IntegerType, false)
            .add("ids", INTS, false)
            .add("weights", DOUBLES, false);

    /** A recurring cause, with the group it was made from. */
    static final StructType CLUSTER = new StructType()
            .add("group", DataTypes.IntegerType, false)
            .add("id", DataTypes.StringType, false)
            .add("label", DataTypes.StringType, false)
            .add("top_terms", STRINGS, false)
            .add("size", DataTypes.IntegerType, false)
            .add("incident_ids", STRINGS, false)
            .add("quarters", STRINGS, false)
            .add("quarter_counts", INTS, false)
            .add("theme", DataTypes.StringType, false)
            .add("example", DataTypes.StringType, false)
            .add("trend", DataTypes.StringType, false);

    static final StructType GROUP_CLUSTER = new StructType()
            .add("cluster_group", DataTypes.IntegerType, false)
            .add("cluster_id", DataTypes.StringType, false)
            .add("cluster_theme", DataTypes.StringType, false);

    /** A factor's recurring cause (null when unclustered) and theme, as clustered on the driver. */
    static final StructType ASSIGNMENT = new StructType()
            .add("factor_id", DataTypes.StringType, false)
            .add("cluster_id", DataTypes.StringType, true)
            .add("theme", DataTypes.StringType, false);

    /**
     * Every factor with its recurring cause ({@code cluster_id}, null when unclustered) and
     * theme: the cluster's theme, else the factor's own.
     */
    public static final StructType ASSIGNED = new StructType()
            .add("factor_id", DataTypes.StringType, false)
            .add("incident_id", DataTypes.StringType, false)
            .add("ordinal", DataTypes.IntegerType, false)
            .add("quarter", DataTypes.StringType, true)
            .add("text", DataTypes.StringType, false)
            .add("root_cause", DataTypes.BooleanType, false)
            .add("cluster_id", DataTypes.StringType, true)
            .add("theme", DataTypes.StringType, false);

    private CauseRows() {}

    static Row analyzed(FactorAnalyzer.Analyzed a, String themeId, int ordinal) {
        FactorTerms t = a.terms();
        int[] mid = new int[t.words().size()];
        int[] caps = new int[t.words().size()];
        for (int w = 0; w < mid.length; w++) {
            mid[w] = t.midSentence(w);
            caps[w] = t.capitalised(w);
        }
        return RowFactory.create(a.factor().factorId(), a.factor().incidentId(), ordinal,
                a.factor().quarter().map(Object::toString).orElse(null), a.factor().text(), a.factor().rootCause(),
                t.words().toArray(String[]::new), mid, caps, t.shingles().toArray(String[]::new), t.theme(), themeId,
                a.themeScores());
    }

    /** The terms of an {@link #ANALYZED} row. */
    static FactorTerms terms(Row r) {
        return new FactorTerms(r.getList(r.fieldIndex("words")), ints(r.getList(r.fieldIndex("mid"))),
                ints(r.getList(r.fieldIndex("caps"))), r.getList(r.fieldIndex("shingles")), r.getInt(r.fieldIndex("theme")));
    }

    static Row vector(String factorId, SparseVector v, int[] keys) {
        return RowFactory.create(factorId, v.ids(), v.weights(), keys);
    }

    /** A {@link #NODE} row from (keys, ids, weights, factor_ids) and its number. */
    static Row node(Tuple2<Row, Long> numbered) {
        Row r = numbered._1();
        return RowFactory.create(Math.toIntExact(numbered._2()), r.get(0), r.get(1), r.get(2), r.get(3));
    }

    /** A vector held in a row's {@code ids} and {@code weights} arrays. */
    static SparseVector vector(Row r) {
        return new SparseVector(ints(r.getList(r.fieldIndex("ids"))), doubles(r.getList(r.fieldIndex("weights"))));
    }

    static int[] ints(List<Integer> values) {
        int[] out = new int[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }

    static double[] doubles(List<Double> values) {
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }

    static Row cluster(int group, CauseCluster c) {
        List<String> quarters = new ArrayList<>(c.countByQuarter().keySet());
        int[] counts = new int[quarters.size()];
        for (int q = 0; q < counts.length; q++) {
            counts[q] = c.countByQuarter().get(quarters.get(q));
        }
        return RowFactory.create(group, c.id(), c.label(), c.topTerms().toArray(String[]::new), c.size(),
                c.incidentIds().toArray(String[]::new), quarters.toArray(String[]::new), counts, c.theme(), c.example(),
                c.trend().name());
    }

    static CauseCluster cluster(Row r) {
        List<String> quarters = r.getList(6);
        List<Integer> counts = r.getList(7);
        SortedMap<String, Integer> byQuarter = new TreeMap<>();
        for (int q = 0; q < quarters.size(); q++) {
            byQuarter.put(quarters.get(q), counts.get(q));
        }
        return new CauseCluster(r.getString(1), r.getString(2), r.getList(3), r.getInt(4), r.getList(5), byQuarter,
                r.getString(8), r.getString(9), Trend.valueOf(r.getString(10)));
    }
}
