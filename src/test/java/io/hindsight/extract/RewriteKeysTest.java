package io.hindsight.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The one-pass filter in front of the classifier's rewrites may only rule out what cannot apply:
 * every alternative of every rewrite must be kept for a text holding its literals, and an
 * ordinary event must rule out most of them (or the filter saves nothing).
 */
class RewriteKeysTest {
    private static final PhaseClassifier.RewriteKeys KEYS = PhaseClassifier.REWRITE_KEYS;

    @Test
    void keepsEveryAlternativeForATextHoldingItsLiterals() {
        int checked = 0;
        for (int r = 0; r < PhaseClassifier.REWRITES.size(); r++) {
            List<List<PhaseClassifier.Need>> needs = PhaseClassifier.REWRITES.get(r).needs();
            for (int k = 0; k < needs.size(); k++) {
                String text = needs.get(k).stream().map(PhaseClassifier.Need::word).collect(Collectors.joining(" "));
                long[] candidates = KEYS.candidates(text, null);
                int a = KEYS.firstAlternative(r) + k;
                assertThat(KEYS.mayApply(candidates, r)).as("rewrite %d for '%s'", r, text).isTrue();
                assertThat(candidates[a >>> 6] & 1L << a).as("alternative %d of rewrite %d for '%s'", k, r, text).isNotZero();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(PhaseClassifier.REWRITES.size());
    }

    @Test
    void rulesOutMostRewritesForAnOrdinaryEvent() {
        for (String event : List.of("Deploy of v4.12.0 finished; error rate back to baseline within five minutes",
                "Marta restarts the consumer group and lag starts to drain",
                "Customers report blank product pages on the mobile app")) {
            long[] candidates = KEYS.candidates(event.toLowerCase(java.util.Locale.ROOT), null);
            int kept = 0;
            for (int r = 0; r < PhaseClassifier.REWRITES.size(); r++) {
                if (KEYS.mayApply(candidates, r)) {
                    kept++;
                }
            }
            // 17-33 of the 313 are kept for these (an event naming "pages" keeps every rewrite about paging)
            assertThat(kept).as(event).isLessThan(PhaseClassifier.REWRITES.size() / 5);
        }
    }
}
