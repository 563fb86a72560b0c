package io.hindsight.analyse.causes;

import java.util.Arrays;

/**
 * Louvain community detection (Blondel et al. 2008) on the similarity graph, maximising
 * modularity with a resolution parameter: {@code Q = sum over groups of
 * (internal weight / m - resolution * (group degree / 2m)^2)}. Modularity judges a group
 * against the whole graph, so a high resolution would cut a small input into pieces however
 * alike its members: below {@code minNodes} nodes the resolution shrinks in proportion, down
 * to the standard 1 (from {@code minNodes} nodes on it is as configured). The graph holds each
 * factor's
 * strongest links only ({@link CandidateLinker.Edges#strongest}). Nodes are visited in number
 * order and ties keep a node where it is, else go to the lower group number, so the result
 * depends only on the graph. Each pass is linear in the number of links.
 */
final class Louvain {
    private static final int MAX_PASSES = 50;

    private Louvain() {}

    /** @return the group number of each node, numbered from 0 in order of their lowest node */
    static int[] cluster(int n, CandidateLinker.Edges edges, double resolution, int minNodes) {
        double effective = Math.max(Math.min(1.0, resolution), resolution * Math.min(1.0, (double) n / minNodes));
        Graph current = Graph.of(n, edges.a(), edges.b(), edges.similarity(), edges.size());

        int[] membership = new int[n];
        for (int i = 0; i < n; i++) {
            membership[i] = i;
        }
        while (true) {
            int[] community = localMoves(current, effective);
            int groups = renumber(community);
            for (int i = 0; i < n; i++) {
                membership[i] = community[membership[i]];
            }
            if (groups == current.n) {
                break;
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
        boolean[] isTouched = new boolean[n];
        int[] touched = new int[n];
        boolean moved = true;
        int passes = 0;
        while (moved && passes++ < MAX_PASSES) {
            moved = false;
            for (int i = 0; i < n; i++) {
                int own = community[i];
                double k = g.degree[i];
                double scale = 1 / m2;
                tot[own] -= k;
                int count = 0;
                for (int p = g.start[i]; p < g.start[i + 1]; p++) {
                    int j = g.target[p];
                    if (j == i) {
                        continue;
                    }
                    int c = community[j];
                    if (!isTouched[c]) {
                        isTouched[c] = true;
                        touched[count++] = c;
                    }
                    weightTo[c] += g.weight[p];
                }
                int best = own;
                double bestGain = weightTo[own] - resolution * tot[own] * k * scale;
                for (int t = 0; t < count; t++) {
                    int c = touched[t];
                    double gain = weightTo[c] - resolution * tot[c] * k * scale;
                    if (gain > bestGain + 1e-12
                            || (gain >= bestGain - 1e-12 && best != own && c != own && c < best)) {
                        best = c;
                        bestGain = gain;
                    }
                }
                for (int t = 0; t < count; t++) {
                    weightTo[touched[t]] = 0;
                    isTouched[touched[t]] = false;
                }
                tot[best] += k;
                if (best != own) {
                    community[i] = best;
                    moved = true;
                }
            }
        }
        return community;
    }

    /** Renumbers groups from 0 in order of their lowest member; returns the group count. */
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

    /** An undirected weighted graph in compressed rows; a self-loop is stored once. */
    private static final class Graph {
        final int n;
        final int[] start;
        final int[] target;
        final double[] weight;
        final double[] degree;
        final double totalWeight;

        private Graph(int n, int[] start, int[] target, double[] weight, double[] degree, double totalWeight) {
            this.n = n;
            this.start = start;
            this.target = target;
            this.weight = weight;
            this.degree = degree;
            this.totalWeight = totalWeight;
        }

        static Graph of(int n, int[] a, int[] b, double[] w, int size) {
            int[] count = new int[n + 1];
            for (int e = 0; e < size; e++) {
                count[a[e]]++;
                if (a[e] != b[e]) {
                    count[b[e]]++;
                }
            }
            int[] start = new int[n + 1];
            for (int i = 0; i < n; i++) {
                start[i + 1] = start[i] + count[i];
            }
            int[] target = new int[start[n]];
            double[] weight = new double[start[n]];
            double[] degree = new double[n];
            int[] fill = Arrays.copyOf(start, n);
            double total = 0;
            for (int e = 0; e < size; e++) {
                int x = a[e];
                int y = b[e];
                target[fill[x]] = y;
                weight[fill[x]++] = w[e];
                if (x != y) {
                    target[fill[y]] = x;
                    weight[fill[y]++] = w[e];
                    degree[x] += w[e];
                    degree[y] += w[e];
                } else {
                    degree[x] += 2 * w[e];
                }
                total += w[e];
            }
            return new Graph(n, start, target, weight, degree, total);
        }

        Graph aggregate(int[] community, int groups) {
            int links = 0;
            long[] keys = new long[target.length];
            double[] values = new double[target.length];
            for (int i = 0; i < n; i++) {
                for (int p = start[i]; p < start[i + 1]; p++) {
                    int j = target[p];
                    if (j < i) {
                        continue;
                    }
                    int x = Math.min(community[i], community[j]);
                    int y = Math.max(community[i], community[j]);
                    keys[links] = ((long) x << 32) | y;
                    values[links] = weight[p];
                    links++;
                }
            }
            Integer[] order = new Integer[links];
            for (int e = 0; e < links; e++) {
                order[e] = e;
            }
            long[] k = keys;
            Arrays.sort(order, (p, q) -> p.equals(q) ? 0 : k[p] != k[q] ? Long.compare(k[p], k[q]) : Integer.compare(p, q));
            int[] a = new int[links];
            int[] b = new int[links];
            double[] w = new double[links];
            int size = 0;
            for (int r = 0; r < links; r++) {
                int e = order[r];
                if (size > 0 && ((long) a[size - 1] << 32 | b[size - 1]) == keys[e]) {
                    w[size - 1] += values[e];
                } else {
                    a[size] = (int) (keys[e] >>> 32);
                    b[size] = (int) keys[e];
                    w[size] = values[e];
                    size++;
                }
            }
            return of(groups, a, b, w, size);
        }
    }
}
