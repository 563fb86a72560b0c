package io.hindsight.analyse.timing;

/**
 * Percentiles by the <b>nearest-rank</b> method, the one definition every number of the review
 * uses: the p-th percentile (0 &lt; p &le; 100) of n sorted values is the value at 1-based rank
 * {@code ceil(p / 100 * n)}. It is always a value that was observed (a real incident's minutes),
 * never an interpolation, and it is easy to check by hand: of {@code 5, 10, 20, 40} the median
 * (p50) is rank 2 = 10 and the p90 is rank 4 = 40; of {@code 1..10} the p90 is rank 9 = 9.
 * For an even count the median is therefore the lower of the two middle values.
 */
public final class Percentiles {
    private Percentiles() {
    }

    /**
     * @param sorted values in ascending order, at least one
     * @param p      the percentile, in (0, 100]
     */
    public static long nearestRank(long[] sorted, double p) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no values to take a percentile of");
        }
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100], got " + p);
        }
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] < sorted[i - 1]) {
                throw new IllegalArgumentException("values are not sorted at index " + i + ": " + sorted[i - 1] + " > " + sorted[i]);
            }
        }
        // ceil(p/100*n) computed without floating-point drift for whole percentiles (90 * 10 / 100 = 9 exactly).
        long rank = (long) Math.ceil(p * sorted.length / 100.0 - 1e-9);
        int index = (int) Math.max(1, Math.min(sorted.length, rank)) - 1;
        return sorted[index];
    }
}
