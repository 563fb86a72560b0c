package io.hindsight.extract;

import io.hindsight.model.Phase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Puts timeline entries on the UTC clock. The date of a time-only entry is the last date seen
 * (a date line, a dated entry) or else the incident date; a time more than six hours earlier
 * than the previous one rolls to the next day (timelines that pass midnight). An entry dated
 * before the incident's stated date ("2026-03-03 15:40 retention change applied", days before
 * a "# Date: 2026-03-08" incident) is background: the time-only entries after it stay on the
 * incident date. The zone is the
 * entry's own, else the last date line's, else the section's ({@code Timeline (PST)}), else UTC.
 *
 * <p>When no date is known at all the times are still placed on an arbitrary anchor day so
 * that durations between them can be measured, and {@link Result#dated()} is false: the
 * caller must not report those instants.
 */
final class TimelineClock {
    static final LocalDate ANCHOR = LocalDate.of(2000, 1, 3);
    private static final long ROLLOVER_HOURS = 6;

    /**
     * An entry placed in time: {@code at} is empty when the entry has no time; {@code stated} the
     * phase the writer's own stage column names for it, if any.
     */
    record Placed(Optional<Instant> at, Optional<LocalDate> localDate, String text, Optional<String> source, Optional<Phase> stated) {
    }

    record Result(List<Placed> events, boolean dated, Optional<LocalDate> firstDate, List<String> warnings) {
    }

    private TimelineClock() {
    }

    static Result place(List<TimelineReader.Entry> entries, Optional<LocalDate> incidentDate, Optional<ZoneId> sectionZone) {
        return place(entries, incidentDate, sectionZone, false);
    }

    /**
     * @param twelveHourClock whether the timeline writes some of its times on a 12-hour clock
     *                        ("2:40pm", "3p"): then a bare time soon after an afternoon one is on
     *                        the same afternoon ("2:40pm" then "2:41")
     */
    static Result place(List<TimelineReader.Entry> entries, Optional<LocalDate> incidentDate, Optional<ZoneId> sectionZone,
                        boolean twelveHourClock) {
        return place(entries, incidentDate, sectionZone, twelveHourClock, Optional.empty());
    }

    /**
     * @param overlapOffset the offset the writer states for the timeline's clock ("every time below is
     *                      after the change, so UTC-5"): a local time in the hour a clock change repeats
     *                      is read at it, not at the earlier of the two
     */
    static Result place(List<TimelineReader.Entry> entries, Optional<LocalDate> incidentDate, Optional<ZoneId> sectionZone,
                        boolean twelveHourClock, Optional<ZoneOffset> overlapOffset) {
        List<Placed> out = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        LocalDate day = incidentDate.orElse(ANCHOR);
        boolean dayKnown = incidentDate.isPresent();
        // also set once a bare time is read past noon (see afternoonOfTwelveHourClock)
        ZoneId zone = sectionZone.orElse(ZoneOffset.UTC);
        LocalDateTime previous = null;
        ZoneId previousZone = zone;
        boolean undatedTimes = false;
        Optional<LocalDate> firstDate = Optional.empty();
        for (int i = 0; i < entries.size(); i++) {
            TimelineReader.Entry e = entries.get(i);
            // dated before the incident: placed on its own day, leaving the day of what follows alone,
            // unless the writer dates the incident's day again further down: then the times in between
            // are the earlier day's ("2026-03-02 20:15 deploy", "20:40 canary fine", "2026-03-03 02:10 ...")
            boolean background = e.date().isPresent() && e.time().isPresent()
                    && incidentDate.filter(d -> e.date().get().isBefore(d)).isPresent()
                    && !onTheIncidentDayInTheSectionsClock(e, zone, sectionZone, incidentDate.get())
                    && !datedAgainAfterTimes(entries, i, incidentDate.get());
            // a dated event without a time before the incident ("2025-12-23 | Apple sends the expiry
            // reminder") is on its own day too; only a day line with nothing else sets the day
            boolean earlierDayEvent = e.date().isPresent() && e.time().isEmpty() && !e.text().isEmpty()
                    && incidentDate.filter(d -> e.date().get().isBefore(d)).isPresent();
            // "- 2025-09-06 — Planned-work notice to subscribers" is read as its day and its event: that day is the
            // event's own, like the event's, not a day line for the undated times after it
            earlierDayEvent |= e.date().isPresent() && e.time().isEmpty() && e.text().isEmpty() && i + 1 < entries.size()
                    && entries.get(i + 1).date().equals(e.date()) && entries.get(i + 1).time().isEmpty() && !entries.get(i + 1).text().isEmpty()
                    && incidentDate.filter(d -> e.date().get().isBefore(d.minusDays(1))).isPresent();
            if (e.date().isPresent() && !background && !earlierDayEvent) {
                day = e.date().get();
                dayKnown = true;
                if (e.time().isEmpty()) {
                    previous = null;
                }
            }
            if (e.time().isEmpty()) {
                if (e.text().isEmpty()) {
                    if (e.zone().isPresent()) {
                        zone = e.zone().get();
                    }
                } else {
                    out.add(new Placed(Optional.empty(), Optional.empty(), e.text(), e.source(), e.stated()));
                }
                continue;
            }
            ZoneId here = e.zone().orElse(zone);
            LocalDateTime local = LocalDateTime.of(background ? e.date().get() : day, e.time().get());
            // compared on the previous entry's clock: "8:40 am PT (15:40 UTC)" then "8:55 am PT" is no new day
            LocalDateTime seen = previous == null ? null : local.atZone(here).withZoneSameInstant(previousZone).toLocalDateTime();
            if (!background && e.date().isEmpty() && previous != null && seen.isBefore(previous.minusHours(ROLLOVER_HOURS))
                    && afternoonOfTwelveHourClock(seen, previous, twelveHourClock)) {
                // "12:50 status page", "1:05 pulled in payments": a 12-hour clock past noon, not the next night
                local = local.plusHours(12);
                twelveHourClock = true;
            } else if (!background && e.date().isEmpty() && previous != null && seen.isBefore(previous.minusHours(ROLLOVER_HOURS))
                    && twelveHourClock && seen.getHour() == 12 && previous.getHour() >= 20) {
                // "11:20" then "12:40" on a 12-hour clock: past midnight, 00:40
                local = local.minusHours(12).plusDays(1);
                day = local.toLocalDate();
            } else if (!background && e.date().isEmpty() && previous != null && seen.isBefore(previous.minusHours(ROLLOVER_HOURS))) {
                local = local.plusDays(1);
                day = local.toLocalDate();
            } else if (!background && previous != null && seen.isBefore(previous)) {
                warnings.add("timeline is out of order at '" + TimelineReader.abbreviate(e.text()) + "'");
            }
            undatedTimes |= !dayKnown;
            previous = background ? null : local;
            previousZone = here;
            Instant at = (overlapOffset.isPresent() ? java.time.ZonedDateTime.ofLocal(local, here, overlapOffset.get()) : local.atZone(here))
                    .toInstant();
            if (dayKnown && firstDate.isEmpty()) {
                firstDate = Optional.of(local.toLocalDate());
            }
            out.add(new Placed(Optional.of(at), dayKnown ? Optional.of(local.toLocalDate()) : Optional.empty(),
                    e.text(), e.source(), e.stated()));
        }
        if (undatedTimes) {
            warnings.add("timeline times have no date (no incident date, no date line): phase timestamps left empty, durations kept");
        }
        return new Result(out, !undatedTimes, undatedTimes ? Optional.empty() : firstDate, warnings);
    }

    /**
     * Whether an entry dated the day before the incident falls on the incident's day on the clock
     * the section names: "| 14.08 00:00 | 13.08 20:00 |" read from the UTC column of a timeline in
     * Réunion time (UTC+4) is the incident's first moment, not background before it.
     */
    private static boolean onTheIncidentDayInTheSectionsClock(TimelineReader.Entry e, ZoneId current, Optional<ZoneId> sectionZone,
                                                               LocalDate incidentDate) {
        if (sectionZone.isEmpty() || !e.date().get().plusDays(1).equals(incidentDate)) {
            return false;
        }
        ZoneId here = e.zone().orElse(current);
        LocalDate there = LocalDateTime.of(e.date().get(), e.time().get()).atZone(here).withZoneSameInstant(sectionZone.get()).toLocalDate();
        return !there.isBefore(incidentDate);
    }

    /** Whether time-only entries follow entry {@code i}, then an entry dated no later than the incident's day. */
    private static boolean datedAgainAfterTimes(List<TimelineReader.Entry> entries, int i, LocalDate incidentDate) {
        int j = i + 1;
        while (j < entries.size() && entries.get(j).date().isEmpty()) {
            j++;
        }
        return j > i + 1 && j < entries.size() && entries.get(i + 1).time().isPresent()
                && !entries.get(j).date().get().isAfter(incidentDate);
    }

    /**
     * Whether a text writes a time on a 12-hour clock: a digit followed by "am"/"pm" (with or
     * without dots or a space) or right by a bare "a"/"p" ("3p"), as a word of its own.
     */
    static boolean writesTwelveHourClock(CharSequence text) {
        int n = text.length();
        for (int i = 1; i < n; i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c != 'a' && c != 'p') {
                continue;
            }
            int before = i - 1;
            if (text.charAt(before) == ' ' && before > 0) {
                before--;
            }
            if (!Character.isDigit(text.charAt(before))) {
                continue;
            }
            int after = i + 1;
            if (after < n && text.charAt(after) == '.') {
                after++;
            }
            boolean m = after < n && Character.toLowerCase(text.charAt(after)) == 'm';
            if (m) {
                after++;
                if (after < n && text.charAt(after) == '.') {
                    after++;
                }
            }
            // "3p" alone only written close ("3 a new pod" is no time)
            if ((m || before == i - 1) && (after >= n || !Character.isLetterOrDigit(text.charAt(after)))) {
                return true;
            }
        }
        return false;
    }

    /** How soon after the line before a time read on the afternoon's half of a 12-hour clock must come. */
    private static final int TWELVE_HOUR_REACH_HOURS = 3;

    /**
     * Whether a morning time after a late-morning or noon one is the afternoon of a 12-hour clock
     * written without "pm": "11:58" then "1:05" is 13:05, soon after; "23:40" then "01:10" stays the
     * next night, and so does a 24-hour clock's "11:40" then "02:00" only when 14:00 would be hours away.
     */
    private static boolean afternoonOfTwelveHourClock(LocalDateTime seen, LocalDateTime previous, boolean twelveHourClock) {
        int h = seen.getHour();
        // past noon once, the timeline's later bare times go on in the afternoon ("1:20", then "2:30")
        int latest = twelveHourClock ? 23 : 12;
        if (h < 1 || h > 11 || previous.getHour() < 11 || previous.getHour() > latest) {
            return false;
        }
        LocalDateTime afternoon = seen.plusHours(12);
        return !afternoon.isBefore(previous) && !afternoon.isAfter(previous.plusHours(TWELVE_HOUR_REACH_HOURS));
    }

    /** Fewest steps back in time that make a timeline newest first (a timeline passing midnight steps back once). */
    private static final int NEWEST_FIRST_STEPS = 3;

    /**
     * Whether the timeline is written newest first: between its day lines, more of its times step
     * back than forward, and at least {@value #NEWEST_FIRST_STEPS} do.
     */
    static boolean newestFirst(List<TimelineReader.Entry> entries) {
        int back = 0;
        int forward = 0;
        java.time.LocalTime previous = null;
        for (TimelineReader.Entry e : entries) {
            if (e.time().isEmpty()) {
                if (isLine(e)) {
                    previous = null; // a day or zone line starts a new run
                }
                continue;
            }
            if (previous != null) {
                int c = e.time().get().compareTo(previous);
                back += c < 0 ? 1 : 0;
                forward += c > 0 ? 1 : 0;
            }
            previous = e.time().get();
        }
        return back >= NEWEST_FIRST_STEPS && back > forward;
    }

    /**
     * A newest-first timeline in time order: its runs (each opened by its day or zone lines) in
     * reverse, and each run's entries in reverse behind its own opening lines; lines before the
     * first timed entry (a caption's zone) stay first.
     */
    static List<TimelineReader.Entry> oldestFirst(List<TimelineReader.Entry> entries) {
        List<TimelineReader.Entry> lead = new ArrayList<>();
        int i = 0;
        while (i < entries.size() && isLine(entries.get(i)) && entries.get(i).date().isEmpty()) {
            lead.add(entries.get(i++));
        }
        List<List<TimelineReader.Entry>> runs = new ArrayList<>();
        List<TimelineReader.Entry> run = null;
        boolean body = false;
        for (; i < entries.size(); i++) {
            TimelineReader.Entry e = entries.get(i);
            if (run == null || isLine(e) && body) {
                run = new ArrayList<>();
                runs.add(run);
                body = false;
            }
            run.add(e);
            body |= !isLine(e);
        }
        List<TimelineReader.Entry> out = new ArrayList<>(lead);
        for (int r = runs.size() - 1; r >= 0; r--) {
            List<TimelineReader.Entry> each = runs.get(r);
            int head = 0;
            while (head < each.size() && isLine(each.get(head))) {
                head++;
            }
            out.addAll(each.subList(0, head));
            List<TimelineReader.Entry> timed = new ArrayList<>(each.subList(head, each.size()));
            java.util.Collections.reverse(timed);
            out.addAll(timed);
        }
        return out;
    }

    /** A day or zone line: no time and no text of its own. */
    private static boolean isLine(TimelineReader.Entry e) {
        return e.time().isEmpty() && e.text().isEmpty();
    }
}
