package io.hindsight.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates as writers in other languages give them ({@link TimeExpressions}). */
class TimeExpressionsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "3 de septiembre de 2026|2026-09-03", "14 de agosto de 2026|2026-08-14", "2 de março de 2026|2026-03-02",
        "29 maart 2026|2026-03-29", "12 mei 2026|2026-05-12", "15 oktober 2026|2026-10-15",
        "3 März 2026|2026-03-03", "24 Dezember 2026|2026-12-24",
        "2 juin 2026|2026-06-02", "14 juillet 2026|2026-07-14", "1 août 2026|2026-08-01", "3 mars 2026|2026-03-03",
        "4 March 2026|2026-03-04", "July 4, 2026|2026-07-04",
        "lun. 12 oct. 2026|2026-10-12", "mardi 1er décembre 2026|2026-12-01", "Mar 4, 2026|2026-03-04",
        "maandag 9 februari 2026|2026-02-09", "onsdag 17 september 2025|2025-09-17", "niedziela, 29 marca 2026|2026-03-29"})
    void aMonthNamedInTheWritersLanguage(String text, String date) throws Exception {
        assertThat(TimeExpressions.date(text)).hasValue(LocalDate.parse(date));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Thu|THURSDAY", "thursday|THURSDAY", "Tues.|TUESDAY", "MON|MONDAY", "sun|SUNDAY"})
    void aWeekdayByItsNameOrAbbreviation(String name, java.time.DayOfWeek day) {
        assertThat(TimeExpressions.weekday(name)).hasValue(day);
    }

    @ParameterizedTest
    @ValueSource(strings = {"out of memory", "set 3 pods", "mai 2026 release"})
    void wordsThatAreNoDate(String text) throws Exception {
        assertThat(TimeExpressions.date(text)).isEmpty();
        assertThat(TimeExpressions.weekday(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // 5 April 2026 was a Sunday, 4 May a Monday: the weekday settles the order
        "Sunday 5/4/2026|2026-04-05", "Mon 5/4/2026|2026-05-04", "Sun, 05.04.2026|2026-04-05",
        "Saturday 4/4/2026 (ran into Sun 5/4)|2026-04-04", "Thu 18/06/2026|2026-06-18"})
    void aWeekdayBeforeANumericDate(String text, String date) throws Exception {
        assertThat(TimeExpressions.date(text)).hasValue(LocalDate.parse(date));
    }

    @org.junit.jupiter.api.Test
    void aWeekdayThatFitsBothOrdersOrNeitherLeavesTheDateInDoubt() {
        // 1 July and 7 January 2026 are both Wednesdays; neither date of 5/4/2026 is a Friday
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TimeExpressions.date("Wed 1/7/2026"))
                .isInstanceOf(TimeExpressions.AmbiguousDayOrder.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TimeExpressions.date("Fri 5/4/2026"))
                .isInstanceOf(TimeExpressions.AmbiguousDayOrder.class);
    }

    @org.junit.jupiter.api.Test
    void aCompactZuluTimeBeforeTheEventsWords() throws Exception {
        assertThat(TimeExpressions.stampAtStart("1347Z BGP from 142 branch CEs drops")).hasValueSatisfying(st -> {
            assertThat(st.time()).hasValue(java.time.LocalTime.of(13, 47));
            assertThat(st.zone()).hasValue(java.time.ZoneOffset.UTC);
        });
        // without the Z, four digits before words are no time ("2026 was a year", "1347 customers")
        assertThat(TimeExpressions.stampAtStart("1347 customers lost service")).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aNordicDateThenKlockanAndATimeWithAFullStop() throws Exception {
        assertThat(TimeExpressions.stampAtStart("2025-09-16 kl. 21.15 Schemat ändras")).hasValueSatisfying(st -> {
            assertThat(st.date()).hasValue(LocalDate.of(2025, 9, 16));
            assertThat(st.time()).hasValue(java.time.LocalTime.of(21, 15));
        });
    }

    @org.junit.jupiter.api.Test
    void aMilitaryDateTimeGroupInZulu() throws Exception {
        assertThat(TimeExpressions.stampAtStart("140602Z OCT 25  [sys] b-3 restarted")).hasValueSatisfying(st -> {
            assertThat(st.date()).hasValue(LocalDate.of(2025, 10, 14));
            assertThat(st.time()).hasValue(java.time.LocalTime.of(6, 2));
            assertThat(st.zone()).hasValue(java.time.ZoneOffset.UTC);
        });
        assertThat(TimeExpressions.stampAtStart("121540ZOCT25 (1040L) bulk import starts")).hasValueSatisfying(st ->
                assertThat(st.date()).hasValue(LocalDate.of(2025, 10, 12)));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TimeExpressions.stampAtStart("310602Z FEB 25 impossible"))
                .isInstanceOf(TimeExpressions.ImpossibleValue.class);
    }

    @org.junit.jupiter.api.Test
    void aTrackersPrintedStampWithATwoDigitYear() throws Exception {
        // Jira's printable view: "19/Mar/26 4:12 PM"
        TimeExpressions.Stamp s = TimeExpressions.stampAtStart("19/Mar/26 4:12 PM Comment by Dana").orElseThrow();
        assertThat(s.date()).hasValue(LocalDate.parse("2026-03-19"));
        assertThat(s.time()).hasValue(java.time.LocalTime.parse("16:12"));
        assertThat(TimeExpressions.stampAtStart("19-Mar-26 16:12").orElseThrow().date()).hasValue(LocalDate.parse("2026-03-19"));
        // a two-digit number after a space is no year
        assertThat(TimeExpressions.stampAtStart("19 Mar 26 people")).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aDateThenAnApproximateTime() throws Exception {
        TimeExpressions.Stamp s = TimeExpressions.stampAtStart("2026-10-02 ~09:10 (from S3 access logs, later) expiry starts").orElseThrow();
        assertThat(s.date()).contains(java.time.LocalDate.of(2026, 10, 2));
        assertThat(s.time()).contains(java.time.LocalTime.of(9, 10));
    }

    @org.junit.jupiter.api.Test
    void slacksShortAfternoonButNotAWordAfterATime() throws Exception {
        assertThat(TimeExpressions.stampAtStart("2:15p: Dana acks").orElseThrow().time()).contains(java.time.LocalTime.of(14, 15));
        assertThat(TimeExpressions.stampAtStart("9:40a we start").orElseThrow().time()).contains(java.time.LocalTime.of(9, 40));
        assertThat(TimeExpressions.stampAtStart("14:02 a user reports errors").orElseThrow().time()).contains(java.time.LocalTime.of(14, 2));
    }

    @org.junit.jupiter.api.Test
    void spanishWritersSpacedMeridiem() throws Exception {
        assertThat(TimeExpressions.stampAtStart("1:05 p. m. — se cierra").flatMap(TimeExpressions.Stamp::time))
                .hasValue(java.time.LocalTime.of(13, 5));
        assertThat(TimeExpressions.stampAtStart("9:40 a. m. — Seguridad publica la regla").flatMap(TimeExpressions.Stamp::time))
                .hasValue(java.time.LocalTime.of(9, 40));
    }

    @org.junit.jupiter.api.Test
    void itilAndLogAndKoreanWaysOfWritingATime() throws Exception {
        assertThat(TimeExpressions.stampAtStart("12/05/2026 at 07:48hrs - First call", java.util.Optional.of(true)).orElseThrow())
                .satisfies(s -> {
                    assertThat(s.date()).contains(java.time.LocalDate.of(2026, 5, 12));
                    assertThat(s.time()).contains(java.time.LocalTime.of(7, 48));
                });
        assertThat(TimeExpressions.stampAtStart("0702  CHG0059934 implemented").flatMap(TimeExpressions.Stamp::time))
                .contains(java.time.LocalTime.of(7, 2));
        assertThat(TimeExpressions.stampAtStart("1730 hrs Ops join the bridge").flatMap(TimeExpressions.Stamp::time))
                .contains(java.time.LocalTime.of(17, 30));
        assertThat(TimeExpressions.stampAtStart("1200 orders shipped late")).isEmpty();
        assertThat(TimeExpressions.stampAtStart("PM 8:04 - CM reports the queue stuck").flatMap(TimeExpressions.Stamp::time))
                .contains(java.time.LocalTime.of(20, 4));
        assertThat(TimeExpressions.stampAtStart("\uc624\uc804 12:05 - all normal").flatMap(TimeExpressions.Stamp::time))
                .contains(java.time.LocalTime.of(0, 5));
        assertThat(TimeExpressions.stampAtStart("PMS 8:00 rollout")).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aYearBeforeAColumnGapIsNoTime() throws Exception {
        assertThat(TimeExpressions.stampAtStart("2026  Q1 planning review")).isEmpty();
        assertThat(TimeExpressions.stampAtStart("1930  backup starts")).isEmpty(); // 19xx and 20xx need a separator or a unit
        assertThat(TimeExpressions.stampAtStart("1930 - backup starts").flatMap(TimeExpressions.Stamp::time)).contains(java.time.LocalTime.of(19, 30));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {"Nov 21|2025-11-21", "21 November|2025-11-21", "Jan 9|2026-01-09",
        "Nov 2|2025-11-02", "Oct 31|2026-10-31", "March 3rd|2026-03-03"})
    void aDayWithoutItsYearIsTheFirstSuchDayFromTheIncident(String text, String expected) {
        assertThat(TimeExpressions.yearlessDayAfter(text, java.time.LocalDate.of(2025, 11, 2))).hasValue(java.time.LocalDate.parse(expected));
    }

    @org.junit.jupiter.api.Test
    void aYearlessDayThatIsNoDayOrNoDateAtAllIsNone() {
        java.time.LocalDate after = java.time.LocalDate.of(2025, 11, 2);
        assertThat(TimeExpressions.yearlessDayAfter("Feb 30", after)).isEmpty();
        assertThat(TimeExpressions.yearlessDayAfter("Q4", after)).isEmpty();
        assertThat(TimeExpressions.yearlessDayAfter("next sprint", after)).isEmpty();
        assertThat(TimeExpressions.yearlessDayAfter("Nov 21, 2027", after)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aWeekdayInAnyLanguageBeforeADateIsTakenOff() {
        assertThat(TimeExpressions.withoutLeadingWeekday("torsdag 12/3/2026")).isEqualTo("12/3/2026");
        assertThat(TimeExpressions.withoutLeadingWeekday("Thursday, 12/3/2026")).isEqualTo("12/3/2026");
        assertThat(TimeExpressions.withoutLeadingWeekday("12/3/2026")).isEqualTo("12/3/2026");
    }
}
