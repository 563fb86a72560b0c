package io.hindsight.analyse.causes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClusteringConfigTest {
    @Test
    void defaultsAreValid() {
        assertThat(ClusteringConfig.defaults().minIncidents()).isEqualTo(2);
    }

    @Test
    void reportsAllBadValuesTogetherWithTheValue() {
        assertThatThrownBy(() -> ClusteringConfig.defaults().withGrouping(0, 0, -1, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("edgeFloor must be in (0, 1), got 0.0")
                .hasMessageContaining("graphNeighbours must be in [1, 500], got 0")
                .hasMessageContaining("resolution must be in (0, 100], got -1.0")
                .hasMessageContaining("memberThreshold must be in [0, 1], got 2.0");
        assertThatThrownBy(() -> ClusteringConfig.defaults().withMinIncidents(0)).hasMessageContaining("minIncidents");
    }
}
