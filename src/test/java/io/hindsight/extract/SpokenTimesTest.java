package io.hindsight.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Times as support and operations leads say them at the start of a timeline line. */
class SpokenTimesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            half past eight in the morning - slots opened          | 08:30 - slots opened
            ten past two - the developers rolled back              | 14:10 - the developers rolled back
            quarter to four in the afternoon: all clear            | 15:45: all clear
            twenty-five to nine - first call                       | 08:35 - first call
            half four - Closed it off                              | 16:30 - Closed it off
            about 4 in the afternoon - all customers rebooked      | 16:00 - all customers rebooked
            just after 9.30 - Mo picked it up                      | 09:30 - Mo picked it up
            around 11 - support escalated                          | 11:00 - support escalated
            5 o'clock - handed over                                | 17:00 - handed over
            11 at night - the batch ran                            | 23:00 - the batch ran
            noon - update posted                                   | 12:00 - update posted
            midnight - job started                                 | 00:00 - job started
            """)
    void readsTheTimeOnTheFirstLine(String line, String expected) {
        assertThat(SpokenTimes.atStart(line.strip(), Optional.empty())).contains(expected.strip());
    }

    @Test
    void aBareHourIsOnTheHalfOfTheDayAfterThePreviousLine() {
        assertThat(SpokenTimes.atStart("about 9 - calls again", Optional.of(LocalTime.of(20, 40)))).contains("21:00 - calls again");
        assertThat(SpokenTimes.atStart("about 9 - calls again", Optional.of(LocalTime.of(8, 10)))).contains("09:00 - calls again");
        assertThat(SpokenTimes.atStart("half one - back up", Optional.of(LocalTime.of(23, 50)))).contains("01:30 - back up");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            3 customers called the desk
            half the customers saw errors - some did not
            ten orders stuck in the queue
            at least 40 stores - offline
            At 4:55 p.m. we talked about reverting the refactor
            About 1,350 new listings were invisible for two hours
            """)
    void leavesNumbersThatAreNoTime(String line) {
        assertThat(SpokenTimes.atStart(line.strip(), Optional.empty())).isEmpty();
    }
}
