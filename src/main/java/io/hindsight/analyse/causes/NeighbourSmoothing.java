package io.hindsight.analyse.causes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Second-order similarity for short texts: each vector is blended with its nearest
 * neighbours ({@code v' = v + smoothing * sum(sim * neighbour)}, renormalised), so two
 * paraphrases that share few words but the same neighbours move closer ("pool exhausted"
 * and "ran out of connections" both resemble "connection pool ran out"). The pairs compared
 * afterwards are the original candidate pairs plus the pairs among each vector's neighbours:
 * {@code n * neighbours^2} more at most, so the step stays linear.
 */
final class NeighbourSmoothing {
    private NeighbourSmoothing() {}

    record Result(List<SparseVector> vectors, CandidateLinker.Edges edges) {}

    static Result smooth(List<SparseVector> vectors, CandidateLinker.Edges edges, int neighbours, double smoothing,
            double floor) {
        int n = vectors.size();
        List<List<int[]>> adjacency = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            adjacency.add(new ArrayList<>());
        }
        double[] sim = edges.similarity();
        for (int e = 0; e < edges.size(); e++) {
            adjacency.get(edges.a()[e]).add(new int[] {edges.b()[e], e});
            adjacency.get(edges.b()[e]).add(new int[] {edges.a()[e], e});
        }
        int[][] nearest = new int[n][];
        double[][] nearestSim = new double[n][];
        for (int i = 0; i < n; i++) {
            List<int[]> list = adjacency.get(i);
            list.sort(Comparator.<int[]>comparingDouble(x -> -sim[x[1]]).thenComparingInt(x -> x[0]));
            int k = Math.min(neighbours, list.size());
            nearest[i] = new int[k];
            nearestSim[i] = new double[k];
            for (int r = 0; r < k; r++) {
                nearest[i][r] = list.get(r)[0];
                nearestSim[i][r] = sim[list.get(r)[1]];
            }
        }
        List<SparseVector> smoothed = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Map<Integer, Double> sum = new HashMap<>();
            add(sum, vectors.get(i), 1.0);
            for (int r = 0; r < nearest[i].length; r++) {
                add(sum, vectors.get(nearest[i][r]), smoothing * nearestSim[i][r]);
            }
            smoothed.add(normalise(sum));
        }

        long[] pairs = new long[edges.size() + n * (neighbours + 1) * neighbours / 2];
        int count = 0;
        for (int e = 0; e < edges.size(); e++) {
            pairs[count++] = pair(edges.a()[e], edges.b()[e]);
        }
        for (int i = 0; i < n; i++) {
            int[] group = Arrays.copyOf(nearest[i], nearest[i].length + 1);
            group[group.length - 1] = i;
            for (int x = 0; x < group.length; x++) {
                for (int y = x + 1; y < group.length; y++) {
                    if (count == pairs.length) {
                        pairs = Arrays.copyOf(pairs, pairs.length * 2);
                    }
                    pairs[count++] = pair(group[x], group[y]);
                }
            }
        }
        Arrays.sort(pairs, 0, count);
        int[] a = new int[count];
        int[] b = new int[count];
        double[] s = new double[count];
        int size = 0;
        long previous = -1;
        for (int p = 0; p < count; p++) {
            if (pairs[p] == previous) {
                continue;
            }
            previous = pairs[p];
            int x = (int) (pairs[p] >>> 32);
            int y = (int) pairs[p];
            double similarity = smoothed.get(x).dot(smoothed.get(y));
            if (similarity >= floor && similarity > 0) {
                a[size] = x;
                b[size] = y;
                s[size] = similarity;
                size++;
            }
        }
        return new Result(smoothed, new CandidateLinker.Edges(Arrays.copyOf(a, size), Arrays.copyOf(b, size),
                Arrays.copyOf(s, size), size, edges.comparisons() + count));
    }

    private static long pair(int x, int y) {
        int lo = Math.min(x, y);
        int hi = Math.max(x, y);
        return ((long) lo << 32) | hi;
    }

    private static void add(Map<Integer, Double> sum, SparseVector v, double factor) {
        for (int k = 0; k < v.ids().length; k++) {
            sum.merge(v.ids()[k], v.weights()[k] * factor, Double::sum);
        }
    }

    private static SparseVector normalise(Map<Integer, Double> sum) {
        int[] ids = sum.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        double norm = 0;
        for (int id : ids) {
            norm += sum.get(id) * sum.get(id);
        }
        norm = Math.sqrt(norm);
        double[] weights = new double[ids.length];
        for (int k = 0; k < ids.length; k++) {
            weights[k] = sum.get(ids[k]) / norm;
        }
        return new SparseVector(ids, weights);
    }
}
