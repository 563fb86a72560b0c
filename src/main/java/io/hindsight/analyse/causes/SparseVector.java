package io.hindsight.analyse.causes;

/** A unit-length sparse vector: feature ids ascending, with their weights. */
record SparseVector(int[] ids, double[] weights) {
    static final SparseVector EMPTY = new SparseVector(new int[0], new double[0]);

    SparseVector {
        if (ids.length != weights.length) {
            throw new IllegalArgumentException("ids and weights differ in length: " + ids.length + " vs " + weights.length);
        }
    }

    boolean isEmpty() {
        return ids.length == 0;
    }

    /** Dot product (cosine similarity, both being unit length). */
    double dot(SparseVector other) {
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
