package io.hindsight.analyse.causes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Finds the similar pairs among distinct factor vectors without comparing all pairs.
 *
 * <p>Blocking: each vector is filed under its {@link ClusteringConfig#blockingTerms()}
 * highest-weighted words. A block of at most {@link ClusteringConfig#blockWindow()} vectors is
 * compared in full. A larger block (a common word in a large corpus) is sorted by each
 * member's other blocking words, most specific first, and each member is compared with the
 * {@code blockWindow} members around it (sorted neighbourhood), so vectors that share a
 * second specific word meet. The cost is at most {@code n * blockingTerms * blockWindow}
 * comparisons: linear in the number of factors.
 *
 * <p>Each block is linked on its own ({@link #linkBlock}), here or in a Spark task; a pair
 * that shares two blocks is found twice, and {@link Edges#of} keeps it once. The edges come
 * out sorted by their two ends, so what follows does not depend on where blocks were linked.
 */
public final class CandidateLinker {
    private static final int BLOCK_CHUNK = 64;

    private CandidateLinker() {}

    /** Receives the similar pairs of a block. */
    public interface Sink {
        void link(int a, int b, double similarity);
    }

    /** A member of a block: a distinct vector (node), its blocking words and its vector. */
    public record BlockMember(int node, int[] keys, SparseVector vector) {
        public BlockMember {
            Objects.requireNonNull(keys, "keys");
            Objects.requireNonNull(vector, "vector");
        }
    }

    /** Similar pairs {@code a < b} with their cosine similarity, sorted by {@code a} then {@code b}. */
    public record Edges(int[] a, int[] b, double[] similarity, int size, long comparisons) {
        /**
         * The distinct pairs of a list that may hold a pair more than once (always with the same
         * similarity), sorted by their ends.
         *
         * @param nodes the node count: every end is below it
         */
        public static Edges of(int nodes, int[] a, int[] b, double[] similarity, int size, long comparisons) {
            int[] start = new int[nodes + 1];
            for (int e = 0; e < size; e++) {
                if (a[e] >= b[e] || a[e] < 0 || b[e] >= nodes) {
                    throw new IllegalArgumentException("bad pair " + a[e] + "-" + b[e] + " for " + nodes + " nodes");
                }
                start[a[e] + 1]++;
            }
            for (int i = 0; i < nodes; i++) {
                start[i + 1] += start[i];
            }
            long[] byEnd = new long[size];
            int[] fill = Arrays.copyOf(start, nodes);
            for (int e = 0; e < size; e++) {
                byEnd[fill[a[e]]++] = ((long) b[e] << 32) | e;
            }
            Growing out = new Growing();
            for (int i = 0; i < nodes; i++) {
                Arrays.sort(byEnd, start[i], start[i + 1]);
                long previous = -1;
                for (int p = start[i]; p < start[i + 1]; p++) {
                    long other = byEnd[p] >>> 32;
                    if (other != previous) {
                        out.add(i, (int) other, similarity[(int) byEnd[p]]);
                        previous = other;
                    }
                }
            }
            return out.done(comparisons);
        }

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
            Growing kept = new Growing();
            for (int e = 0; e < size; e++) {
                if (similarity[e] >= cut[a[e]] || similarity[e] >= cut[b[e]]) {
                    kept.add(a[e], b[e], similarity[e]);
                }
            }
            return kept.done(comparisons);
        }
    }

    /** Links distinct vectors (nodes) held in this JVM: every block, on a few threads. */
    static Edges link(List<SparseVector> vectors, FeatureSpace space, ClusteringConfig config) {
        int n = vectors.size();
        int[][] keys = new int[n][];
        int[] blockSize = new int[space.featureCount()];
        for (int i = 0; i < n; i++) {
            keys[i] = blockingKeys(vectors.get(i), space, config.blockingTerms());
            for (int f : keys[i]) {
                blockSize[f]++;
            }
        }
        List<List<BlockMember>> blocks = new ArrayList<>();
        int[] blockOf = new int[space.featureCount()];
        for (int f = 0; f < blockSize.length; f++) {
            blockOf[f] = blockSize[f] < 2 ? -1 : blocks.size();
            if (blockSize[f] >= 2) {
                blocks.add(new ArrayList<>(blockSize[f]));
            }
        }
        int[] featureOfBlock = new int[blocks.size()];
        for (int f = 0; f < blockOf.length; f++) {
            if (blockOf[f] >= 0) {
                featureOfBlock[blockOf[f]] = f;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int f : keys[i]) {
                if (blockOf[f] >= 0) {
                    blocks.get(blockOf[f]).add(new BlockMember(i, keys[i], vectors.get(i)));
                }
            }
        }
        List<Growing> parts = Chunks.map(blocks.size(), BLOCK_CHUNK, (from, to) -> {
            Growing edges = new Growing();
            for (int k = from; k < to; k++) {
                edges.comparisons += linkBlock(featureOfBlock[k], blocks.get(k), config, edges::add);
            }
            return edges;
        });
        return Growing.concat(parts).distinct(n);
    }

    /**
     * Compares the members of the block of one word: all pairs when there are at most
     * {@link ClusteringConfig#blockWindow()} of them, else each with its neighbours in the
     * block sorted by the members' other blocking words. Hands each pair {@code a < b} at
     * least {@link ClusteringConfig#edgeFloor()} similar to the sink.
     *
     * @return the number of comparisons made
     */
    public static long linkBlock(int feature, List<BlockMember> members, ClusteringConfig config, Sink sink) {
        BlockMember[] block = members.toArray(BlockMember[]::new);
        int window = config.blockWindow();
        int reach = block.length > window ? window / 2 : block.length;
        if (block.length > window) {
            Arrays.sort(block, byOtherKeys(feature));
        } else {
            Arrays.sort(block, Comparator.comparingInt(BlockMember::node));
        }
        long comparisons = 0;
        for (int p = 0; p < block.length; p++) {
            for (int q = p + 1; q < block.length && q - p <= reach; q++) {
                BlockMember x = block[p].node() < block[q].node() ? block[p] : block[q];
                BlockMember y = x == block[p] ? block[q] : block[p];
                comparisons++;
                double s = x.vector().dot(y.vector());
                if (s >= config.edgeFloor() && s > 0) {
                    sink.link(x.node(), y.node(), s);
                }
            }
        }
        return comparisons;
    }

    /** The highest-weighted word features of a vector, heaviest first (ties: lower id). */
    public static int[] blockingKeys(SparseVector v, FeatureSpace space, int limit) {
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

    /** Orders a large block by each member's other blocking keys, then by node number. */
    private static Comparator<BlockMember> byOtherKeys(int feature) {
        return (x, y) -> {
            int[] kx = x.keys();
            int[] ky = y.keys();
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
                    return c != 0 ? c : Integer.compare(x.node(), y.node());
                }
                if (kx[ix] != ky[iy]) {
                    return Integer.compare(kx[ix], ky[iy]);
                }
                ix++;
                iy++;
            }
        };
    }

    /** Edges as they are found, in any order and possibly more than once. */
    public static final class Growing {
        private int[] a = new int[1024];
        private int[] b = new int[1024];
        private double[] s = new double[1024];
        private int size;
        private long comparisons;

        /** The parts one after the other, copied once. */
        static Growing concat(List<Growing> parts) {
            Growing all = new Growing();
            int total = 0;
            for (Growing part : parts) {
                total += part.size;
            }
            all.a = new int[Math.max(1, total)];
            all.b = new int[Math.max(1, total)];
            all.s = new double[Math.max(1, total)];
            for (Growing part : parts) {
                System.arraycopy(part.a, 0, all.a, all.size, part.size);
                System.arraycopy(part.b, 0, all.b, all.size, part.size);
                System.arraycopy(part.s, 0, all.s, all.size, part.size);
                all.size += part.size;
                all.comparisons += part.comparisons;
            }
            return all;
        }

        public void add(int x, int y, double sim) {
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

        public void count(long made) {
            comparisons += made;
        }

        /** The distinct edges found, sorted ({@link Edges#of}). */
        public Edges distinct(int nodes) {
            return Edges.of(nodes, a, b, s, size, comparisons);
        }

        Edges done(long comparisons) {
            return new Edges(Arrays.copyOf(a, size), Arrays.copyOf(b, size), Arrays.copyOf(s, size), size, comparisons);
        }
    }
}
