package io.hindsight.extract;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The moments a ticket's notes tell with their own clock times, and the clock those times are on.
 * A service desk stamps each note when it was typed, often well after what it tells ("DBA called
 * at 23:05, joined 23:12" typed at 23:24; "the new policy went live at 06:45" typed at 08:50), and
 * people type their own local clock into notes the tool stamps in UTC. Used for a record whose
 * timeline is made of its notes, comments or journal ({@link JsonShapes#NOTES_TIMELINE}).
 */
final class NoteMoments {
    private NoteMoments() {
    }

    /** How long before its note a moment the note tells may lie: a shift's notes catch up within hours. */
    static final java.time.Duration TOLD_REACH = java.time.Duration.ofHours(12);
    /** A moment told a few minutes before its note is the note's own event ("dashboards refreshed at 08:50", noted 08:52). */
    static final java.time.Duration TOLD_LEAST = java.time.Duration.ofMinutes(1);

    /**
     * The moments a ticket's notes tell with their own clock times ("The new policy went live on
     * all servers at 06:45", "DBA called at 23:05, joined 23:12"), added as events of their own:
     * a note is stamped when it was typed, often well after what it tells. A moment is taken when
     * it lies before its note (within {@link #TOLD_REACH}; a time after the note's clock time is
     * the evening before) and no event of the timeline already stands at that minute; a time after
     * the note is a plan ("next update 09:00"), not an event.
     */
    static void addTold(List<TimelineReader.Entry> entries, List<Optional<PhaseClassifier.Classification>> fixed,
                        Optional<ZoneId> recordZone) {
        java.util.Set<java.time.LocalDateTime> shown = new java.util.HashSet<>();
        for (TimelineReader.Entry e : entries) {
            if (e.date().isPresent() && e.time().isPresent()) {
                shown.add(e.date().get().atTime(e.time().get()).truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
            }
        }
        List<java.time.LocalDateTime> stamps = shown.stream().sorted().toList();
        // each note's told moments, read once
        List<List<TimelineReader.Told>> toldIn = entries.stream()
                .map(e -> e.text().chars().anyMatch(Character::isDigit) ? TimelineReader.toldIn(e.text()) : List.<TimelineReader.Told>of())
                .toList();
        // People type their own clock into notes that the tool stamps in UTC ("since ~07:40 ET"): the
        // first zone the notes name is the clock of their times that name none
        Optional<ZoneId> typedZone = toldIn.stream().flatMap(List::stream).filter(t -> !t.writersOwnClock())
                .flatMap(t -> t.entry().zone().stream()).findFirst();
        // else the zone a note names for them ("Times in the notes are local (EDT)"), else the one their lag behind
        // the UTC stamps shows
        for (TimelineReader.Entry e : entries) {
            if (typedZone.isEmpty() && TYPED_CLOCK_NOTE.matcher(e.text()).find()) {
                typedZone = Zones.find(e.text());
            }
        }
        if (typedZone.isEmpty()) {
            typedZone = lagOfTypedTimes(entries, toldIn, recordZone);
        }
        List<TimelineReader.Entry> told = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            TimelineReader.Entry e = entries.get(i);
            if (e.date().isEmpty() || e.time().isEmpty() || toldIn.get(i).isEmpty()) {
                continue;
            }
            java.time.LocalDateTime noted = e.date().get().atTime(e.time().get());
            // a note long after the one before it is a later review, whose times are of another day
            int place = java.util.Collections.binarySearch(stamps, noted.truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
            if (place > 0 && java.time.Duration.between(stamps.get(place - 1), noted).compareTo(TOLD_REACH) > 0) {
                continue;
            }
            // the clock of the note's stamp: its own zone, else the record's, else UTC (as the timeline places it)
            ZoneId noteClock = e.zone().or(() -> recordZone).orElse(java.time.ZoneOffset.UTC);
            boolean stampedUtc = noteClock.normalized().equals(java.time.ZoneOffset.UTC);
            for (TimelineReader.Told said : toldIn.get(i)) {
                TimelineReader.Entry m = said.entry();
                Optional<ZoneId> clock = m.zone().isEmpty() && stampedUtc ? typedZone : m.zone();
                // "ack 2:27 CT" in a note typed at 20:31Z: the afternoon reading, the one that lies before the note
                List<java.time.LocalTime> readings = said.eitherHalfOfDay() && m.time().get().getHour() < 12
                        ? List.of(m.time().get(), m.time().get().plusHours(12)) : List.of(m.time().get());
                java.time.LocalDateTime best = null;
                for (java.time.LocalTime reading : readings) {
                    java.time.LocalDateTime at = m.date().orElse(e.date().get()).atTime(reading);
                    if (clock.isPresent() && !clock.get().equals(noteClock)) {
                        // "since ~07:40 ET" in a note stamped in UTC: the moment on the note's clock
                        at = at.atZone(clock.get()).withZoneSameInstant(noteClock).toLocalDateTime();
                    }
                    if (at.isAfter(noted) && m.date().isEmpty()) {
                        if (!reading.equals(m.time().get())) {
                            continue; // the afternoon reading is of the note's own day, never the day before
                        }
                        at = at.minusDays(1); // a time after the note's is the evening before
                    }
                    java.time.Duration before = java.time.Duration.between(at, noted);
                    if (before.compareTo(TOLD_LEAST) >= 0 && before.compareTo(TOLD_REACH) <= 0 && (best == null || at.isAfter(best))) {
                        best = at;
                    }
                }
                if (best != null && shown.add(best.truncatedTo(java.time.temporal.ChronoUnit.MINUTES))) {
                    told.add(new TimelineReader.Entry(Optional.of(best.toLocalDate()), Optional.of(best.toLocalTime()), e.zone(), m.text(), e.source()));
                }
            }
        }
        for (TimelineReader.Entry t : told) {
            entries.add(t);
            fixed.add(Optional.empty());
        }
    }

    /**
     * The clock of notes stamped without a zone (a service desk's display values), from the zone
     * their own words name for moments they tell just before they were typed: "Backout complete
     * 14:02 AEDT" in a note stamped 14:06 puts the stamps on AEDT. Taken when every such moment
     * names the same zone.
     */
    static Optional<ZoneId> clockOfNaiveNotes(List<TimelineReader.Entry> entries) {
        ZoneId found = null;
        for (TimelineReader.Entry e : entries) {
            if (e.zone().isPresent() || e.time().isEmpty() || e.text().chars().noneMatch(Character::isDigit)) {
                continue;
            }
            int noted = e.time().get().getHour() * 60 + e.time().get().getMinute();
            for (TimelineReader.Entry m : TimelineReader.zonedTimesIn(e.text())) {
                if (m.date().isPresent()) {
                    continue;
                }
                int lag = noted - (m.time().get().getHour() * 60 + m.time().get().getMinute());
                if (lag < 0 || lag > TYPING_DELAY_MINUTES) {
                    continue;
                }
                if (found != null && !found.equals(m.zone().get())) {
                    return Optional.empty();
                }
                found = m.zone().get();
            }
        }
        return Optional.ofNullable(found);
    }

    /** A note that says which clock the notes' times are on: "Times in the notes are local (EDT)", "all times above CET". */
    private static final Pattern TYPED_CLOCK_NOTE = Pattern.compile("(?i)\\b(?:times?|clock)\\b[^.\\n]{0,40}\\b(?:local|are|in|above|below)\\b");
    /** How long after what it tells a note is typed, at most, for its lag to show the clock it was typed on. */
    private static final int TYPING_DELAY_MINUTES = 20;
    /** How many told moments must agree on one clock before it is taken. */
    private static final int LAG_AGREEING = 3;

    /**
     * The clock people typed their notes' times on, when the tool stamps the notes in UTC and
     * nobody names it: the whole- or half-hour offset that puts the moments they tell just before
     * their notes (a note follows what it tells within minutes). "ack'd 8:24" in a note stamped
     * 15:31Z, "declared at 8:35" in one stamped 15:38Z: the notes are seven hours behind, so UTC-7.
     * Taken when three told moments or more agree on it, two thirds of them all, and twice as many
     * as sit just before their notes on UTC itself; a time that could be either half of the day
     * supports both readings.
     */
    private static Optional<ZoneId> lagOfTypedTimes(List<TimelineReader.Entry> entries, List<List<TimelineReader.Told>> toldIn,
                                                    Optional<ZoneId> recordZone) {
        Map<Integer, Integer> agreeing = new java.util.HashMap<>();
        int moments = 0;
        for (int i = 0; i < entries.size(); i++) {
            TimelineReader.Entry e = entries.get(i);
            ZoneId clock = e.zone().or(() -> recordZone).orElse(java.time.ZoneOffset.UTC);
            if (e.time().isEmpty() || !clock.normalized().equals(java.time.ZoneOffset.UTC)) {
                continue;
            }
            int noted = e.time().get().getHour() * 60 + e.time().get().getMinute();
            for (TimelineReader.Told said : toldIn.get(i)) {
                if (said.entry().zone().isPresent() || said.entry().date().isPresent()) {
                    continue;
                }
                moments++;
                java.time.LocalTime t = said.entry().time().get();
                int typed = t.getHour() * 60 + t.getMinute();
                java.util.Set<Integer> offsets = new java.util.HashSet<>();
                for (int reading : said.eitherHalfOfDay() && t.getHour() < 12 ? List.of(typed, typed + 12 * 60) : List.of(typed)) {
                    int lag = Math.floorMod(noted - reading, 24 * 60);
                    for (int k = lag - TYPING_DELAY_MINUTES; k <= lag; k++) {
                        if (Math.floorMod(k, 30) == 0) {
                            offsets.add(Math.floorMod(k, 24 * 60));
                        }
                    }
                }
                offsets.forEach(k -> agreeing.merge(k, 1, Integer::sum));
            }
        }
        int onUtc = agreeing.getOrDefault(0, 0);
        int all = moments;
        return agreeing.entrySet().stream()
                .filter(v -> v.getKey() != 0 && v.getValue() >= LAG_AGREEING && v.getValue() * 3 >= all * 2 && v.getValue() > 2 * onUtc)
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .map(v -> {
                    int offset = v.getKey() <= 12 * 60 ? -v.getKey() : 24 * 60 - v.getKey(); // typed = UTC - lag
                    return (ZoneId) java.time.ZoneOffset.ofTotalSeconds(offset * 60);
                });
    }

}
