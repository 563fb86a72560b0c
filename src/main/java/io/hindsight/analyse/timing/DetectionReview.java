package io.hindsight.analyse.timing;

import io.hindsight.model.Quarter;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * How incidents were first noticed, quarter by quarter. Shares are of all incidents of the
 * quarter, including those whose postmortem does not say ("unknown").
 *
 * @param methods    the methods shown, in a fixed order: alert, customer_report, internal, any
 *                   other method that occurs in the window, then unknown when it occurs
 * @param byQuarter  the trend window, oldest first
 * @param changes    per method: this quarter against the previous one
 * @param ttdByMethod per method: time to detect in the quarter under review
 */
public record DetectionReview(List<String> methods, List<QuarterMix> byQuarter, List<MethodChange> changes,
                              List<MethodTtd> ttdByMethod) {
    public DetectionReview {
        methods = List.copyOf(methods);
        byQuarter = List.copyOf(byQuarter);
        changes = List.copyOf(changes);
        ttdByMethod = List.copyOf(ttdByMethod);
    }

    /** @param counts one per method of {@link #methods()}, in that order */
    public record QuarterMix(Quarter quarter, boolean covered, int total, List<MethodCount> counts) {
        public QuarterMix {
            counts = List.copyOf(counts);
        }

        public int count(String method) {
            return counts.stream().filter(c -> c.method().equals(method)).mapToInt(MethodCount::count).sum();
        }
    }

    public record MethodCount(String method, int count) {
    }

    /**
     * @param share          count / incidents of the quarter, 0..1; empty when the quarter had none
     * @param previous       empty when the corpus does not reach back to the previous quarter
     * @param changePoints   share change in percentage points; empty when either share is
     */
    public record MethodChange(String method, int current, OptionalDouble share, OptionalInt previous,
                               OptionalDouble previousShare, OptionalDouble changePoints) {
    }

    public record MethodTtd(String method, Distribution ttd) {
    }
}
