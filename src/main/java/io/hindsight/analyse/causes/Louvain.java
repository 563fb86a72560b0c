package io.hindsight.analyse.causes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Louvain community detection (Blondel et al. 2008) on the similarity graph, maximising
 * modularity with a resolution parameter: {@code Q = sum over groups of
 * (internal weight / m - resolution * (group degree / 2m)^2)}. Each factor keeps only its
 * strongest links ({@code neighbours}), so one hub cannot pull a whole theme together. Nodes
 * are visited in number order and ties keep the lower group number, so the result depends
 * only on the graph. Linear in the number of links per pass.
 */
final class Louvain {
    private Louvain() {}

    static int[] cluster(int n, CandidateLinker.Edges edges, int neighbours, double resolution, double minSimilarity) {
        // keep each node's strongest links, symmetrised
        List<List<int[]>> byNode = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            byNode.add(new ArrayList<>());
        }
        for (int e = 0; e < edges.size(); e++) {
            if (edges.similarity()[e] < minSimilarity) {
                continue;
            }
            byNode.get(edges.a()[e]).add(new int[] {edges.b()[e], e});
            byNode.get(edges.b()[e]).add(new int[] {edges.a()[e], e});
        }
        boolean[] keep = new boolean[edges.size()];
        double[] sim = edges.similarity();
        for (int i = 0; i < n; i++) {
            List<int[]> list = byNode.get(i);
            list.sort(Comparator.<int[]>comparingDouble(x -> -sim[x[1]]).thenComparingInt(x -> x[0]));
            for (int r = 0; r < Math.min(neighbours, list.size()); r++) {
                keep[list.get(r)[1]] = true;
            }
        }
        Graph g = new Graph(n);
        for (int e = 0; e < edges.size(); e++) {
            if (keep[e]) {
                g.add(edges.a()[e], edges.b()[e], sim[e]);
            }
        }
        g.freeze();

        int[] membership = new int[n];
        for (int i = 0; i < n; i++) {
            membership[i] = i;
        }
        Graph current = g;
        while (true) {
            int[] community = localMoves(current, resolution);
            int groups = renumber(community);
            if (groups == current.n) {
                break;
            }
            for (int i = 0; i < n; i++) {
                membership[i] = community[membership[i]];
            }
            current = current.aggregate(community, groups);
        }
        return membership;
    }

    private static int[] localMoves(Graph g, double resolution) {
        int n = g.n;
        double m2 = g.totalWeight * 2;
        int[] community = new int[n];
        double[] tot = new double[n];
        for (int i = 0; i < n; i++) {
            community[i] = i;
            tot[i] = g.degree[i];
        }
        if (m2 == 0) {
            return community;
        }
        double[] weightTo = new double[n];
        int[] touched = new int[n];
        boolean moved = true;
        int passes = 0;
        while (moved && passes++ < 100) {
            moved = false;
            for (int i = 0; i < n; i++) {
                int own = community[i];
                double k = g.degree[i];
                tot[own] -= k;
                int count = 0;
                for (int p = g.start[i]; p < g.start[i + 1]; p++) {
                    int j = g.target[p];
                    if (j == i) {
                        continue;
                    }
                    int c = community[j];
                    if (weightTo[c] == 0) {
                        touched[count++] = c;
                    }
                    weightTo[c] += g.weight[p];
                }
                int best = own;
                double bestGain = weightTo[own] - resolution * tot[own] * k / m2;
                for (int t = 0; t < count; t++) {
                    int c = touched[t];
                    double gain = weightTo[c] - resolution * tot[c] * k / m2;
                    if (gain > bestGain + 1e-12 || (Math.abs(gain - bestGain) <= 1e-12 && c < best && c != own
                            && best != own)) {
                        best = c;
                        bestGain = gain;
                    }
                }
                for (int t = 0; t < count; t++) {
                    weightTo[touched[t]] = 0;
                }
                weightTo[own] = 0;
                tot[best] += k;
                if (best != own) {
                    community[i] = best;
                    moved = true;
                }
            }
        }
        return community;
    }

    /** Renumbers groups 0.. in order of their lowest member; returns the group count. */
    private static int renumber(int[] community) {
        int[] map = new int[community.length];
        Arrays.fill(map, -1);
        int next = 0;
        for (int i = 0; i < community.length; i++) {
            int c = community[i];
            if (map[c] < 0) {
                map[c] = next++;
            }
            community[i] = map[c];
        }
        return next;
    }

    private static final class Graph {
        final int n;
        final List<double[]> pending = new ArrayList<>();
        int[] start;
        int[] target;
        double[] weight;
        double[] degree;
        double totalWeight;

        Graph(int n) {
            this.n = n;
        }

        void add(int a, int b, double w) {
            pending.add(new double[] {a, b, w});
        }

        void freeze() {
            int[] count = new int[n + 1];
            for (double[] e : pending) {
                count[(int) e[0]]++;
                if ((int) e[0] != (int) e[1]) {
                    count[(int) e[1]]++;
                }
            }
            start = new int[n + 1];
            for (int i = 0; i < n; i++) {
                start[i + 1] = start[i] + count[i];
            }
            target = new int[start[n]];
            weight = new double[start[n]];
            degree = new double[n];
            int[] fill = Arrays.copyOf(start, n);
            for (double[] e : pending) {
                int a = (int) e[0];
                int b = (int) e[1];
                double w = e[2];
                target[fill[a]] = b;
                weight[fill[a]++] = w;
                if (a != b) {
                    target[fill[b]] = a;
                    weight[fill[b]++] = w;
                    degree[a] += w;
                    degree[b] += w;
                } else {
                    degree[a] += 2 * w;
                }
                totalWeight += w;
            }
            pending.clear();
        }

        Graph aggregate(int[] community, int groups) {
            java.util.Map<Long, Double> merged = new java.util.TreeMap<>();
            for (int i = 0; i < n; i++) {
                for (int p = start[i]; p < start[i + 1]; p++) {
                    int j = target[p];
                    if (j < i) {
                        continue;
                    }
                    int a = Math.min(community[i], community[j]);
                    int b = Math.max(community[i], community[j]);
                    merged.merge(((long) a << 32) | b, weight[p], Double::sum);
                }
            }
            Graph g = new Graph(groups);
            merged.forEach((key, w) -> g.add((int) (key >>> 32), (int) (long) key, w));
            g.freeze();
            return g;
        }
    }
}
