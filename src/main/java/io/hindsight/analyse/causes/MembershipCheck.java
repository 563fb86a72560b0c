package io.hindsight.analyse.causes;

/**
 * Leaves out of its group a node whose strongest link into the group is below a threshold:
 * modularity places every node somewhere, and a factor that merely sits near a group is
 * better left unclustered than counted as a recurrence.
 */
final class MembershipCheck {
    private MembershipCheck() {}

    /** @return groups with weakly attached nodes moved to groups of their own (their own number) */
    static int[] apply(int[] group, CandidateLinker.Edges edges, double threshold) {
        int n = group.length;
        if (threshold <= 0) {
            return group;
        }
        double[] strongest = new double[n];
        for (int e = 0; e < edges.size(); e++) {
            int a = edges.a()[e];
            int b = edges.b()[e];
            if (group[a] == group[b]) {
                strongest[a] = Math.max(strongest[a], edges.similarity()[e]);
                strongest[b] = Math.max(strongest[b], edges.similarity()[e]);
            }
        }
        int[] out = group.clone();
        for (int i = 0; i < n; i++) {
            if (strongest[i] < threshold) {
                out[i] = n + i;
            }
        }
        return out;
    }
}
