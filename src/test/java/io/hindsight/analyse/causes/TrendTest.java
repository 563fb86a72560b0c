package io.hindsight.analyse.causes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hindsight.model.Quarter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrendTest {
    private static final Quarter Q = Quarter.parse("2026-Q2");

    @Test
    void newWhenFirstSeenInTheReviewQuarter() {
        assertThat(Trend.of(Map.of("2026-Q2", 1), Q)).isEqualTo(Trend.NEW);
        assertThat(Trend.of(Map.of("2026-Q2", 3, "2026-Q3", 5), Q)).isEqualTo(Trend.NEW);
    }

    @Test
    void risingFallingSteadyCompareWithThePreviousQuarter() {
        assertThat(Trend.of(Map.of("2026-Q1", 1, "2026-Q2", 2), Q)).isEqualTo(Trend.RISING);
        assertThat(Trend.of(Map.of("2025-Q3", 4, "2026-Q2", 1), Q)).isEqualTo(Trend.RISING);
        assertThat(Trend.of(Map.of("2026-Q1", 3, "2026-Q2", 1), Q)).isEqualTo(Trend.FALLING);
        assertThat(Trend.of(Map.of("2026-Q1", 2), Q)).isEqualTo(Trend.FALLING);
        assertThat(Trend.of(Map.of("2026-Q1", 2, "2026-Q2", 2), Q)).isEqualTo(Trend.STEADY);
        assertThat(Trend.of(Map.of("2025-Q1", 2), Q)).isEqualTo(Trend.STEADY);
    }

    @Test
    void laterQuartersAndNoDatesDoNotCount() {
        assertThat(Trend.of(Map.of("2026-Q3", 9), Q)).isEqualTo(Trend.STEADY);
        assertThat(Trend.of(Map.of(), Q)).isEqualTo(Trend.STEADY);
    }

    @Test
    void badKeysAreRejected() {
        assertThatThrownBy(() -> Trend.of(Map.of("Q2", 1), Q)).hasMessageContaining("'Q2'");
        assertThatThrownBy(() -> Trend.of(Map.of("2026-Q2", -1), Q)).hasMessageContaining("-1");
    }
}
