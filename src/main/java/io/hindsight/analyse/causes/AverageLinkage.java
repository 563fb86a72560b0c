package io.hindsight.analyse.causes;

import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Agglomerative clustering with average linkage over a sparse similarity graph (pairs not in
 * the graph count as similarity 0). Two groups merge while the average similarity over all
 * their cross pairs is at least the threshold, best pair first; a single bridging pair cannot
 * chain two causes together the way single linkage (union-find) would, because it is divided
 * by the product of the group sizes. Ties go to the lower node numbers, so the result depends
 * only on the graph.
 */
final class AverageLinkage {
    private AverageLinkage() {}

    /**
     * @param weights how many factors each node stands for (identical texts are one node)
     * @return for each node, the lowest node number of its group
     */
    static int[] cluster(int[] weights, CandidateLinker.Edges edges, double threshold) {
        int n = weights.length;
        long[] size = new long[n];
        int[] version = new int[n];
        int[] parent = new int[n];
        @SuppressWarnings("unchecked")
        Map<Integer, Double>[] links = new Map[n];
        for (int i = 0; i < n; i++) {
            size[i] = weights[i];
            parent[i] = i;
            links[i] = new HashMap<>();
        }
        PriorityQueue<Candidate> queue = new PriorityQueue<>();
        for (int e = 0; e < edges.size(); e++) {
            int a = edges.a()[e];
            int b = edges.b()[e];
            double total = edges.similarity()[e] * weights[a] * weights[b];
            links[a].put(b, total);
            links[b].put(a, total);
            queue.add(new Candidate(edges.similarity()[e], a, b, 0, 0));
        }
        while (!queue.isEmpty()) {
            Candidate c = queue.poll();
            if (c.average < threshold) {
                break;
            }
            if (parent[c.a] != c.a || parent[c.b] != c.b || version[c.a] != c.va || version[c.b] != c.vb) {
                continue;
            }
            int keep = links[c.a].size() >= links[c.b].size() ? c.a : c.b;
            int gone = keep == c.a ? c.b : c.a;
            parent[gone] = keep;
            size[keep] += size[gone];
            version[keep]++;
            links[keep].remove(gone);
            links[gone].remove(keep);
            for (Map.Entry<Integer, Double> e : links[gone].entrySet()) {
                int other = e.getKey();
                links[keep].merge(other, e.getValue(), Double::sum);
                links[other].remove(gone);
            }
            links[gone] = Map.of();
            for (Map.Entry<Integer, Double> e : links[keep].entrySet()) {
                int other = e.getKey();
                double total = e.getValue();
                links[other].put(keep, total);
                double average = total / ((double) size[keep] * size[other]);
                if (average >= threshold) {
                    int lo = Math.min(keep, other);
                    int hi = Math.max(keep, other);
                    queue.add(new Candidate(average, lo, hi, version[lo], version[hi]));
                }
            }
        }
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            int root = i;
            while (parent[root] != root) {
                root = parent[root];
            }
            group[i] = root;
        }
        int[] lowest = new int[n];
        java.util.Arrays.fill(lowest, Integer.MAX_VALUE);
        for (int i = 0; i < n; i++) {
            lowest[group[i]] = Math.min(lowest[group[i]], i);
        }
        for (int i = 0; i < n; i++) {
            group[i] = lowest[group[i]];
        }
        return group;
    }

    private record Candidate(double average, int a, int b, int va, int vb) implements Comparable<Candidate> {
        @Override
        public int compareTo(Candidate o) {
            int c = Double.compare(o.average, average);
            if (c != 0) {
                return c;
            }
            c = Integer.compare(a, o.a);
            return c != 0 ? c : Integer.compare(b, o.b);
        }
    }
}
