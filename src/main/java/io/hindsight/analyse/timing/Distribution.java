package io.hindsight.analyse.timing;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * A summary of a sample of whole numbers (minutes, days, scores): the count first, then
 * quartiles, median and p90 by {@link Percentiles#nearestRank nearest rank}, the mean beside
 * them, and the sorted values themselves (samples here are small: incidents of a quarter).
 * An empty sample has {@code n == 0} and zeros elsewhere; check {@link #hasData()} before
 * showing any other field.
 *
 * @param smallSample true when {@code n < SMALL_SAMPLE}: show, but flag, such figures
 */
public record Distribution(int n, long min, long q1, long median, long q3, long p90, long max, double mean,
                           List<Long> values, boolean smallSample) {
    /** Below this many values a figure is flagged as a small sample. */
    public static final int SMALL_SAMPLE = 5;

    public static final Distribution EMPTY = new Distribution(0, 0, 0, 0, 0, 0, 0, 0, List.of(), true);

    public Distribution {
        values = List.copyOf(values);
        if (n != values.size()) {
            throw new IllegalArgumentException("n is " + n + " but there are " + values.size() + " values");
        }
    }

    public static Distribution of(Collection<Long> sample) {
        if (sample.isEmpty()) {
            return EMPTY;
        }
        long[] v = sample.stream().mapToLong(Long::longValue).sorted().toArray();
        double mean = Arrays.stream(v).average().orElseThrow();
        return new Distribution(v.length, v[0], Percentiles.nearestRank(v, 25), Percentiles.nearestRank(v, 50),
                Percentiles.nearestRank(v, 75), Percentiles.nearestRank(v, 90), v[v.length - 1], mean,
                Arrays.stream(v).boxed().toList(), v.length < SMALL_SAMPLE);
    }

    public boolean hasData() {
        return n > 0;
    }
}
