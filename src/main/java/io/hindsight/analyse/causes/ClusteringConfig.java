package io.hindsight.analyse.causes;

import java.util.ArrayList;
import java.util.List;

/**
 * Every knob of {@link CauseClusterer}, read once. {@link #defaults()} is what the job uses;
 * the values were tuned on one half of {@code bench/cause-labels.tsv} (see
 * {@code scripts/bench-clusters}). All problems are reported together.
 *
 * @param linkThreshold average-linkage stop: two groups merge while the average cosine
 *     similarity of their members is at least this
 * @param edgeFloor pair similarities below this are not kept (they count as 0 in averages)
 * @param minIncidents a group is a recurring cause only with members from this many distinct
 *     incidents; smaller groups leave their factors unclustered
 * @param blockingTerms the highest-weighted words of each factor used to find candidates
 * @param blockWindow factors sharing a blocking word are compared in full when there are at
 *     most this many of them, else each with its {@code blockWindow} nearest in a sorted block
 * @param bigramWeight weight of two-word shingles relative to single words
 * @param themeWeight weight of the taxonomy theme a factor matches, relative to its words
 * @param properNounWeight weight of capitalised names (vendors, products) that are not SRE
 *     vocabulary, so that clusters form around causes rather than product names
 * @param singletonTermWeight weight of words that occur in one factor only
 * @param topTerms how many top terms a cluster lists
 * @param maxLabelWords the longest label, in words (not counting stop words inside it)
 * @param neighbours how many nearest neighbours blend into each factor's vector
 * @param smoothing how much of its neighbours a vector takes in (0: no blending)
 */
public record ClusteringConfig(double linkThreshold, double edgeFloor, int minIncidents, int blockingTerms,
        int blockWindow, double bigramWeight, double themeWeight, double properNounWeight,
        double singletonTermWeight, int topTerms, int maxLabelWords, int neighbours, double smoothing) {

    public ClusteringConfig {
        List<String> problems = new ArrayList<>();
        check(problems, linkThreshold > 0 && linkThreshold <= 1, "linkThreshold must be in (0, 1], got " + linkThreshold);
        check(problems, edgeFloor >= 0 && edgeFloor <= linkThreshold,
                "edgeFloor must be in [0, linkThreshold], got " + edgeFloor);
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
        check(problems, neighbours >= 0 && neighbours <= 50, "neighbours must be in [0, 50], got " + neighbours);
        check(problems, smoothing >= 0 && smoothing <= 10, "smoothing must be in [0, 10], got " + smoothing);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("bad clustering config: " + String.join("; ", problems));
        }
    }

    /** The tuned defaults. */
    public static ClusteringConfig defaults() {
        return new ClusteringConfig(0.12, 0.05, 2, 8, 100, 0.6, 0.6, 0.3, 0.25, 5, 4, 5, 0.0);
    }

    public ClusteringConfig withLinkThreshold(double value) {
        return new ClusteringConfig(value, Math.min(edgeFloor, value), minIncidents, blockingTerms, blockWindow,
                bigramWeight, themeWeight, properNounWeight, singletonTermWeight, topTerms, maxLabelWords, neighbours, smoothing);
    }

    public ClusteringConfig withMinIncidents(int value) {
        return new ClusteringConfig(linkThreshold, edgeFloor, value, blockingTerms, blockWindow, bigramWeight,
                themeWeight, properNounWeight, singletonTermWeight, topTerms, maxLabelWords, neighbours, smoothing);
    }

    public ClusteringConfig withWeights(double bigram, double theme, double properNoun, double singletonTerm) {
        return new ClusteringConfig(linkThreshold, edgeFloor, minIncidents, blockingTerms, blockWindow, bigram, theme,
                properNoun, singletonTerm, topTerms, maxLabelWords, neighbours, smoothing);
    }

    public ClusteringConfig withBlocking(int terms, int window) {
        return new ClusteringConfig(linkThreshold, edgeFloor, minIncidents, terms, window, bigramWeight, themeWeight,
                properNounWeight, singletonTermWeight, topTerms, maxLabelWords, neighbours, smoothing);
    }

    public ClusteringConfig withSmoothing(int count, double weight) {
        return new ClusteringConfig(linkThreshold, edgeFloor, minIncidents, blockingTerms, blockWindow, bigramWeight,
                themeWeight, properNounWeight, singletonTermWeight, topTerms, maxLabelWords, count, weight);
    }

    private static void check(List<String> problems, boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }
}
