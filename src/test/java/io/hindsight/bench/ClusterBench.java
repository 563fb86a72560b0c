package io.hindsight.bench;

import io.hindsight.analyse.causes.CauseCluster;
import io.hindsight.analyse.causes.CauseClusterer;
import io.hindsight.analyse.causes.Clustering;
import io.hindsight.analyse.causes.ClusteringConfig;
import io.hindsight.analyse.causes.FactorInput;
import io.hindsight.analyse.causes.Taxonomy;
import io.hindsight.model.Quarter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores {@link CauseClusterer} against the labelled factors in {@code bench/cause-labels.tsv}
 * and against a TF-IDF + k-means baseline, then times clustering of generated factors. Run by
 * {@code scripts/bench-clusters}; prints figures, asserts nothing.
 *
 * <p>Honest tuning: the labelled rows are split into two halves, alternating within each
 * label in file order. {@code --tune} searches the configuration on half A only; the default
 * configuration was chosen that way, and half B is the held-out score.
 *
 * <pre>
 * options: --labels FILE      (default bench/cause-labels.tsv)
 *          --sizes 1000,10000,100000   factor counts to time (empty: no timing)
 *          --tune             grid search on half A, report both halves
 *          --show N           list the N largest clusters of the full set
 * </pre>
 */
public final class ClusterBench {
    private static final PrintStream OUT = System.out;
    private static final Quarter REVIEW = Quarter.parse("2026-Q1");

    private ClusterBench() {}

    record Row(String label, String text) {}

    public static void main(String[] args) throws IOException {
        Path labels = Path.of("bench/cause-labels.tsv");
        List<Integer> sizes = List.of(1_000, 10_000, 100_000);
        boolean tune = false;
        int show = 12;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--labels" -> labels = Path.of(args[++i]);
                case "--sizes" -> sizes = args[++i].isBlank() ? List.of()
                        : java.util.Arrays.stream(args[i].split(",")).map(String::trim).map(Integer::valueOf).toList();
                case "--tune" -> tune = true;
                case "--show" -> show = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (use --labels FILE, --sizes N,N, --tune, --show N)");
            }
        }
        List<Row> rows = read(labels);
        List<Row> halfA = new ArrayList<>();
        List<Row> halfB = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Row r : rows) {
            int k = seen.merge(r.label(), 1, Integer::sum);
            (k % 2 == 1 ? halfA : halfB).add(r);
        }
        OUT.printf(Locale.ROOT, "labelled set %s: %d rows, %d labels; half A (tuning) %d rows, half B (held out) %d rows%n",
                labels, rows.size(), distinctLabels(rows), halfA.size(), halfB.size());

        ClusteringConfig config = ClusteringConfig.defaults();
        if (tune) {
            config = tune(halfA, halfB);
        }
        OUT.println();
        OUT.println("set      method                 scores");
        for (Map.Entry<String, List<Row>> set : Map.of("A", halfA, "B", halfB, "all", rows).entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            List<Row> data = set.getValue();
            List<String> gold = data.stream().map(Row::label).toList();
            ClusterBenchMetrics.Scores ours = ClusterBenchMetrics.score(gold, ours(data, config).predicted);
            List<String> baseline = ClusterBenchBaseline.cluster(data.stream().map(Row::text).toList(),
                    distinctLabels(data), 42L);
            ClusterBenchMetrics.Scores base = ClusterBenchMetrics.score(gold, baseline);
            OUT.printf(Locale.ROOT, "%-8s %-22s %s%n", set.getKey(), "hindsight", ours);
            OUT.printf(Locale.ROOT, "%-8s %-22s %s%n", set.getKey(), "tf-idf + k-means (k=" + distinctLabels(data) + ")", base);
        }
        if (show > 0) {
            showClusters(rows, config, show);
        }
        if (!sizes.isEmpty()) {
            time(rows, sizes, config);
        }
    }

    private record Run(List<String> predicted, Clustering clustering) {}

    private static Run ours(List<Row> data, ClusteringConfig config) {
        List<FactorInput> factors = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            factors.add(new FactorInput(id("f", i), id("inc", i), Optional.of(REVIEW), data.get(i).text(), false));
        }
        Clustering c = new CauseClusterer(Taxonomy.builtIn(), config).cluster(factors, REVIEW);
        List<String> predicted = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            predicted.add(c.clusterOfFactor().get(id("f", i)));
        }
        return new Run(predicted, c);
    }

    private static ClusteringConfig tune(List<Row> halfA, List<Row> halfB) {
        record Result(ClusteringConfig config, ClusterBenchMetrics.Scores a) {}
        List<Result> results = new ArrayList<>();
        List<String> goldA = halfA.stream().map(Row::label).toList();
        ClusteringConfig base = ClusteringConfig.defaults();
        for (double resolution : new double[] {2, 3, 4, 5, 6}) {
            for (double theme : new double[] {0.0, 0.15, 0.3, 0.45, 0.6}) {
                for (double singleton : new double[] {0.0, 0.25, 0.5}) {
                    for (double bigram : new double[] {0.0, 0.6}) {
                        for (double member : new double[] {0.0, 0.15}) {
                            ClusteringConfig c = base.withWeights(bigram, theme, base.properNounWeight(), singleton)
                                    .withGrouping(base.edgeFloor(), base.graphNeighbours(), resolution, member);
                            results.add(new Result(c, ClusterBenchMetrics.score(goldA, ours(halfA, c).predicted)));
                        }
                    }
                }
            }
        }
        results.sort(Comparator.comparingDouble((Result r) -> -r.a.ari()));
        List<String> goldB = halfB.stream().map(Row::label).toList();
        OUT.println();
        OUT.println("tuning on half A (" + results.size() + " configurations), best 10 by ARI, with half B for reference:");
        for (Result r : results.subList(0, Math.min(10, results.size()))) {
            ClusterBenchMetrics.Scores b = ClusterBenchMetrics.score(goldB, ours(halfB, r.config).predicted);
            OUT.printf(Locale.ROOT,
                    "  resolution %.1f theme %.2f bigram %.1f singleton %.2f member %.2f | A: %s | B ARI %.3f%n",
                    r.config.resolution(), r.config.themeWeight(), r.config.bigramWeight(),
                    r.config.singletonTermWeight(), r.config.memberThreshold(), r.a, b.ari());
        }
        return results.get(0).config;
    }

    private static void showClusters(List<Row> rows, ClusteringConfig config, int show) {
        Run run = ours(rows, config);
        Map<String, List<String>> goldByCluster = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String c = run.predicted.get(i);
            if (c != null) {
                goldByCluster.computeIfAbsent(c, k -> new ArrayList<>()).add(rows.get(i).label());
            }
        }
        Map<String, List<String>> textsByCluster = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String c = run.predicted.get(i);
            if (c != null) {
                textsByCluster.computeIfAbsent(c, k -> new ArrayList<>()).add(rows.get(i).text());
            }
        }
        double covered = 0;
        int members = 0;
        int labels = 0;
        int namingGold = 0;
        for (CauseCluster c : run.clustering.clusters()) {
            if (c.size() >= 5) {
                covered += labelCoverage(c.label(), textsByCluster.get(c.id())) * c.size();
                members += c.size();
                labels++;
                Map<String, Integer> counts = new TreeMap<>();
                goldByCluster.get(c.id()).forEach(g -> counts.merge(g, 1, Integer::sum));
                String gold = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
                if (sharesWord(c.label(), gold)) {
                    namingGold++;
                }
            }
        }
        OUT.println();
        OUT.printf(Locale.ROOT, "label coverage: %.1f%% (share of a cluster's factors that hold every word of its label, "
                + "weighted by size, over the %d clusters of 5+ factors)%n", 100 * covered / Math.max(1, members), labels);
        OUT.printf(Locale.ROOT, "labels sharing a word with their cluster's majority gold label: %d of %d%n", namingGold, labels);
        OUT.println();
        OUT.println("largest clusters of the full set (label | size | theme | majority gold label and its share | top terms):");
        for (CauseCluster c : run.clustering.clusters().subList(0, Math.min(show, run.clustering.clusters().size()))) {
            Map<String, Integer> counts = new TreeMap<>();
            goldByCluster.get(c.id()).forEach(g -> counts.merge(g, 1, Integer::sum));
            Map.Entry<String, Integer> top = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
            OUT.printf(Locale.ROOT, "  %-44s %3d  %-14s %-30s %3.0f%%  %s%n", '"' + c.label() + '"', c.size(), c.theme(),
                    top.getKey(), 100.0 * top.getValue() / c.size(), c.topTerms());
        }
    }

    /**
     * The share of texts holding every content word of the label, words compared on their first
     * five letters (a crude stem: "expired" and "expiry", "tests" and "tested" agree).
     */
    static double labelCoverage(String label, List<String> texts) {
        Set<String> skip = Set.of("the", "and", "for", "not", "with", "without", "missing", "lack", "from", "into", "that");
        List<String> words = new ArrayList<>();
        for (String w : label.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 3 && !skip.contains(w)) {
                words.add(w.substring(0, Math.min(5, w.length())));
            }
        }
        int holding = 0;
        for (String t : texts) {
            String lower = t.toLowerCase(Locale.ROOT);
            if (words.stream().allMatch(lower::contains)) {
                holding++;
            }
        }
        return texts.isEmpty() ? 0 : (double) holding / texts.size();
    }

    /** Whether the label and the gold label share a word, compared on their first four letters. */
    static boolean sharesWord(String label, String gold) {
        Set<String> goldWords = new TreeSet<>();
        for (String w : gold.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (w.length() >= 3) {
                goldWords.add(w.substring(0, Math.min(4, w.length())));
            }
        }
        for (String w : label.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 3 && goldWords.contains(w.substring(0, Math.min(4, w.length())))) {
                return true;
            }
        }
        return false;
    }

    private static void time(List<Row> rows, List<Integer> sizes, ClusteringConfig config) {
        List<String> clauses = new ArrayList<>();
        List<String> clauseLabel = new ArrayList<>();
        for (Row r : rows) {
            for (String clause : r.text().replace("**", "").split("\\s*(?:[,;:\u2014]|\\bso\\b|\\band\\b)\\s*")) {
                if (clause.trim().split("\\s+").length >= 3) {
                    clauses.add(clause.trim());
                    clauseLabel.add(r.label());
                }
            }
        }
        Map<String, List<Integer>> byLabel = new LinkedHashMap<>();
        for (int i = 0; i < clauses.size(); i++) {
            byLabel.computeIfAbsent(clauseLabel.get(i), k -> new ArrayList<>()).add(i);
        }
        List<String> labels = new ArrayList<>(new TreeSet<>(byLabel.keySet()));
        CauseClusterer clusterer = new CauseClusterer(Taxonomy.builtIn(), config);
        clusterer.cluster(generate(2_000, clauses, byLabel, labels, 1L), REVIEW);
        OUT.println();
        OUT.println("timing on generated factors (2-3 recombined clauses of the labelled set, seeded):");
        OUT.println("  factors    seconds   per factor (us)   clusters   clustered");
        for (int size : sizes) {
            List<FactorInput> factors = generate(size, clauses, byLabel, labels, 7L);
            System.gc();
            long start = System.nanoTime();
            Clustering c = clusterer.cluster(factors, REVIEW);
            double seconds = (System.nanoTime() - start) / 1e9;
            OUT.printf(Locale.ROOT, "  %7d   %8.2f   %15.1f   %8d   %8.0f%%%n", size, seconds, seconds * 1e6 / size,
                    c.clusters().size(), 100.0 * c.clusterOfFactor().size() / size);
        }
    }

    private static List<FactorInput> generate(int size, List<String> clauses, Map<String, List<Integer>> byLabel,
            List<String> labels, long seed) {
        Random random = new Random(seed);
        List<FactorInput> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            List<Integer> pool = byLabel.get(labels.get(random.nextInt(labels.size())));
            StringBuilder text = new StringBuilder(clauses.get(pool.get(random.nextInt(pool.size()))));
            int more = 1 + random.nextInt(2);
            for (int k = 0; k < more; k++) {
                int clause = random.nextInt(10) < 7 ? pool.get(random.nextInt(pool.size())) : random.nextInt(clauses.size());
                text.append(", ").append(clauses.get(clause));
            }
            Quarter q = REVIEW.minus(random.nextInt(8));
            out.add(new FactorInput(id("g", i), id("inc", i / 3), Optional.of(q), text.toString(), false));
        }
        return out;
    }

    private static List<Row> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals("label\ttext")) {
            throw new IllegalArgumentException(file + ": expected the header 'label<TAB>text'");
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0 || line.indexOf('\t', tab + 1) >= 0) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected 'label<TAB>text'");
            }
            rows.add(new Row(line.substring(0, tab), line.substring(tab + 1)));
        }
        return rows;
    }

    private static int distinctLabels(List<Row> rows) {
        return (int) rows.stream().map(Row::label).distinct().count();
    }

    private static String id(String prefix, int i) {
        return String.format(Locale.ROOT, "%s-%06d", prefix, i);
    }
}
