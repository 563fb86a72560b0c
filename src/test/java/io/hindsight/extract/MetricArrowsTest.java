package io.hindsight.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Figures changed with an arrow ({@link MetricArrows}): which way they went, and which do not compare. */
class MetricArrowsTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "5xx 38% → 9%|-1", "p99 4.2s -> 380ms|-1", "lag 6h52m -> 5h10m|-1", "lag 1h -> 75min|1", "lag 340s → 12s.|-1",
        "queue 1,900/min → 540/min|-1", "scaled 20 → 40 pods|1", "p99 40ms → 1.9s|1",
        // different units, a setting's new value, a version number: no measure moved
        "38% → 9 ms|0", "skew tolerance 60s -> 300s|0", "timeout 5s → 30s|0", "max connections 200 -> 400|0"})
    void theDirectionOfAFigure(String text, int direction) {
        assertThat(MetricArrows.in(text)).singleElement().extracting(MetricArrows.Change::direction).isEqualTo(direction);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"ap-south-1 timeout rate 2.6% → 0.4%", "errors 140/min → 25/min, then flat"})
    void aRateOfTimeoutsIsAMeasureNotASetting(String text) {
        assertThat(MetricArrows.anyFalls(text)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"upgraded 1.2 -> 1.3.4", "no arrow here", "v2.14 → v2.15"})
    void versionsAndTextWithoutArrowsHoldNone(String text) {
        assertThat(MetricArrows.in(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "errors from 30% to 9%|-1", "p99 from 400ms to 4.2s|1", "lag from 2h to 40min|-1",
        // a share someone set, not a measure moving
        "rollout raised from 10% to 50%|0", "canary weight from 5% to 25%|0"})
    void aChangeWrittenFromAFigureToAnother(String text, int direction) {
        assertThat(MetricArrows.in(text)).singleElement().extracting(MetricArrows.Change::direction).isEqualTo(direction);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"scaled from 2 to 5 pods", "moved from 1.2 to 1.3", "from 09:10 to 09:40"})
    void countsWithoutUnitsAndClockTimesAreNoChangeInWords(String text) {
        assertThat(MetricArrows.in(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theTwoFormsOverTheSameFiguresCountOnce() {
        assertThat(MetricArrows.in("errors from 5% to 2% -> 1%")).singleElement().extracting(MetricArrows.Change::direction).isEqualTo(-1);
    }
}
