package io.hindsight.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hindsight.spark.CauseStage;
import org.junit.jupiter.api.Test;

class DriverMaxFactorsTest {
    @Test
    void defaultsToNoLimitInLocalModeAndToTheDriverLimitOnACluster() throws Exception {
        assertThat(QuarterlyJob.driverMaxFactors(null, true)).isEqualTo(Long.MAX_VALUE);
        assertThat(QuarterlyJob.driverMaxFactors(null, false)).isEqualTo(CauseStage.DRIVER_MAX_FACTORS);
    }

    @Test
    void aSettingWinsInEitherMode() throws Exception {
        assertThat(QuarterlyJob.driverMaxFactors("0", true)).isZero();
        assertThat(QuarterlyJob.driverMaxFactors(" 20000 ", false)).isEqualTo(20_000);
    }

    @Test
    void aBadSettingIsAUsageProblemNamingTheSetting() {
        for (String bad : new String[] {"-1", "lots", "1e6", ""}) {
            assertThatThrownBy(() -> QuarterlyJob.driverMaxFactors(bad, true))
                    .isInstanceOf(QuarterlyJob.UsageProblem.class)
                    .hasMessageContaining(QuarterlyJob.DRIVER_MAX_FACTORS_CONF).hasMessageContaining("'" + bad + "'");
        }
    }
}
