package io.hindsight.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The baseline: TF-IDF vectors (lower-cased words, Lucene's classic 33 English stop words,
 * no stemming, no synonyms; sublinear tf, smoothed idf, L2 norm, as scikit-learn's
 * TfidfVectorizer) and k-means with k-means++ seeding, best of 10 seeded runs by inertia.
 * Every item gets a cluster. Deterministic for a given seed.
 */
final class ClusterBenchBaseline {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{2,}");
    private static final Set<String> STOP = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for",
            "if", "in", "into", "is", "it", "no", "not", "of", "on", "or", "such", "that", "the", "their", "then",
            "there", "these", "they", "this", "to", "was", "will", "with");
    private static final int RUNS = 10;
    private static final int ITERATIONS = 100;

    private ClusterBenchBaseline() {}

    static List<String> cluster(List<String> texts, int k, long seed) {
        double[][] x = tfidf(texts);
        Random random = new Random(seed);
        int[] best = null;
        double bestInertia = Double.POSITIVE_INFINITY;
        for (int run = 0; run < RUNS; run++) {
            int[] assignment = new int[x.length];
            double inertia = kmeans(x, k, new Random(random.nextLong()), assignment);
            if (inertia < bestInertia) {
                bestInertia = inertia;
                best = assignment;
            }
        }
        List<String> out = new ArrayList<>();
        for (int a : best) {
            out.add("k" + a);
        }
        return out;
    }

    private static double[][] tfidf(List<String> texts) {
        Map<String, Integer> vocabulary = new HashMap<>();
        List<Map<Integer, Integer>> counts = new ArrayList<>();
        for (String text : texts) {
            Map<Integer, Integer> c = new HashMap<>();
            Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
            while (m.find()) {
                String w = m.group();
                if (STOP.contains(w)) {
                    continue;
                }
                int id = vocabulary.computeIfAbsent(w, key -> vocabulary.size());
                c.merge(id, 1, Integer::sum);
            }
            counts.add(c);
        }
        int[] df = new int[vocabulary.size()];
        for (Map<Integer, Integer> c : counts) {
            for (int id : c.keySet()) {
                df[id]++;
            }
        }
        double[][] x = new double[texts.size()][vocabulary.size()];
        for (int i = 0; i < texts.size(); i++) {
            double norm = 0;
            for (Map.Entry<Integer, Integer> e : counts.get(i).entrySet()) {
                double idf = Math.log((1.0 + texts.size()) / (1.0 + df[e.getKey()])) + 1;
                double w = (1 + Math.log(e.getValue())) * idf;
                x[i][e.getKey()] = w;
                norm += w * w;
            }
            norm = Math.sqrt(norm);
            if (norm > 0) {
                for (int f = 0; f < x[i].length; f++) {
                    x[i][f] /= norm;
                }
            }
        }
        return x;
    }

    private static double kmeans(double[][] x, int k, Random random, int[] assignment) {
        int n = x.length;
        int d = n == 0 ? 0 : x[0].length;
        double[][] centers = new double[k][];
        centers[0] = x[random.nextInt(n)].clone();
        double[] nearest = new double[n];
        for (int i = 0; i < n; i++) {
            nearest[i] = distance(x[i], centers[0]);
        }
        for (int c = 1; c < k; c++) {
            double total = 0;
            for (double v : nearest) {
                total += v;
            }
            double r = random.nextDouble() * total;
            int pick = n - 1;
            for (int i = 0; i < n; i++) {
                r -= nearest[i];
                if (r <= 0) {
                    pick = i;
                    break;
                }
            }
            centers[c] = x[pick].clone();
            for (int i = 0; i < n; i++) {
                nearest[i] = Math.min(nearest[i], distance(x[i], centers[c]));
            }
        }
        double inertia = 0;
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            boolean changed = false;
            inertia = 0;
            for (int i = 0; i < n; i++) {
                int best = 0;
                double bestDistance = Double.POSITIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    double dist = distance(x[i], centers[c]);
                    if (dist < bestDistance) {
                        bestDistance = dist;
                        best = c;
                    }
                }
                if (assignment[i] != best || iteration == 0) {
                    changed |= assignment[i] != best;
                    assignment[i] = best;
                }
                inertia += bestDistance;
            }
            if (!changed && iteration > 0) {
                break;
            }
            double[][] sums = new double[k][d];
            int[] sizes = new int[k];
            for (int i = 0; i < n; i++) {
                sizes[assignment[i]]++;
                for (int f = 0; f < d; f++) {
                    sums[assignment[i]][f] += x[i][f];
                }
            }
            for (int c = 0; c < k; c++) {
                if (sizes[c] == 0) {
                    continue;
                }
                for (int f = 0; f < d; f++) {
                    sums[c][f] /= sizes[c];
                }
                centers[c] = sums[c];
            }
        }
        return inertia;
    }

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int f = 0; f < a.length; f++) {
            double diff = a[f] - b[f];
            s += diff * diff;
        }
        return s;
    }
}
