package io.hindsight.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The zone a caption or a cell names, however the writer names it ({@link Zones}). */
class ZonesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "All times are NL time.|Europe/Amsterdam",
        "Times below are Dutch time|Europe/Amsterdam",
        "All times UK time|Europe/London",
        "Tider i SE time (CET)|Europe/Stockholm",
        "Times in German time|Europe/Berlin",
        "Everything below is Atlantic time|America/Halifax",
        "## Timeline (Alaska Time)|America/Anchorage",
        "All times Hawaii time|Pacific/Honolulu",
        "Timeline (Alaska)|America/Anchorage",
        "Times are AKT|America/Anchorage",
        "## Timeline (US/Eastern)|US/Eastern",
        "Timeline (US/Central)|US/Central",
        "All times below are Eastern (our time, the shop's time).|America/New_York",
        "## Timeline (my time, Pacific)|America/Los_Angeles",
        "All times are US Central.|America/Chicago",
        "Times in US Eastern time|America/New_York"})
    void aCountrysClockByItsNameOrCode(String text, String zone) {
        assertThat(Zones.find(text)).hasValue(ZoneId.of(zone));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"## Timeline (ADT)|-03:00", "Times in NST|-03:30", "NDT throughout|-02:30"})
    void atlanticCanadaAndNewfoundland(String text, String offset) {
        assertThat(Zones.find(text)).hasValue(ZoneOffset.of(offset));
    }

    @ParameterizedTest
    @ValueSource(strings = {"we had no time to react", "9am PT time"})
    void otherWordsBesideTimeAreNoCountry(String text) {
        assertThat(Zones.find(text).map(ZoneId::getId)).isNotEqualTo(java.util.Optional.of("Europe/Oslo"))
                .isNotEqualTo(java.util.Optional.of("Europe/Lisbon"));
    }

    @org.junit.jupiter.api.Test
    void aDocumentsOwnDefinitionOfAnAbbreviationHoldsWhileItIsRead() {
        java.util.Map<String, ZoneId> defined = Zones.definedIn(
                "Note: all times in this document are BST, i.e. Bangladesh Standard Time (UTC+6), not British time.\n10:30 BST deploy");
        assertThat(defined).containsExactly(java.util.Map.entry("BST", ZoneOffset.ofHours(6)));
        assertThat(Zones.readingWith(defined, () -> Zones.parse("BST"))).contains(ZoneOffset.ofHours(6));
        assertThat(Zones.readingWith(defined, () -> Zones.find("09/02/2026 (BST)"))).contains(ZoneOffset.ofHours(6));
        // outside that reading, BST is British Summer Time again
        assertThat(Zones.parse("BST")).contains(ZoneOffset.ofHours(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Times are CEST (UTC+2).", "EST = UTC-5", "BST (UTC+1) throughout", "No zone here", "SEV2 (UTC+3 office)"})
    void anOffsetThatAgreesOrNoAbbreviationDefinesNothing(String text) {
        assertThat(Zones.definedIn(text)).isEmpty();
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "Times are Istanbul local; UTC in brackets because half the team was in Almaty.|Asia/Istanbul",
        "All times Almaty local time|Asia/Almaty", "Oslo time|Europe/Oslo",
        "Chronologie (heure de Paris)|Europe/Paris", "Linha do tempo (horário de Brasília)|America/Sao_Paulo",
        "Cronologia (hora de Lisboa, WEST)|Europe/Lisbon", "heure de Genève|Europe/Zurich",
        "Heures de Montréal. Attention : le changement d'heure a eu lieu samedi.|America/Montreal"})
    void aCityFollowedByLocalNamesItsClock(String text, String zone) {
        assertThat(Zones.find(text)).contains(ZoneId.of(zone));
    }

    @org.junit.jupiter.api.Test
    void definitionsAreFoundBesideEachOffsetWhereverItStands() {
        String far = "CST is mentioned here first. " + "Lorem ipsum dolor sit amet. ".repeat(10);
        // the first CST is far from any offset; the one right before "(UTC+8)" defines it
        assertThat(Zones.definedIn(far + "Times: CST (UTC+8), IST (UTC+2) and BST (UTC+6).")).containsExactly(
                java.util.Map.entry("BST", ZoneOffset.ofHours(6)), java.util.Map.entry("CST", ZoneOffset.ofHours(8)),
                java.util.Map.entry("IST", ZoneOffset.ofHours(2)));
        // an abbreviation too far before the only offset defines nothing
        assertThat(Zones.definedIn("IST " + "x ".repeat(60) + "(UTC+2)")).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void anAbbreviationDefinedAnotherWayInADocumentIsReadThatWay() {
        assertThat(Zones.definedIn("All times CST (China Standard Time, UTC+8) unless noted.")).containsEntry("CST", ZoneOffset.ofHours(8));
    }

    @org.junit.jupiter.api.Test
    void aPlacesStatedOffsetSettlesWhichPlaceItIs() {
        // "Samoa" alone is American Samoa (UTC-11) in the tz database; the writer in Apia says UTC+13
        assertThat(Zones.find("All times Samoa time (UTC+13)")).contains(ZoneOffset.ofHours(13));
        // an offset the place has keeps the place, with its clock changes
        assertThat(Zones.find("Sydney time (UTC+11)")).contains(ZoneId.of("Australia/Sydney"));
    }

    @org.junit.jupiter.api.Test
    void canadianFrenchAbbreviations() {
        assertThat(Zones.parse("HNE")).contains(java.time.ZoneOffset.ofHours(-5));
        assertThat(Zones.parse("HAE")).contains(java.time.ZoneOffset.ofHours(-4));
        // a Spanish column header is no clock
        assertThat(Zones.find("Hora de Inicio")).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void astIsTheClockOfThePlacesTheDocumentNames() {
        assertThat(Zones.definedIn("**Team:** Messaging, Santo Domingo\n## Timeline (AST)")).containsEntry("AST", java.time.ZoneOffset.ofHours(-4));
        assertThat(Zones.definedIn("Riyadh data centre. All times AST.")).containsEntry("AST", java.time.ZoneOffset.ofHours(3));
        // no place, or places of both: left unread
        assertThat(Zones.definedIn("All times AST.")).doesNotContainKey("AST");
        assertThat(Zones.definedIn("Halifax and Doha teams, times in AST")).doesNotContainKey("AST");
        assertThat(Zones.readingWith(Zones.definedIn("Santo Domingo. Timeline (AST)"), () -> Zones.find("Timeline (AST)")))
                .contains(java.time.ZoneOffset.ofHours(-4));
    }

    @Test
    void istIsIrelandsOrIsraelsWhereTheDocumentsPlacesAreTheirsAndIndiasOtherwise() {
        assertThat(Zones.definedIn("Agents in Dublin. Sev 2 declared 10:15 IST.")).containsEntry("IST", java.time.ZoneId.of("Europe/Dublin"));
        assertThat(Zones.definedIn("Team in Tel Aviv, all times IST")).containsEntry("IST", java.time.ZoneId.of("Asia/Jerusalem"));
        assertThat(Zones.definedIn("Bengaluru and Dublin teams, times in IST")).doesNotContainKey("IST");
        assertThat(Zones.definedIn("All times IST")).doesNotContainKey("IST");
    }

    @org.junit.jupiter.api.Test
    void pstOrEstWrittenAllYearIsTheWallClockUnlessTheDocumentSaysOtherwise() {
        assertThat(Zones.definedIn("Timeline (PST)\n2:14p RW acks the page")).containsEntry("PST", ZoneId.of("America/Los_Angeles"));
        assertThat(Zones.definedIn("TIMELINE (all times EST)")).containsEntry("EST", ZoneId.of("America/New_York"));
        // a writer who also writes the daylight clock, states the offset, or keeps no daylight saving means the standard offset
        assertThat(Zones.definedIn("Saturday rows are PST, from Sunday on PDT")).doesNotContainKey("PST");
        assertThat(Zones.definedIn("All times EST (UTC-5)")).doesNotContainKey("EST");
        assertThat(Zones.definedIn("Panama does not use daylight saving, so EST = UTC-5 all year.")).doesNotContainKey("EST");
        assertThat(Zones.definedIn("ESTIMATE and PSTN lines")).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aCaptionNamingBothOfARegionsClocksIsThatRegion() {
        assertThat(Zones.find("Times are Berlin wall-clock: CET (UTC+1) up to the clock change, CEST (UTC+2) from then on."))
                .contains(ZoneId.of("Europe/Berlin"));
        assertThat(Zones.find("All times EST, EDT after 8 March")).contains(ZoneId.of("America/New_York"));
        assertThat(Zones.find("All times CET (UTC+1)")).contains(ZoneOffset.ofHours(1));
    }

    @org.junit.jupiter.api.Test
    void aStatedOffsetKeepsPstAndEstAsTheWriterDefinedThem() {
        assertThat(Zones.definedIn("All times are PST (UTC+8, Philippine Standard Time)")).containsEntry("PST", ZoneOffset.ofHours(8));
        assertThat(Zones.definedIn("Times are EST (UTC+10), Sydney")).containsEntry("EST", ZoneOffset.ofHours(10));
        assertThat(Zones.definedIn("TEST REQUEST ESTIMATE")).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aShortHeaderNamesItsClockByACityInBrackets() {
        assertThat(Zones.find("Heure (Paris)")).contains(ZoneId.of("Europe/Paris"));
        assertThat(Zones.find("Time (Berlin)")).contains(ZoneId.of("Europe/Berlin"));
        assertThat(Zones.find("The customer (Paris office) called the help desk at 09:15 about stuck payments")).isEmpty();
    }
}
