package io.hindsight.analyse.causes;

import java.util.ArrayList;
import java.util.List;

/**
 * Every knob of {@link CauseClusterer}, read once. {@link #defaults()} is what the job uses;
 * the values were tuned on one half of {@code bench/cause-labels.tsv} and checked on the other
 * (see {@code scripts/bench-clusters}). All problems are reported together.
 *
 * @param edgeFloor pair similarities (cosine) below this are not links
 * @param graphNeighbours each factor keeps its strongest links, this many, for grouping
 * @param resolution modularity resolution: higher gives more, smaller groups
 * @param minGraphSize below this many distinct texts the resolution shrinks in proportion (not
 *     below 1), so that a small input is not cut into pieces (see {@link Louvain})
 * @param memberThreshold a factor stays in its group only if its strongest link into the group
 *     is at least this similar; otherwise it is left unclustered
 * @param minIncidents a group is a recurring cause only with members from this many distinct
 *     incidents; smaller groups leave their factors unclustered
 * @param blockingTerms the highest-weighted words of each factor used to find candidates
 * @param blockWindow factors sharing a blocking word are compared in full when there are at
 *     most this many of them, else each with the {@code blockWindow} around it in a sorted block
 * @param bigramWeight weight of two-word shingles relative to single words
 * @param themeWeight weight of the taxonomy theme a factor matches, relative to its words
 * @param properNounWeight weight of capitalised names (vendors, products) that are not SRE
 *     vocabulary, so that clusters form around causes rather than product names
 * @param singletonTermWeight weight of words that occur in one factor only
 * @param topTerms how many top terms a cluster lists
 * @param maxLabelWords the longest label, in words (not counting stop words inside it)
 */
public record ClusteringConfig(double edgeFloor, int graphNeighbours, double resolution, int minGraphSize,
        double memberThreshold,
        int minIncidents, int blockingTerms, int blockWindow, double bigramWeight, double themeWeight,
        double properNounWeight, double singletonTermWeight, int topTerms,
        int maxLabelWords) implements java.io.Serializable {

    public ClusteringConfig {
        List<String> problems = new ArrayList<>();
        check(problems, edgeFloor > 0 && edgeFloor < 1, "edgeFloor must be in (0, 1), got " + edgeFloor);
        check(problems, graphNeighbours >= 1 && graphNeighbours <= 500,
                "graphNeighbours must be in [1, 500], got " + graphNeighbours);
        check(problems, resolution > 0 && resolution <= 100, "resolution must be in (0, 100], got " + resolution);
        check(problems, minGraphSize >= 1, "minGraphSize must be >= 1, got " + minGraphSize);
        check(problems, memberThreshold >= 0 && memberThreshold <= 1,
                "memberThreshold must be in [0, 1], got " + memberThreshold);
        check(problems, minIncidents >= 1, "minIncidents must be >= 1, got " + minIncidents);
        check(problems, blockingTerms >= 1, "blockingTerms must be >= 1, got " + blockingTerms);
        check(problems, blockWindow >= 2, "blockWindow must be >= 2, got " + blockWindow);
        check(problems, bigramWeight >= 0 && bigramWeight <= 10, "bigramWeight must be in [0, 10], got " + bigramWeight);
        check(problems, themeWeight >= 0 && themeWeight <= 10, "themeWeight must be in [0, 10], got " + themeWeight);
        check(problems, properNounWeight >= 0 && properNounWeight <= 1,
                "properNounWeight must be in [0, 1], got " + properNounWeight);
        check(problems, singletonTermWeight >= 0 && singletonTermWeight <= 1,
                "singletonTermWeight must be in [0, 1], got " + singletonTermWeight);
        check(problems, topTerms >= 1, "topTerms must be >= 1, got " + topTerms);
        check(problems, maxLabelWords >= 1 && maxLabelWords <= 8, "maxLabelWords must be in [1, 8], got " + maxLabelWords);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("bad clustering config: " + String.join("; ", problems));
        }
    }

    /** The tuned defaults. */
    public static ClusteringConfig defaults() {
        return new ClusteringConfig(0.05, 30, 3.0, 200, 0.15, 2, 8, 100, 0.0, 0.3, 0.3, 0.0, 5, 4);
    }

    /** Grouping: edge floor, links kept per factor, modularity resolution, member threshold. */
    public ClusteringConfig withGrouping(double floor, int links, double res, double member) {
        return new ClusteringConfig(floor, links, res, minGraphSize, member, minIncidents, blockingTerms, blockWindow, bigramWeight,
                themeWeight, properNounWeight, singletonTermWeight, topTerms, maxLabelWords);
    }

    public ClusteringConfig withMinIncidents(int value) {
        return new ClusteringConfig(edgeFloor, graphNeighbours, resolution, minGraphSize, memberThreshold, value, blockingTerms,
                blockWindow, bigramWeight, themeWeight, properNounWeight, singletonTermWeight,
                topTerms, maxLabelWords);
    }

    public ClusteringConfig withBlocking(int terms, int window) {
        return new ClusteringConfig(edgeFloor, graphNeighbours, resolution, minGraphSize, memberThreshold, minIncidents, terms,
                window, bigramWeight, themeWeight, properNounWeight, singletonTermWeight,
                topTerms, maxLabelWords);
    }

    /** Feature weights: shingles, theme, names, words of one factor only. */
    public ClusteringConfig withWeights(double bigram, double theme, double properNoun, double singletonTerm) {
        return new ClusteringConfig(edgeFloor, graphNeighbours, resolution, minGraphSize, memberThreshold, minIncidents,
                blockingTerms, blockWindow, bigram, theme, properNoun, singletonTerm, topTerms,
                maxLabelWords);
    }

    private static void check(List<String> problems, boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }
}
