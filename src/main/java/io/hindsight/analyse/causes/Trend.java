package io.hindsight.analyse.causes;

import io.hindsight.model.Quarter;
import java.util.Map;
import java.util.Objects;

/**
 * How a recurring cause moved in the review quarter, by distinct incidents per quarter. The
 * rule, with {@code now} the incidents in the review quarter and {@code before} those in the
 * quarter just before it:
 *
 * <ul>
 *   <li>{@link #NEW}: {@code now > 0} and the cause has no incident in any earlier quarter;
 *   <li>{@link #RISING}: otherwise {@code now > before};
 *   <li>{@link #FALLING}: {@code now < before};
 *   <li>{@link #STEADY}: {@code now == before} (also a cause seen only in other quarters, or
 *       only in incidents without a date).
 * </ul>
 *
 * Quarters after the review quarter are ignored, so a re-run of an old quarter gives the
 * trend as it was then.
 */
public enum Trend {
    NEW, RISING, FALLING, STEADY;

    /**
     * @param countByQuarter distinct incidents per quarter, keyed {@code 2026-Q1}
     * @param review the quarter under review
     */
    public static Trend of(Map<String, Integer> countByQuarter, Quarter review) {
        Objects.requireNonNull(countByQuarter, "countByQuarter");
        Objects.requireNonNull(review, "review");
        int now = 0;
        int before = 0;
        int earlier = 0;
        for (Map.Entry<String, Integer> e : countByQuarter.entrySet()) {
            Quarter q = Quarter.parse(e.getKey());
            int n = e.getValue();
            if (n < 0) {
                throw new IllegalArgumentException("negative count " + n + " for " + e.getKey());
            }
            if (q.equals(review)) {
                now += n;
            } else if (q.compareTo(review) < 0) {
                earlier += n;
                if (q.equals(review.minus(1))) {
                    before += n;
                }
            }
        }
        if (now > 0 && earlier == 0) {
            return NEW;
        }
        if (now > before) {
            return RISING;
        }
        return now < before ? FALLING : STEADY;
    }
}
