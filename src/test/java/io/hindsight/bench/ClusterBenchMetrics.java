package io.hindsight.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Clustering quality against gold labels. Items without a cluster count as singletons.
 *
 * <ul>
 *   <li>adjusted Rand index (Hubert and Arabie), from the contingency table: 1 is perfect
 *       agreement, 0 is what chance gives;
 *   <li>B-cubed precision, recall and F1 (Bagga and Baldwin; Amigo et al. 2009): per item, the
 *       share of its cluster with its label, and the share of its label in its cluster,
 *       averaged over items.
 * </ul>
 */
final class ClusterBenchMetrics {
    private ClusterBenchMetrics() {}

    record Scores(double ari, double precision, double recall, double f1, int clusters, double clusteredShare) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "ARI %.3f  B3 P %.3f R %.3f F1 %.3f  (%d clusters, %.0f%% clustered)",
                    ari, precision, recall, f1, clusters, 100 * clusteredShare);
        }
    }

    /**
     * @param gold gold label per item
     * @param predicted cluster per item, {@code null} for unclustered (a singleton)
     */
    static Scores score(List<String> gold, List<String> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("gold has " + gold.size() + " items, predicted " + predicted.size());
        }
        int n = gold.size();
        String[] cluster = new String[n];
        int clustered = 0;
        for (int i = 0; i < n; i++) {
            String p = predicted.get(i);
            if (p == null) {
                cluster[i] = "\u0000singleton-" + i;
            } else {
                cluster[i] = p;
                clustered++;
            }
        }
        Map<String, Map<String, Integer>> table = new HashMap<>();
        Map<String, Integer> clusterSize = new HashMap<>();
        Map<String, Integer> labelSize = new HashMap<>();
        for (int i = 0; i < n; i++) {
            table.computeIfAbsent(cluster[i], k -> new HashMap<>()).merge(gold.get(i), 1, Integer::sum);
            clusterSize.merge(cluster[i], 1, Integer::sum);
            labelSize.merge(gold.get(i), 1, Integer::sum);
        }
        double index = 0;
        for (Map<String, Integer> row : table.values()) {
            for (int c : row.values()) {
                index += pairs(c);
            }
        }
        double sumClusters = clusterSize.values().stream().mapToDouble(ClusterBenchMetrics::pairs).sum();
        double sumLabels = labelSize.values().stream().mapToDouble(ClusterBenchMetrics::pairs).sum();
        double expected = sumClusters * sumLabels / pairs(n);
        double max = (sumClusters + sumLabels) / 2;
        double ari = max == expected ? (index == expected ? 1 : 0) : (index - expected) / (max - expected);

        double precision = 0;
        double recall = 0;
        for (int i = 0; i < n; i++) {
            int both = table.get(cluster[i]).get(gold.get(i));
            precision += (double) both / clusterSize.get(cluster[i]);
            recall += (double) both / labelSize.get(gold.get(i));
        }
        precision /= n;
        recall /= n;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        int realClusters = (int) clusterSize.keySet().stream().filter(k -> !k.startsWith("\u0000")).count();
        return new Scores(ari, precision, recall, f1, realClusters, n == 0 ? 0 : (double) clustered / n);
    }

    private static double pairs(double k) {
        return k * (k - 1) / 2;
    }
}
