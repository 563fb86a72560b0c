package io.hindsight.analyse.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Nearest-rank percentiles, checked against values worked out by hand. */
class PercentilesTest {
    @Test
    void nearestRankOfFourValues() {
        long[] v = {5, 10, 20, 40};
        assertThat(Percentiles.nearestRank(v, 50)).isEqualTo(10);   // ceil(2.0) = rank 2
        assertThat(Percentiles.nearestRank(v, 90)).isEqualTo(40);   // ceil(3.6) = rank 4
        assertThat(Percentiles.nearestRank(v, 25)).isEqualTo(5);    // ceil(1.0) = rank 1
        assertThat(Percentiles.nearestRank(v, 75)).isEqualTo(20);   // ceil(3.0) = rank 3
        assertThat(Percentiles.nearestRank(v, 100)).isEqualTo(40);
    }

    @Test
    void nearestRankOfOneToTen() {
        long[] v = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(Percentiles.nearestRank(v, 90)).isEqualTo(9);    // 0.9 * 10 = 9 exactly, no float drift to 10
        assertThat(Percentiles.nearestRank(v, 50)).isEqualTo(5);
        assertThat(Percentiles.nearestRank(v, 91)).isEqualTo(10);   // ceil(9.1) = 10
        assertThat(Percentiles.nearestRank(v, 0.1)).isEqualTo(1);
    }

    @Test
    void oddCountMedianIsTheMiddle() {
        assertThat(Percentiles.nearestRank(new long[] {3, 7, 100}, 50)).isEqualTo(7);
        assertThat(Percentiles.nearestRank(new long[] {3, 7, 100}, 90)).isEqualTo(100);
        assertThat(Percentiles.nearestRank(new long[] {42}, 90)).isEqualTo(42);
    }

    @Test
    void rejectsBadArgumentsNamingThem() {
        assertThatThrownBy(() -> Percentiles.nearestRank(new long[0], 50)).hasMessageContaining("no values");
        assertThatThrownBy(() -> Percentiles.nearestRank(new long[] {1}, 0)).hasMessageContaining("got 0.0");
        assertThatThrownBy(() -> Percentiles.nearestRank(new long[] {1}, 101)).hasMessageContaining("got 101.0");
        assertThatThrownBy(() -> Percentiles.nearestRank(new long[] {2, 1}, 50)).hasMessageContaining("index 1: 2 > 1");
    }

    @Test
    void distributionOfAnUnsortedSample() {
        Distribution d = Distribution.of(List.of(60L, 5L, 20L, 400L, 30L, 10L));
        // sorted 5 10 20 30 60 400; n = 6
        assertThat(d.n()).isEqualTo(6);
        assertThat(d.min()).isEqualTo(5);
        assertThat(d.q1()).isEqualTo(10);      // ceil(1.5) = 2
        assertThat(d.median()).isEqualTo(20);  // ceil(3.0) = 3
        assertThat(d.q3()).isEqualTo(60);      // ceil(4.5) = 5
        assertThat(d.p90()).isEqualTo(400);    // ceil(5.4) = 6
        assertThat(d.max()).isEqualTo(400);
        assertThat(d.mean()).isCloseTo(87.5, within(1e-9));
        assertThat(d.values()).containsExactly(5L, 10L, 20L, 30L, 60L, 400L);
        assertThat(d.smallSample()).isFalse();
        assertThat(Distribution.of(List.of(1L, 2L, 3L, 4L)).smallSample()).isTrue();
        assertThat(Distribution.of(List.of()).hasData()).isFalse();
    }
}
