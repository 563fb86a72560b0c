package io.hindsight.analyse.causes;

/** A unit-length sparse vector: feature ids ascending, with their weights. */
public record SparseVector(int[] ids, double[] weights) {
    public static final SparseVector EMPTY = new SparseVector(new int[0], new double[0]);

    public SparseVector {
        if (ids.length != weights.length) {
            throw new IllegalArgumentException("ids and weights differ in length: " + ids.length + " vs " + weights.length);
        }
    }

    /** Equal when the ids and weights are: identical vectors are one node of the graph. */
    @Override
    public boolean equals(Object o) {
        return o instanceof SparseVector v && java.util.Arrays.equals(ids, v.ids) && java.util.Arrays.equals(weights, v.weights);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Arrays.hashCode(ids) + java.util.Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "SparseVector" + java.util.Arrays.toString(ids) + java.util.Arrays.toString(weights);
    }

    public boolean isEmpty() {
        return ids.length == 0;
    }

    /** Dot product (cosine similarity, both being unit length). */
    public double dot(SparseVector other) {
        int[] a = ids;
        int[] b = other.ids;
        int i = 0;
        int j = 0;
        double sum = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                sum += weights[i++] * other.weights[j++];
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }
}
