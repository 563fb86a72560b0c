package io.hindsight.analyse.causes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the similar pairs among distinct factor vectors without comparing all pairs.
 *
 * <p>Blocking: each vector is filed under its {@link ClusteringConfig#blockingTerms()}
 * highest-weighted words. A block of at most {@link ClusteringConfig#blockWindow()} vectors is
 * compared in full. A larger block (a common word in a large corpus) is sorted by each
 * member's other blocking words, most specific first, and each member is compared with the
 * {@code blockWindow} members around it (sorted neighbourhood), so vectors that share a
 * second specific word meet. The cost is at most {@code n * blockingTerms * blockWindow}
 * comparisons: linear in the number of factors. Both rules are symmetric, so each pair is
 * found from its lower-numbered side.
 */
final class CandidateLinker {
    private static final int LINK_CHUNK = 4096;

    private CandidateLinker() {}

    /** Similar pairs {@code a < b} with their cosine similarity, at least {@code floor}. */
    record Edges(int[] a, int[] b, double[] similarity, int size, long comparisons) {
        /**
         * Keeps the links that are among the {@code k} strongest of either end (ties at the
         * k-th strength are all kept), so each factor keeps its closest neighbours and a
         * common word cannot tie thousands of factors together.
         */
        Edges strongest(int nodes, int k) {
            int[] degree = new int[nodes + 1];
            for (int e = 0; e < size; e++) {
                degree[a[e]]++;
                degree[b[e]]++;
            }
            int[] start = new int[nodes + 1];
            for (int i = 0; i < nodes; i++) {
                start[i + 1] = start[i] + degree[i];
            }
            double[] sims = new double[start[nodes]];
            int[] fill = Arrays.copyOf(start, nodes);
            for (int e = 0; e < size; e++) {
                sims[fill[a[e]]++] = similarity[e];
                sims[fill[b[e]]++] = similarity[e];
            }
            double[] cut = new double[nodes];
            for (int i = 0; i < nodes; i++) {
                int d = start[i + 1] - start[i];
                if (d <= k) {
                    cut[i] = Double.NEGATIVE_INFINITY;
                } else {
                    Arrays.sort(sims, start[i], start[i + 1]);
                    cut[i] = sims[start[i + 1] - k];
                }
            }
            GrowingEdges kept = new GrowingEdges();
            for (int e = 0; e < size; e++) {
                if (similarity[e] >= cut[a[e]] || similarity[e] >= cut[b[e]]) {
                    kept.add(a[e], b[e], similarity[e]);
                }
            }
            return kept.done(comparisons);
        }
    }

    static Edges link(List<SparseVector> vectors, FeatureSpace space, ClusteringConfig config) {
        int n = vectors.size();
        int[][] keys = new int[n][];
        for (int i = 0; i < n; i++) {
            keys[i] = blockingKeys(vectors.get(i), space, config.blockingTerms());
        }
        int[] counts = new int[space.featureCount()];
        for (int[] k : keys) {
            for (int f : k) {
                counts[f]++;
            }
        }
        int[][] blocks = new int[space.featureCount()][];
        for (int f = 0; f < blocks.length; f++) {
            blocks[f] = new int[counts[f]];
        }
        int[] fill = new int[space.featureCount()];
        for (int i = 0; i < n; i++) {
            for (int f : keys[i]) {
                blocks[f][fill[f]++] = i;
            }
        }
        int window = config.blockWindow();
        int half = window / 2;
        int[][] positions = new int[n][];
        for (int i = 0; i < n; i++) {
            positions[i] = new int[keys[i].length];
        }
        for (int f = 0; f < blocks.length; f++) {
            int[] block = blocks[f];
            if (block.length > window) {
                sortBlock(block, f, keys);
            }
            for (int p = 0; p < block.length; p++) {
                int i = block[p];
                int slot = indexOf(keys[i], f);
                positions[i][slot] = p;
            }
        }

        List<GrowingEdges> parts = Chunks.map(n, LINK_CHUNK, (from, to) -> {
            GrowingEdges edges = new GrowingEdges();
            int[] seenBy = new int[n];
            Arrays.fill(seenBy, -1);
            for (int i = from; i < to; i++) {
                SparseVector vi = vectors.get(i);
                for (int k = 0; k < keys[i].length; k++) {
                    int[] block = blocks[keys[i][k]];
                    int start = 0;
                    int end = block.length;
                    if (block.length > window) {
                        int p = positions[i][k];
                        start = Math.max(0, p - half);
                        end = Math.min(block.length, p + half + 1);
                    }
                    for (int q = start; q < end; q++) {
                        int j = block[q];
                        if (j <= i || seenBy[j] == i) {
                            continue;
                        }
                        seenBy[j] = i;
                        edges.comparisons++;
                        double s = vi.dot(vectors.get(j));
                        if (s >= config.edgeFloor() && s > 0) {
                            edges.add(i, j, s);
                        }
                    }
                }
            }
            return edges;
        });
        GrowingEdges all = new GrowingEdges();
        for (GrowingEdges part : parts) {
            all.addAll(part);
        }
        return all.done(all.comparisons);
    }

    /** The highest-weighted word features of a vector, heaviest first (ties: lower id). */
    static int[] blockingKeys(SparseVector v, FeatureSpace space, int limit) {
        List<Integer> words = new ArrayList<>();
        for (int k = 0; k < v.ids().length; k++) {
            if (space.isWord(v.ids()[k])) {
                words.add(k);
            }
        }
        words.sort(Comparator.<Integer>comparingDouble(k -> -v.weights()[k]).thenComparingInt(k -> v.ids()[k]));
        int m = Math.min(limit, words.size());
        int[] out = new int[m];
        for (int r = 0; r < m; r++) {
            out[r] = v.ids()[words.get(r)];
        }
        return out;
    }

    /** Orders a large block by each member's other blocking keys, then by member number. */
    private static void sortBlock(int[] block, int feature, int[][] keys) {
        Integer[] boxed = Arrays.stream(block).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, (x, y) -> {
            int[] kx = keys[x];
            int[] ky = keys[y];
            int ix = 0;
            int iy = 0;
            while (true) {
                while (ix < kx.length && kx[ix] == feature) {
                    ix++;
                }
                while (iy < ky.length && ky[iy] == feature) {
                    iy++;
                }
                if (ix == kx.length || iy == ky.length) {
                    int c = Boolean.compare(ix < kx.length, iy < ky.length);
                    return c != 0 ? c : Integer.compare(x, y);
                }
                if (kx[ix] != ky[iy]) {
                    return Integer.compare(kx[ix], ky[iy]);
                }
                ix++;
                iy++;
            }
        });
        for (int p = 0; p < block.length; p++) {
            block[p] = boxed[p];
        }
    }

    private static int indexOf(int[] array, int value) {
        for (int k = 0; k < array.length; k++) {
            if (array[k] == value) {
                return k;
            }
        }
        throw new IllegalStateException("feature " + value + " not among the keys");
    }

    private static final class GrowingEdges {
        private int[] a = new int[1024];
        private int[] b = new int[1024];
        private double[] s = new double[1024];
        private int size;
        private long comparisons;

        void addAll(GrowingEdges other) {
            for (int e = 0; e < other.size; e++) {
                add(other.a[e], other.b[e], other.s[e]);
            }
            comparisons += other.comparisons;
        }

        void add(int x, int y, double sim) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
                b = Arrays.copyOf(b, size * 2);
                s = Arrays.copyOf(s, size * 2);
            }
            a[size] = x;
            b[size] = y;
            s[size] = sim;
            size++;
        }

        Edges done(long comparisons) {
            return new Edges(Arrays.copyOf(a, size), Arrays.copyOf(b, size), Arrays.copyOf(s, size), size, comparisons);
        }
    }
}
