package io.hindsight.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterBenchMetricsTest {
    @Test
    void identicalPartitionsScoreOne() {
        ClusterBenchMetrics.Scores s = ClusterBenchMetrics.score(List.of("a", "a", "b", "b"), List.of("x", "x", "y", "y"));
        assertThat(s.ari()).isEqualTo(1.0);
        assertThat(s.f1()).isEqualTo(1.0);
    }

    @Test
    void knownValues() {
        // gold {1,2,3}{4,5,6}; predicted {1,2}{3,4}{5,6}: ARI from the contingency table is 0.2424...
        List<String> gold = List.of("a", "a", "a", "b", "b", "b");
        List<String> predicted = List.of("x", "x", "y", "y", "z", "z");
        ClusterBenchMetrics.Scores s = ClusterBenchMetrics.score(gold, predicted);
        assertThat(s.ari()).isCloseTo(0.24242, within(1e-4));
        assertThat(s.precision()).isCloseTo(5.0 / 6, within(1e-9));
        assertThat(s.recall()).isCloseTo(5.0 / 9, within(1e-9));
    }

    @Test
    void unclusteredItemsAreSingletons() {
        ClusterBenchMetrics.Scores s = ClusterBenchMetrics.score(List.of("a", "a", "b"), Arrays.asList(null, null, null));
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(s.clusteredShare()).isZero();
        assertThat(s.ari()).isZero();
    }
}
