package io.hindsight.extract;

import io.hindsight.model.Phase;
import io.hindsight.ingest.Block;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads timeline entries from a Markdown timeline section, whatever its shape: a table
 * ({@code Time | Event | Source}, with the columns found by their headers), a bullet list
 * ({@code - 14:02 — Alert fired}), plain lines under a date line ({@code 2026-05-03 (all
 * times UTC)}, then {@code 14:51 Paging alert fires}) or prose paragraphs ("At 2:58 pm the
 * alert paged Marisol, who acknowledged it at 3:01 pm."), where each time a sentence holds
 * starts an event. A time given again in brackets with its zone ("04:30 (03:30 UTC)") is read
 * from the bracket; a sentence that tells its time from the event before ("four minutes later")
 * and rows counted from a stated T+0 ("T+1h05") are placed from it. Times are not resolved to
 * instants here; see {@link TimelineClock}.
 */
final class TimelineReader {
    private static final Pattern TIME_WORD = Pattern.compile("(?i)\\btime\\b");
    /** The end of a sentence in prose: a full stop, question or exclamation mark, then space and a capital or digit. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\d\"'(*_`])");
    /** Where a clause of a sentence starts: the cut between two times of one sentence. */
    private static final Pattern CLAUSE = Pattern.compile(",\\s+|;\\s+|\\s+(?:and|then|while|before|after)\\s+", Pattern.CASE_INSENSITIVE);
    /** What a clause cut from a sentence starts with and can lose: ", then", "and". */
    private static final Pattern CLAUSE_START = Pattern.compile("^[,;]?\\s*(?:(?:and|then)\\s+)*", Pattern.CASE_INSENSITIVE);
    /** A day written with its month name in prose, with or without a year: "September 23", "20 August 2026". */
    static final Pattern PROSE_DATE = Pattern.compile("\\b(?:(?<m1>" + TimeExpressions.MONTH_NAME + ")\\.?\\s+(?<d1>\\d{1,2})(?:st|nd|rd|th)?"
            + "(?:,?\\s+(?<y1>\\d{4}))?|(?<d2>\\d{1,2})(?:st|nd|rd|th|\\.)?(?:\\s+|-)(?:of\\s+|de\\s+)?(?<m2>" + TimeExpressions.MONTH_NAME + ")\\.?"
            + "(?:(?:\\s+de\\s+|,?\\s+)(?<y2>\\d{4}))?)\\b(?!:\\d)", Pattern.CASE_INSENSITIVE);
    /** Most entries read from one timeline; the rest are dropped with a warning. */
    static final int MAX_ENTRIES = 2000;

    private static final Pattern LEADING_NOISE = Pattern.compile("^[\\s\\[(~≈*_`>|\\p{So}\\p{Sk}\\p{Cs}\\uFE0F\\u200D\\u2022\\u25e6\\u25aa\\u2023]*(?:(?:at|approx\\.?|approximately|around|circa|ca\\.|kl\\.?|klo\\.?|klokken|klockan)\\s+"
            // "ore 9.50 –", "om 08:30", "um 7.15 Uhr", "godz. 03:04", "às 14h10": the word for "at" in the writer's language
            + "|(?:ore|alle|om|um|godz\\.?|à|às|a las)\\s+(?=\\d))?",
            Pattern.CASE_INSENSITIVE);
    /** Markup before a spoken time: bullets' emphasis and brackets, not the words that mark it as a time. */
    private static final Pattern SPOKEN_LEAD = Pattern.compile("^[\\s\\[(*_`>|]+");
    private static final Pattern AFTER_STAMP = Pattern.compile("^[\\s\\])*_`]*(?:[-–—:|>=]+|\\.\\s)?[\\s\\])*_`]*");
    /** A time column, also as bilingual teams head it: "Heure", "Hora", "Uhrzeit", "Ora". */
    private static final Pattern TIME_HEADER = Pattern.compile("\\b(time|timestamp|when|clock|hour|at|heure|hora|uhrzeit|zeit|ora)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A column holding each row's zone: "Zone", "TZ", "Time zone". */
    private static final Pattern ZONE_HEADER = Pattern.compile("^\\s*(?:time\\s*zone|zone|tz|timezone)\\s*$", Pattern.CASE_INSENSITIVE);
    /** A date column; in another language only as the whole header ("Datum", "Fecha", "Data"), as "Data source" is none. */
    private static final Pattern DATE_HEADER = Pattern.compile("\\b(date|day)\\b|^\\s*(?:datum|fecha|data|dato|jour|tag|dia|d\u00eda|p\u00e4iv\u00e4m\u00e4\u00e4r\u00e4)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EVENT_HEADER = Pattern.compile(
            "\\b(event|events|description|what|action|actions|detail|details|activity|update|happen\\w*|note|notes|summary|message|entry|milestone)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SOURCE_HEADER = Pattern.compile(
            "\\b(source|sources|who|by|owner|actor|tool|system|channel|from|evidence|person|responder)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * One timeline line before its time is resolved.
     *
     * @param date a date written on the line itself
     * @param time the time of day written on the line
     * @param zone a zone written on the line or in its column header
     */
    record Entry(Optional<LocalDate> date, Optional<LocalTime> time, Optional<ZoneId> zone, String text,
                 Optional<String> source, Optional<Phase> stated) {
        Entry(Optional<LocalDate> date, Optional<LocalTime> time, Optional<ZoneId> zone, String text, Optional<String> source) {
            this(date, time, zone, text, source, Optional.empty());
        }
    }

    /** Entries in document order, dates met on their own lines, and what could not be read. */
    record Result(List<Entry> entries, List<String> warnings) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Optional<LocalDate> documentDate;
    private boolean truncated;
    /** After a {@link TimelinePart.Break}, until the next event: untimed text continues nothing. */
    private boolean detached;
    /** Inside an editor's note that runs over several lines of a pasted log. */
    private boolean inEditorNote;

    private TimelineReader(Optional<LocalDate> documentDate, Supplier<Optional<Boolean>> documentDayOrder) {
        this.documentDate = documentDate;
        this.documentDayOrder = documentDayOrder;
    }

    /**
     * The stamp at the start of {@code t}. A date whose day and month could be either way round
     * is read in the order the timeline states, else in the order the document states elsewhere
     * ("Dates in this report are written DD/MM/YYYY" under the summary), looked up only then.
     */
    private Optional<TimeExpressions.Stamp> stamp(String t) throws TimeExpressions.ImpossibleValue {
        try {
            return TimeExpressions.stampAtStart(t, dayFirst);
        } catch (TimeExpressions.AmbiguousDayOrder e) {
            Optional<Boolean> stated = dayFirst.isEmpty() ? documentDayOrder.get() : Optional.empty();
            if (stated.isEmpty()) {
                throw e;
            }
            dayFirst = stated;
            return TimeExpressions.stampAtStart(t, dayFirst);
        }
    }

    /**
     * Reads the entries of a timeline section's blocks, with the sub-headings between them as
     * possible date lines.
     *
     * @param documentDate the incident's stated date: the year of a day prose names without one ("on September 23")
     */
    static Result read(List<TimelinePart> parts, Optional<LocalDate> documentDate) {
        return read(parts, documentDate, Optional::empty);
    }

    /** @param documentDayOrder the order of numeric dates the document states outside the timeline (day first: true), asked for only when a date needs it */
    static Result read(List<TimelinePart> parts, Optional<LocalDate> documentDate, Supplier<Optional<Boolean>> documentDayOrder) {
        return read(parts, documentDate, documentDayOrder, Optional.empty());
    }

    /** @param headingZone the zone the timeline's heading names: a caption that also names it only converts ("10:00 BST, which is 09:00 UTC") */
    static Result read(List<TimelinePart> given, Optional<LocalDate> documentDate, Supplier<Optional<Boolean>> documentDayOrder,
                       Optional<ZoneId> headingZone) {
        return read(given, documentDate, documentDayOrder, headingZone, false);
    }

    /**
     * @param journal whether the parts are a ticket's journal as a tool prints it: each paragraph an entry under a
     *                head that holds its stamp and its writer ("Maya Torres added a private note · Tue, 27 Jan 2026 at
     *                10:14 AM"), whose body tells no events of its own beside the moments {@link NoteMoments} reads
     */
    static Result read(List<TimelinePart> given, Optional<LocalDate> documentDate, Supplier<Optional<Boolean>> documentDayOrder,
                       Optional<ZoneId> headingZone, boolean journal) {
        // rows pasted from a spreadsheet or a log export into a code block are the table they were
        // and a timeline drawn as a Mermaid diagram is its lines of time and event
        List<TimelinePart> parts = given.stream().map(p -> p instanceof TimelinePart.Content c && c.block() instanceof Block.Code code
                ? PastedTable.of(code.literal()).<TimelinePart>map(TimelinePart.Content::new)
                        .or(() -> MermaidTimeline.of(code.literal()).map(l -> new TimelinePart.Content(new Block.Paragraph(l, Optional.empty()))))
                        .orElse(p) : p).toList();
        // looked up at most once: every ambiguous row asks again while no order is known
        Supplier<Optional<Boolean>> once = once(documentDayOrder);
        TimelineReader r = new TimelineReader(documentDate, once);
        r.headingZone = headingZone;
        r.journal = journal;
        Supplier<Optional<Boolean>> shown = once(() -> dayOrderOfDates(parts));
        r.yearlessDayOrder = () -> once.get().or(shown);
        r.tabled = parts.stream().anyMatch(p -> p instanceof TimelinePart.Content c && c.block() instanceof Block.Table);
        for (TimelinePart part : parts) {
            if (part instanceof TimelinePart.Heading h) {
                r.dateLine(h.text());
            } else if (part instanceof TimelinePart.Content c) {
                r.block(c.block());
            } else if (part instanceof TimelinePart.Another) {
                r.detached = true;
                r.groupStarts = true; // its clock may start over on the incident's first day
            } else {
                r.detached = true;
            }
        }
        if (r.truncated) {
            r.warnings.add("timeline has more than " + MAX_ENTRIES + " entries; the rest were not read");
        }
        return new Result(List.copyOf(r.entries), List.copyOf(r.warnings));
    }

    /** {@code supplier}, asked the first time only. */
    private static <T> Supplier<T> once(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;
            private boolean known;

            @Override
            public T get() {
                if (!known) {
                    value = supplier.get();
                    known = true;
                }
                return value;
            }
        };
    }

    /** A heading or a block inside a timeline section. */
    sealed interface TimelinePart {
        record Heading(String text) implements TimelinePart {
        }

        record Content(Block block) implements TimelinePart {
        }

        /** The end of one narrative section: text after it continues no event before it. */
        record Break() implements TimelinePart {
        }

        /** Another timeline section of the same document (a block of key timestamps, then the full timeline). */
        record Another() implements TimelinePart {
        }
    }

    private void block(Block block) {
        if (block instanceof Block.Table t) {
            tableSeen = true;
            table(t);
        } else if (block instanceof Block.ListBlock l) {
            for (Block.Item item : l.items()) {
                listItem(item);
            }
        } else if (block instanceof Block.Paragraph p) {
            String text = String.join(" ", p.lines());
            if (journal && journalEntry(p)) {
                return;
            }
            if (p.lines().size() == 1 && text.length() <= DAY_LINE_CHARS && isDayRow(text)) {
                // "Day 1 (Mon 12 Jan)", "**Tuesday 10 Nov**" between the lists: the day of the lines under it
                dateLine(text);
                return;
            }
            Optional<LocalDate> remarked = p.lines().size() == 1 && text.length() <= DAY_REMARK_CHARS ? dayWithRemark(text) : Optional.empty();
            if (remarked.isPresent()) {
                // "**30 April 2026**, filing deadline day. All times CEST (UTC+2).": the day, and the clock its caption names
                add(new Entry(remarked, Optional.empty(), Zones.find(text), "", Optional.empty()));
                detached = true;
                return;
            }
            dayOrder(text);
            dayZeroNote(text);
            if (relativeAnchor(text)) {
                // "T+0 = 04:12 UTC on 2026-03-17", "All times CDT. Minutes counted from 6:40 AM": the clock the
                // T+ rows count from, and the zone a caption beside it names
                if (!zoneOfFirst(text, TimelineReader::looksLikeCaption) && anchorZone.isPresent() && headingZone.isEmpty()) {
                    // "Relative to the start, 18:02 AEST. Wall-clock time in brackets.": the rows' clock is the anchor's
                    add(new Entry(Optional.empty(), Optional.empty(), anchorZone, "", Optional.empty()));
                }
                return;
            }
            if (BACKGROUND_NOTE.matcher(text).lookingAt()) {
                return; // "Background (not part of the incident): the first run started at 03:30 EEST"
            }
            if (!p.lines().isEmpty() && looksLikeCaption(p.lines().get(0)) && Zones.find(p.lines().get(0)).isEmpty() && timesHere(text).isEmpty()) {
                // "Times are local / Everything below is Europe/London, which is BST": the caption goes on
                captionZone(SENTENCE_END.split(text)[0]);
                return;
            }
            if (p.lines().size() <= 2 && timesHere(text).isEmpty() && zoneOfFirst(text, TimelineReader::looksLikeCaption)) {
                return; // "Newest first. Pacific time (PDT, UTC−7). ...": a caption in a later sentence
            }
            if (tabled && !tableSeen && Zones.find(text).isPresent()) {
                // "Local time was AEDT (UTC+11) — 06:30 UTC is 5:30 pm in Sydney" above the table: a note on its clock,
                // whose times are examples, not events; under a heading that names the zone the heading's stands
                // ("## Timeline (UTC)" over "the narrative below uses Pacific time")
                if (headingZone.isEmpty()) {
                    zoneOfFirst(text, sentence -> true);
                }
                return;
            }
            if (tabled && NOTE_ABOUT_ROWS.matcher(text).find()) {
                // "UTC passes midnight between the 23:50 and 00:40 rows": a note on the table, not events
                // the first zone named is the rows'; a later one is an aside ("the first row is marked CET")
                zoneOfFirst(text, sentence -> true);
                return;
            }
            if (EDITOR_NOTE.matcher(text).lookingAt()) {
                return; // "[ed: the lag alert fired at 1:26 PM but went to a list nobody reads]": commentary
            }
            if (STATED_MEASURES.matcher(text).find()) {
                return; // "**Numbers:** TTD 14 min · TTR 1 h 52 min (11:02 AM to 12:54 PM)": the writer's sums, not events
            }
            List<String> headed = headedMessages(p.lines(), 1);
            List<String> messages = headed.isEmpty() ? chatMessages(p.lines()) : List.of();
            if (!headed.isEmpty()) {
                headed.forEach(m -> line(m, Optional.empty()));
            } else if (!messages.isEmpty()) {
                // "Ravi Kim [8:41 AM]: can't log in" lines pasted from a chat without blank lines between:
                // each message is its own event, and a date one mentions ("valid until June 30") stays in it
                // and a time a message mentions ("it picked up the new cert at 9:00") is no event of its own
                for (String message : messages) {
                    Matcher head = CHAT_MESSAGE.matcher(message);
                    if (head.lookingAt()) {
                        line(head.group(2) + " " + head.group(1).strip() + ": " + message.substring(head.end()).replaceFirst("^\\s*:?\\s*", ""),
                                Optional.empty());
                    }
                }
            } else if (isProse(p.lines()) || !entries.isEmpty() && tellsSpans(text)) {
                // a story whose times are in its sentences, or told as spans from its events ("Three minutes later ...")
                prose(text);
            } else {
                // "**14:19–14:31 — Detection and triage.** At 14:19 the alert fired ... Dana acknowledged at 14:23":
                // a stretch of the response told as a story, its own times in its sentences
                Optional<String> story = rangeHeadedStory(text);
                if (story.isPresent()) {
                    prose(story.get());
                } else {
                    for (String line : p.lines()) {
                        line(line, Optional.empty());
                    }
                }
            }
        } else if (block instanceof Block.Code c) {
            List<String> lines = List.of(c.literal().split("\n"));
            List<String> messages = headedMessages(lines, 2);
            for (String line : messages.isEmpty() ? lines : messages) {
                line(line, Optional.empty());
            }
        } else if (block instanceof Block.Quote q) {
            String quoted = q.text();
            if (!entries.isEmpty() && !detached && quoted.lines().noneMatch(l -> startsWithStamp(l.strip().replaceFirst("^[*_]+", "")))) {
                // replies quoted under a chat message ("> **Priya**: yes, it went out at 1:48"): they belong
                // to that message, and a time they mention is no event of their own
                appendToLast(quoted.replace('\n', ' '));
            } else {
                q.blocks().forEach(this::block);
            }
        }
    }

    private void listItem(Block.Item item) {
        List<String> lines = item.lines();
        if (lines.isEmpty()) {
            item.children().forEach(this::block);
            return;
        }
        if (!item.children().isEmpty() && item.children().stream().anyMatch(c -> c instanceof Block.ListBlock nested && isTimedList(nested))
                && !startsWithStamp(String.join(" ", lines))) {
            String head = String.join(" ", lines);
            if (head.length() <= DAY_LINE_CHARS && isDayRow(head)) {
                dateLine(head); // "- **Sunday 26/10**" over that day's timed bullets
            } else {
                // "- **Field operations**" over its own timed bullets: a workstream, whose clock may start over
                groupStarts = true;
                detached = true;
            }
            item.children().forEach(this::block);
            return;
        }
        // An item is one event unless its lines each start with a time.
        boolean eachLineTimed = lines.size() > 1 && lines.stream().skip(1).allMatch(l -> startsWithStamp(l));
        if (eachLineTimed) {
            for (String l : lines) {
                line(l, Optional.empty());
            }
        } else {
            line(String.join(" ", lines), Optional.empty());
        }
        for (Block child : item.children()) {
            if (child instanceof Block.ListBlock nested && !entries.isEmpty() && !anyTimed(nested)) {
                appendToLast(nested.text());
            } else {
                block(child);
            }
        }
    }

    private static boolean anyTimed(Block.ListBlock list) {
        return list.items().stream().anyMatch(i -> startsWithStamp(i.text()));
    }

    /** Whether most of a list's items open with a time: a timeline kept as a list, not a list of points. */
    static boolean isTimedList(Block.ListBlock list) {
        int timed = 0;
        for (Block.Item item : list.items()) {
            if (startsWithStamp(item.text())) {
                timed++;
            }
        }
        return timed >= 2 && timed * 2 > list.items().size();
    }

    /** Whether a code block is a log of times: most of its lines, and at least three, open with one ("21:03:10  node pool upgrade ..."). */
    static boolean isTimedCode(Block.Code code) {
        int timed = 0;
        int lines = 0;
        for (String line : code.literal().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            lines++;
            if (startsWithStamp(line)) {
                timed++;
            }
        }
        return timed >= 3 && timed * 2 > lines;
    }

    /** Whether a table has a cell that opens with a time: a table of times, not a properties table ("| Severity | SEV-2 |"). */
    static boolean hasTimedCell(Block.Table table) {
        for (List<String> row : table.rows()) {
            for (String cell : row) {
                if (!cell.isBlank() && startsWithStamp(cell) && !dateOnly(cell)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean dateOnly(String cell) {
        try {
            return TimeExpressions.stampAtStart(LEADING_NOISE.matcher(cell.strip()).replaceFirst("")).filter(st -> st.time().isEmpty()).isPresent();
        } catch (TimeExpressions.ImpossibleValue e) {
            return false;
        }
    }

    private static boolean startsWithStamp(String line) {
        String t = after(DAY_OFFSET, after(NEXT_DAY, LEADING_NOISE.matcher(line).replaceFirst("")));
        try {
            return TimeExpressions.stampAtStart(t).isPresent() || relativeMinutes(t).isPresent();
        } catch (TimeExpressions.ImpossibleValue e) {
            return true;
        }
    }

    /**
     * A sub-heading inside the timeline: a date ("### 2026-03-08"), a zone caption, an event
     * written as a heading ("### 14:05 Alert fires"), or a name grouping the entries after it
     * ("### Recovery", "### 02:00–03:00"). A grouping heading is no event and continues none.
     */
    private void dateLine(String text) {
        String t = LEADING_NOISE.matcher(text.strip()).replaceFirst("");
        Optional<TimeExpressions.Stamp> stamp;
        try {
            stamp = stamp(t);
        } catch (TimeExpressions.ImpossibleValue e) {
            stamp = Optional.empty();
        }
        if (stamp.isEmpty()) {
            Optional<LocalDate> day = numberedDay(t).or(() -> dayAtStart(t, false));
            if (day.isPresent()) {
                // "Day 2 — Tue 4 Aug (Singapore, SGT = UTC+8)", "Wed 13 May — Rotterdam (CEST, UTC+2)": the day, and
                // the clock of the team that wrote it
                add(new Entry(day, Optional.empty(), Zones.find(t), "", Optional.empty()));
            } else if (!dayLineOrCaption(t, text.strip())) {
                groupStarts = true; // "### Signing infrastructure": a workstream's entries, whose clock may start over
            }
            detached = true;
            return;
        }
        TimeExpressions.Stamp s = stamp.get();
        if (s.time().isPresent() && RANGE_END.matcher(t.substring(s.length())).matches()) {
            if (s.date().isPresent()) {
                add(new Entry(s.date(), Optional.empty(), s.zone(), "", Optional.empty()));
            }
            detached = true;
            return;
        }
        line(text, Optional.empty());
    }

    /** The text after a match of the pattern at its start, or the text itself. */
    private static String after(Pattern lead, String t) {
        java.util.regex.Matcher m = lead.matcher(t);
        return m.lookingAt() ? t.substring(m.end()) : t;
    }

    /** "Dana acknowledges the page — 2:14 pm", "... [05:51:40]": an event whose time stands at the end of its line. */
    private static Optional<Entry> trailingTime(String t, Optional<String> source) {
        java.util.regex.Matcher trailing = TRAILING_TIME.matcher(t);
        if (!trailing.find()) {
            return Optional.empty();
        }
        String clock = trailing.group(1) != null ? trailing.group(1) : trailing.group(2) != null ? trailing.group(2) : trailing.group(3);
        try {
            Optional<TimeExpressions.Stamp> end = TimeExpressions.stampAtStart(clock);
            return end.filter(s -> s.time().isPresent() && s.length() == clock.length())
                    .map(s -> new Entry(s.date(), s.time(), s.zone(), t.substring(0, trailing.start()).strip(), source));
        } catch (TimeExpressions.ImpossibleValue e) {
            return Optional.empty(); // not a time after all
        }
    }

    /** "next morning, 07:50 — ...": a time on the next day, which the clock's rollover places. */
    private static final Pattern NEXT_DAY = Pattern.compile(
            "(?i)(?:the\\s+)?(?:next|following)\\s+(?:morning|day|evening|afternoon|night)\\b[\\s,]*(?=\\d)");
    /** "later — ...", "later that evening — ...", "next morning — ...": a row that states no time. */
    private static final Pattern UNTIMED_LEAD = Pattern.compile(
            "(?i)(?:later(?:\\s+(?:that|in the)\\s+(?:day|evening|night|morning|afternoon))?|afterwards|(?:the\\s+)?(?:next|following)"
                    + "\\s+(?:morning|day|evening|afternoon|night))\\s*[\u2014\u2013:-]+\\s+");
    /**
     * A time at the end of a timeline line, after a dash or in brackets: "Rollback started — 14:32",
     * "... — 2:14 pm", "1. Orchestrator marks db-01 dead [05:51:40]", "2. Queries queue behind the lock (10:03)".
     */
    private static final String CLOCK_AT_END = "\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,5})?";
    private static final Pattern TRAILING_TIME = Pattern.compile("\\s(?:[\u2014\u2013-]+\\s*(" + CLOCK_AT_END + ")|\\[(" + CLOCK_AT_END
            + ")\\]|\\((" + CLOCK_AT_END + ")\\))\\s*$", Pattern.CASE_INSENSITIVE);
    /** Whether the timeline has a table: prose beside it that talks about its rows or columns is a note on it. */
    private boolean tabled;
    /**
     * A note on a timeline table's rows or columns: "rows up to 23:50 are Tuesday", "the AEDT column is for Sydney",
     * "DST started at 2:00 am, so every time below is already CDT".
     */
    private static final Pattern NOTE_ABOUT_ROWS = Pattern.compile("(?i)\\b(?:(?<!\\bin\\s(?:a|one)\\s)rows?|columns?|table|(?:times?|everything|entries)(?:\\s+\\w+){0,2}\\s+(?:below|above)"
            // "everything from 00:04 onwards is 23 April"
            + "|(?:everything|entries|events|times)\\s+(?:from|after)\\s+\\d{1,2}[:.]\\d{2}\\s+(?:onwards?|on)\\b)\\b");
    /** "+1d 08:30", "+2 days 09:00": a time so many days after the timeline's first day. */
    private static final Pattern DAY_OFFSET = Pattern.compile("(?i)\\+\\s?(\\d{1,2})\\s?d(?:ays?)?\\b\\s*");

    /** The time of the last entry that has one. */
    private Optional<LocalTime> lastTime() {
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i).time().isPresent()) {
                return entries.get(i).time();
            }
        }
        return Optional.empty();
    }

    /** The timeline's first day: the document's date, else the first date an entry gave. */
    private Optional<LocalDate> dayZero() {
        return documentDate.or(() -> entries.stream().map(Entry::date).flatMap(Optional::stream).findFirst());
    }

    /** "Day 2", "Day 1 — Tue 2026-04-21": a heading numbering the days of a long incident. */
    private static final Pattern NUMBERED_DAY = Pattern.compile("(?i)^day\\s+(\\d{1,2})\\b");
    /** "D = Friday 27 March 2026", "Day 1 = Saturday 7 March 2026": the day a timeline's relative days count from. */
    private static final Pattern DAY_ZERO_NOTE = Pattern.compile("(?i)\\b(D|day\\s*[01])\\s*=\\s*[*_]*([^=;()]{4,40}?\\d{4})");
    /** A line opened by its day relative to D, then its time: "D 06:00", "D+3 09:10", "D−1 16:40". */
    private static final Pattern D_DAY_LEAD = Pattern.compile("^D\\s*(?:([+\\-\u2212\u2013])\\s*(\\d{1,2}))?,?\\s+(?=\\d{1,2}[:.h]\\d{2})");
    /** The day the timeline calls D, once a note has said which. */
    private Optional<LocalDate> dDay = Optional.empty();

    /** Reads a note naming the day relative days count from ("D = Friday 27 March 2026", "Day 1 = Saturday 7 March 2026"). */
    private void dayZeroNote(String text) {
        if (text.indexOf('=') < 0) {
            return;
        }
        java.util.regex.Matcher m = DAY_ZERO_NOTE.matcher(text);
        if (m.find()) {
            Optional<LocalDate> day = TimeExpressions.fullDateIn(m.group(2));
            if (day.isPresent() && m.group(1).equalsIgnoreCase("D")) {
                dDay = day;
            } else if (day.isPresent()) {
                // "Day 0 = ..." is the day before day 1
                dayOne = Optional.of(m.group(1).endsWith("0") ? day.get().plusDays(1) : day.get());
            }
        }
    }

    /** A day and month alone after a weekday: "23/10", "23.10." (the weekday before it taken off). */
    private static final Pattern WEEKDAY_YEARLESS_DAY = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})\\.?[*_\\s:]*");

    /** A line opened by its numbered day and then its time: "Day 2, 00:32 — ...", "Day 1 · 11:05". */
    private static final Pattern NUMBERED_DAY_LEAD = Pattern.compile("(?i)^day\\s+(\\d{1,2})\\s*[,:\u00b7]?\\s+(?=\\d{1,2}[:.h]\\d{2})");
    /** The date of day 1 of a long incident's numbered days, once a heading has given one. */
    private Optional<LocalDate> dayOne = Optional.empty();

    /**
     * The date a heading of numbered days stands for: the date it gives ("Day 1 — Tue
     * 2026-04-21"), or its number counted from the one an earlier heading dated, else from the
     * document's date as day 1 ("Day 2").
     */
    private static final Pattern DAY_NAME_LEAD = Pattern.compile("^[\\s(\\[:,\u2014\u2013-]+");

    private Optional<LocalDate> numberedDay(String heading) {
        java.util.regex.Matcher m = NUMBERED_DAY.matcher(heading);
        if (!m.find()) {
            return Optional.empty();
        }
        int n = Integer.parseInt(m.group(1));
        Optional<LocalDate> given = TimeExpressions.fullDateIn(heading);
        if (given.isEmpty()) {
            // "Day 0 (Sun 11 Jan)": the day named after the number, in the document's year
            String rest = DAY_NAME_LEAD.matcher(heading.substring(m.end())).replaceFirst("");
            given = rest.isEmpty() ? Optional.empty() : dayAtStart(rest, false);
        }
        if (given.isPresent()) {
            dayOne = Optional.of(given.get().minusDays(n - 1L));
            return given;
        }
        return dayOne.or(() -> documentDate).map(d -> d.plusDays(Math.max(0, n - 1)));
    }

    /**
     * A day without a year on a line of its own ("Wednesday 4 March") or a zone caption ("All
     * times are CET"): sets the date or zone of what follows. False when the line is neither.
     *
     * @param t    the line without its leading noise
     * @param line the whole line
     */
    private boolean dayLineOrCaption(String t, String line) {
        Optional<LocalDate> day = dayAtStart(t, true);
        if (day.isPresent()) {
            add(new Entry(day, Optional.empty(), Zones.find(t), "", Optional.empty()));
            return true;
        }
        if (looksLikeCaption(line)) {
            captionZone(line);
            return true;
        }
        return false;
    }

    /** The rest of a heading that names an hour, not an event: "–03:00", " to 3 pm (UTC)". */
    private static final Pattern RANGE_END = Pattern.compile(
            "\\s*(?:[-–—]+|to|until)\\s*\\d{1,2}(?:[:h]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?\\s*(?:\\(?[A-Za-z+\\-:\\d ]{1,12}\\)?)?\\s*",
            Pattern.CASE_INSENSITIVE);

    /** A time said roughly at a line's start: "08:30ish", "10ish", "3-ish" (the hour alone is on the hour). */
    private static final Pattern ABOUT_ISH = Pattern.compile("(?i)(\\d{1,2})(?::(\\d{2}))?\\s*-?ish\\b");

    /** A line that may start with a stamp; a date alone sets the date for what follows. */
    private void line(String raw, Optional<String> source) {
        String line = raw.strip();
        if (line.isEmpty()) {
            return;
        }
        if (inEditorNote || EDITOR_NOTE.matcher(line).lookingAt()) {
            // "[ed: replica lag passes 60 s at about 09:25 ...]": the editor's commentary, not an event
            inEditorNote = noteGoesOn(line);
            return;
        }
        Matcher chat = CHAT_MESSAGE.matcher(line);
        if (chat.lookingAt() && line.startsWith(":", chat.end()) && !startsWithStamp(line)) {
            // "- cronbot (09:12): job started", "jonas (10:02): acking": a chat message, its writer first
            line = chat.group(2) + " " + chat.group(1).strip() + ": " + line.substring(chat.end() + 1).strip();
        }
        String t = LEADING_NOISE.matcher(line).replaceFirst("");
        String bare = SPOKEN_LEAD.matcher(line).replaceFirst("");
        // tried only where a spoken time can open the line (cheap), and never where a clock already does
        if ((SpokenTimes.mayStart(bare) || SpokenTimes.mayStart(t)) && !opensWithClock(t)) {
            // "half past eight in the morning - slots open", "about 4 in the afternoon - all rebooked": a time as people say it
            Optional<LocalTime> previous = lastTime();
            String stripped = t;
            Optional<String> spoken = SpokenTimes.atStart(bare, previous).or(() -> SpokenTimes.atStart(stripped, previous));
            if (spoken.isPresent()) {
                t = spoken.get();
            }
        }
        java.util.regex.Matcher ish = ABOUT_ISH.matcher(t);
        if (ish.lookingAt()) {
            // "08:30ish someone in our matrix room", "10ish saw the DMs": about that time, read as it
            t = ish.group(1) + ":" + (ish.group(2) == null ? "00" : ish.group(2)) + t.substring(ish.end());
        }
        Optional<Marker> marker = relativeMinutes(t);
        if (marker.isPresent()) {
            // "T+9m — paged", "+25 min: rollback started", "+0 min (10:02 AM): reassignment starts"
            String rest = AFTER_STAMP.matcher(t.substring(marker.get().end())).replaceFirst("").strip();
            Optional<Entry> clock = clockInBrackets(rest, marker.get().minutes(), source);
            if (clock.isPresent()) {
                add(clock.get());
                return;
            }
            if (anchor != null) {
                add(counted(marker.get().minutes(), rest, source));
                return;
            }
        }
        java.util.regex.Matcher untimed = UNTIMED_LEAD.matcher(t);
        if (untimed.lookingAt()) {
            // "later — Kim finds the cause", "next morning — incident closed": an event at no stated time
            add(new Entry(Optional.empty(), Optional.empty(), Optional.empty(), t.substring(untimed.end()).strip(), source));
            return;
        }
        t = after(NEXT_DAY, t); // "next morning, 07:50 — ...": the clock rolls over to the next day
        java.util.regex.Matcher weekday = WEEKDAY_LEAD.matcher(t);
        Optional<LocalDate> weekdayDay = Optional.empty();
        if (weekday.lookingAt() && WEEKDAY_NUMERIC_DATE.matcher(t.substring(weekday.end())).lookingAt()) {
            t = t.substring(weekday.end()); // "Thursday, 07/05/2026 (BRT, UTC-3)": the date says the day
        } else if (weekday.lookingAt() && startsWithDigitClock(t.substring(weekday.end()))) {
            // "Mon 4:10 pm – deployed v412": the day of that name nearest the incident's date
            weekdayDay = dayZero().flatMap(d -> nearestWeekday(d, weekday.group(1)));
            if (weekdayDay.isPresent()) {
                t = t.substring(weekday.end());
            }
        }
        java.util.regex.Matcher later = DAY_OFFSET.matcher(t);
        java.util.regex.Matcher numberedLead = NUMBERED_DAY_LEAD.matcher(t);
        java.util.regex.Matcher dLead = D_DAY_LEAD.matcher(t);
        Optional<LocalDate> offsetDay = Optional.empty();
        java.util.regex.Matcher yearless = YEARLESS_NUMERIC_DAY.matcher(t);
        java.util.regex.Matcher named = WEEKDAY_LEAD.matcher(t);
        if (weekdayDay.isEmpty() && named.lookingAt() && yearless.region(named.end(), t.length()).lookingAt()) {
            // "Sun 5/4 02:45 — last consult connected": the weekday may tell the order of the day and month
            offsetDay = yearlessDay(yearless, TimeExpressions.weekday(named.group(1)));
            if (offsetDay.isPresent()) {
                t = t.substring(yearless.end());
            }
        } else if (yearless.reset().lookingAt()) {
            offsetDay = yearlessDay(yearless);
            if (offsetDay.isPresent()) {
                t = t.substring(yearless.end()); // "12/03 22:00 — generation starts", dates said to be DD/MM
            }
        } else if (weekdayDay.isPresent()) {
            offsetDay = weekdayDay;
        } else if (dDay.isPresent() && dLead.lookingAt()) {
            // "D+3 09:10 — Finance asks in #data-questions", "D−1 16:40": days counted from the day the note calls D
            int n = dLead.group(2) == null ? 0 : Integer.parseInt(dLead.group(2));
            offsetDay = Optional.of(dDay.get().plusDays(dLead.group(1) != null && !dLead.group(1).equals("+") ? -n : n));
            t = t.substring(dLead.end());
        } else if (numberedLead.lookingAt()) {
            // "Day 2, 00:32 — flag rolled back": the day numbered from the incident's first
            offsetDay = numberedDay("Day " + numberedLead.group(1));
            if (offsetDay.isPresent()) {
                t = t.substring(numberedLead.end());
            }
        } else if (later.lookingAt() && dayZero().isPresent()) {
            // "+1d 08:30 — reopened": a time on the day after the timeline's first
            offsetDay = Optional.of(dayZero().get().plusDays(Integer.parseInt(later.group(1))));
            t = t.substring(later.end());
        }
        Optional<TimeExpressions.Stamp> stamp;
        try {
            stamp = stamp(t);
            if (offsetDay.isPresent() && stamp.isPresent() && stamp.get().date().isEmpty() && stamp.get().time().isPresent()) {
                TimeExpressions.Stamp st = stamp.get();
                stamp = Optional.of(new TimeExpressions.Stamp(offsetDay, st.time(), st.zone(), st.length()));
            }
        } catch (TimeExpressions.ImpossibleValue e) {
            warnings.add("timeline: " + e.getMessage() + " in '" + abbreviate(line) + "'; time left empty");
            String rest = t.replaceFirst("^\\S+(\\s+\\S+)?\\s*[-–—:|]*\\s*", "");
            add(new Entry(Optional.empty(), Optional.empty(), Optional.empty(), rest.isEmpty() ? line : rest, source));
            return;
        }
        if (stamp.isEmpty()) {
            Optional<Entry> timedAtEnd = trailingTime(t, source);
            if (timedAtEnd.isPresent()) {
                add(timedAtEnd.get());
                return;
            }
            if (!dayLineOrCaption(t, line) && !entries.isEmpty()) {
                appendToLast(line);
            }
            return;
        }
        TimeExpressions.Stamp s = stamp.get();
        Optional<TimeAt> twin = s.time().isPresent() ? twin(t, 0, s.length()) : Optional.empty();
        if (twin.isPresent() && s.zone().isPresent() && s.date().isEmpty() && twin.get().stamp().date().isEmpty()
                && (headingZone.isEmpty() || headingZone.get().normalized().equals(s.zone().get().normalized()))
                && !END_OF_DAY.matcher(t.substring(0, s.length())).find()) {
            // "08:47 AEDT (21:47 UTC)": the first time names its zone too, and the timeline's days are its clock's
            // (the UTC one may fall on the day before); the bracket says the same moment again. Not under a heading
            // naming another zone, whose days the timeline keeps, nor for "24:00 EEST (21:00 UTC)", the day's end,
            // which the bracket tells better.
            s = new TimeExpressions.Stamp(s.date(), s.time(), s.zone(), twin.get().end());
        } else if (twin.isPresent()) {
            s = new TimeExpressions.Stamp(s.date().or(() -> twin.get().stamp().date()), twin.get().stamp().time(), twin.get().stamp().zone(),
                    twin.get().end());
        }
        String rest = AFTER_STAMP.matcher(t.substring(s.length())).replaceFirst("").strip();
        if (s.time().isEmpty()) {
            // A date line, e.g. "2026-05-03 (all times UTC)"; a zone in it applies to the lines after.
            Optional<ZoneId> zone = s.zone().or(() -> Zones.find(rest));
            add(new Entry(s.date(), Optional.empty(), zone, "", Optional.empty()));
            if (!rest.isEmpty() && !rest.startsWith("(") && rest.length() > 20 && !rest.toLowerCase(Locale.ROOT).contains("times")) {
                // "2026-05-01 Config change merged" is an event without a time: keep its text.
                add(new Entry(s.date(), Optional.empty(), zone, rest, source));
            }
            return;
        }
        String stamped = t;
        Optional<LocalDate> date = s.date().or(() -> dayAtStart(stamped, false));
        String text = rest;
        java.util.regex.Matcher dayNote = DAY_NOTE.matcher(rest);
        if (date.isEmpty() && dayNote.lookingAt()) {
            // "00:05 *(4 Nov)* — queue draining": the day, beside the time
            Optional<LocalDate> noted = dayAtStart(dayNote.group(1), true);
            if (noted.isPresent()) {
                date = noted;
                text = AFTER_STAMP.matcher(rest.substring(dayNote.end())).replaceFirst("").strip();
            }
        }
        add(new Entry(date, s.time(), s.zone(), anchorBeside(date, s.time().get(), s.zone(), text), source));
    }

    /**
     * "+0 min (10:02 AM): ...": a marker with the clock time it stands for in brackets, which names
     * T+0 when none is known yet; the event at that clock time.
     */
    private Optional<Entry> clockInBrackets(String rest, long minutes, Optional<String> source) {
        java.util.regex.Matcher open = BRACKET_OPEN.matcher(rest);
        if (!open.lookingAt()) {
            return Optional.empty();
        }
        try {
            Optional<TimeExpressions.Stamp> clock = stamp(rest.substring(open.end()));
            if (clock.isEmpty() || clock.get().time().isEmpty()) {
                return Optional.empty();
            }
            TimeExpressions.Stamp c = clock.get();
            java.util.regex.Matcher close = BRACKET_CLOSE.matcher(rest).region(open.end() + c.length(), rest.length());
            if (!close.lookingAt()) {
                return Optional.empty();
            }
            if (anchor == null) {
                anchorAt(c.date(), c.time().get(), minutes, c.zone());
            }
            String event = AFTER_STAMP.matcher(rest.substring(close.end())).replaceFirst("").strip();
            return Optional.of(new Entry(c.date(), c.time(), c.zone(), event, source));
        } catch (TimeExpressions.ImpossibleValue e) {
            return Optional.empty();
        }
    }

    /** A chat message's head: the writer's name, then the time in brackets ("Dana Ortiz [9:22 AM]:", "priya (14:02)"). */
    private static final Pattern CHAT_MESSAGE = Pattern.compile(
            "^\\s*(@?[\\p{L}][\\p{L}\\p{M}.'\u2019 _-]{0,40}?)\\s*[\\[(]\\s*(\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?)\\s*[\\])]",
            Pattern.CASE_INSENSITIVE);


    /**
     * The messages of a paragraph made of chat lines, each opening with its writer and time (a
     * line that does not continues the message before it); empty unless the paragraph opens with
     * such a line and has at least two.
     */
    private static List<String> chatMessages(List<String> lines) {
        List<String> messages = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            if (CHAT_MESSAGE.matcher(line).lookingAt()) {
                messages.add(line.strip());
            } else if (messages.isEmpty()) {
                return List.of();
            } else {
                messages.set(messages.size() - 1, messages.get(messages.size() - 1) + " " + line.strip());
            }
        }
        return messages.size() >= 2 ? messages : List.of();
    }

    /**
     * A chat client's copy of its messages: the writer's name and the time alone on a line
     * ("Priya Raman  2:14 PM", "Deploy Bot 13:05"), the message on the lines below it.
     */
    private static final Pattern CHAT_HEADER = Pattern.compile(
            "^\\s*(@?[\\p{L}][\\p{L}\\p{M}.'\u2019_-]*(?:\\s[\\p{L}][\\p{L}\\p{M}.'\u2019_-]*){0,3})\\s+"
                    + "(\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?)\\s*$", Pattern.CASE_INSENSITIVE);
    /** Words that make a "word time" line something other than a writer's name and the time ("Tuesday 14:00", "until 09:30"). */
    private static final Pattern NOT_A_WRITER = Pattern.compile(
            "(?i).*\\b(?:at|by|from|until|till|to|since|around|about|approx\\.?|before|after|on|monday|tuesday|wednesday|thursday|friday"
                    + "|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|today|tomorrow|yesterday|tonight|morning|afternoon"
                    + "|evening|night|noon|midnight|utc|gmt)$");
    /** A writer's own measures under the timeline: "TTD 14 min", "MTTR: 1 h 52 min", "time to detect 21 minutes". */
    private static final Pattern STATED_MEASURES = Pattern.compile(
            "(?i)\\b(?:MTT[ADRM]|TT[ADRM]|time to (?:detect|acknowledge|mitigate|resolve|restore|recover))\\b\\W{0,3}(?:of\\s+|was\\s+|is\\s+|=\\s*|~\\s*)?\\d+\\s*(?:h|hr|hrs|hours?|min|mins|minutes?|m)\\b");
    /** An editor's note in a pasted log ("[ed: this is when we declared]"): commentary, no event. */
    private static final Pattern EDITOR_NOTE = Pattern.compile("(?i)^\\s*[\\[(]\\s*(?:ed|editor|ed\\.|editor's note|note from the editor)\\s*[:.\\-\u2014]");

    /** Whether an editor's note goes on past this line of it: its bracket is not closed yet. */
    private static boolean noteGoesOn(String line) {
        return line.indexOf(']') < 0 && line.indexOf(')') < 0;
    }

    /**
     * The messages of lines pasted from a chat client that puts the writer and the time on a
     * line of their own: each becomes "time writer: message"; editors' notes between are left
     * out. Empty unless the lines open with such a header (blank lines and notes aside), hold
     * at least {@code minHeaders} of them, and every header has a message.
     */
    static List<String> headedMessages(List<String> lines, int minHeaders) {
        List<String> out = new ArrayList<>();
        StringBuilder message = null;
        String head = null;
        boolean inNote = false;
        for (String line : lines) {
            if (inNote || EDITOR_NOTE.matcher(line).lookingAt()) {
                inNote = noteGoesOn(line);
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            Matcher header = CHAT_HEADER.matcher(line);
            if (header.matches() && !NOT_A_WRITER.matcher(header.group(1)).matches()) {
                if (head != null) {
                    if (message.isEmpty()) {
                        return List.of();
                    }
                    out.add(head + message);
                }
                head = header.group(2) + " " + header.group(1).strip() + ":";
                message = new StringBuilder();
            } else if (head == null) {
                return List.of();
            } else {
                message.append(' ').append(line.strip());
            }
        }
        if (head == null || message.isEmpty()) {
            return List.of();
        }
        out.add(head + message);
        return out.size() >= minHeaders ? out : List.of();
    }

    /**
     * Whether a paragraph is prose rather than timeline lines: it has a line that starts with no
     * time, at most one that starts with one, and a time inside a line. "14:02 Deploy (rolled
     * back at 14:30)" lines start with their time, so they stay lines, wrapped or not.
     */
    private static boolean isProse(List<String> lines) {
        List<String> text = lines.stream().map(String::strip).filter(l -> !l.isEmpty() && !looksLikeCaption(l)).toList();
        boolean[] starts = new boolean[text.size()];
        int stampedLines = 0;
        for (int i = 0; i < text.size(); i++) {
            starts[i] = startsWithStamp(text.get(i)) && !(i > 0 && wrapsOnto(text.get(i - 1), text.get(i)));
            stampedLines += starts[i] ? 1 : 0;
        }
        if ((stampedLines == text.size() || stampedLines >= 2) && !sentencesAtTimes(text, starts)) {
            return false; // timeline lines, some perhaps wrapped onto a next line
        }
        for (int i = 0; i < text.size(); i++) {
            String line = text.get(i);
            String stripped = LEADING_NOISE.matcher(line).replaceFirst("");
            int from = line.length() - stripped.length();
            // "+0 min (10:02 AM): ...": the clock in brackets after a marker is the line's own time
            int own = from + relativeMinutes(stripped).map(m -> m.end() + MARKER_CLOCK_GAP).orElse(0);
            // where the times stand, not which day: a date either way round is read one way ("04/11/2026 11:58 AM - ...")
            for (TimeAt t : timesIn(line, () -> Optional.of(true))) {
                if (!(starts[i] && t.start() <= own)) {
                    return true; // a time inside the line, not the one it starts with
                }
            }
        }
        return false;
    }

    /**
     * Whether a line that opens with a time is a sentence wrapped onto it rather than a timeline
     * line: the line before is long and stops mid-sentence, and the words after the time go on in
     * lower case ("... her son's ride was showing" / "07:50 in the parent app and nobody had come").
     */
    private static boolean wrapsOnto(String previous, String line) {
        if (previous.length() < WRAPPED_LINE || ".!?:;)]|".indexOf(previous.charAt(previous.length() - 1)) >= 0) {
            return false;
        }
        Matcher m = TIME_THEN_WORD.matcher(line);
        return m.lookingAt() && Character.isLowerCase(m.group(1).charAt(0));
    }

    /** How long a line is when a writer's editor wrapped it, not a timeline entry ended. */
    private static final int WRAPPED_LINE = 60;
    private static final Pattern TIME_THEN_WORD = Pattern.compile("\\d{1,2}[:.]\\d{2}\\s+(\\p{L})");

    /** "At 06:24 ...", "By 06:20 ...": a sentence that opens with the time it happened at. */
    private static final Pattern SENTENCE_AT_TIME = Pattern.compile("(?i)^(?:at|by|around|from|shortly after|just after|just before)\\s+\\d");
    private static final Pattern MID_LINE_SENTENCE_AT_TIME = Pattern.compile(
            "(?i)[.;!?]\\s+(?:at|by|around|from|shortly after|just after|just before)\\s+\\d{1,2}(?::\\d{2}|\\s*[ap]\\.?m\\b)");

    /**
     * Whether lines that start with a time are sentences of a story rather than timeline
     * lines: each opens with "At" or "By" before its time, and a later sentence inside a line
     * opens with a time the same way ("At 05:40 we rolled out the change. At 06:24 a customer
     * reported ..."), or one line tells more than one time ("At 08:24 the alert paged the
     * on-call, who acknowledged it at 08:27"), so every sentence or clause is an event of its own.
     */
    private static boolean sentencesAtTimes(List<String> text, boolean[] starts) {
        boolean midLine = false;
        for (int i = 0; i < text.size(); i++) {
            if (starts[i] && !SENTENCE_AT_TIME.matcher(text.get(i)).find()) {
                return false;
            }
            midLine |= MID_LINE_SENTENCE_AT_TIME.matcher(text.get(i)).find() || starts[i] && timesIn(text.get(i)).size() > 1;
        }
        return midLine;
    }

    /** A time of day found inside prose: where it starts and ends, and what it says. */
    private record TimeAt(int start, int end, TimeExpressions.Stamp stamp) {
    }

    /** The times of day in a text, wherever they stand: each digit that starts a word is tried as a stamp. */
    private static List<TimeAt> timesIn(String text) {
        return timesIn(text, Optional::empty);
    }

    /** The times in a text, a date whose day and month could be either way round read in the order this timeline or its document states. */
    private List<TimeAt> timesHere(String text) {
        return timesIn(text, () -> dayFirst.isPresent() ? dayFirst : documentDayOrder.get());
    }

    /**
     * The same, a date whose day and month could be either way round read in {@code dayOrder}'s
     * order (asked for only then): "04/11/2026 11:58 AM - Jack Morley" over the note he typed.
     */
    private static List<TimeAt> timesIn(String text, Supplier<Optional<Boolean>> dayOrder) {
        List<TimeAt> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                continue;
            }
            char before = i == 0 ? ' ' : text.charAt(i - 1);
            if (Character.isLetterOrDigit(before) || before == ':' || before == '.' || before == '-' || before == '/' || before == ','
                    || before == '+' || before == '\u2212') {
                continue; // inside a number, a range or an offset ("UTC+05:30")
            }
            if (!mayStartStamp(text, i) || NOT_A_TIME_AFTER.contains(wordBefore(text, i))) {
                continue;
            }
            try {
                // a stamp is short: reading a bounded slice keeps a long line of digits linear
                String slice = text.substring(i, Math.min(text.length(), i + MAX_STAMP_CHARS));
                Optional<TimeExpressions.Stamp> s;
                try {
                    s = TimeExpressions.stampAtStart(slice);
                } catch (TimeExpressions.AmbiguousDayOrder e) {
                    Optional<Boolean> order = dayOrder.get();
                    if (order.isEmpty()) {
                        throw e;
                    }
                    s = TimeExpressions.stampAtStart(slice, order);
                }
                if (s.isPresent() && s.get().time().isPresent()) {
                    int end = i + s.get().length();
                    while (end > i + 1 && Character.isWhitespace(text.charAt(end - 1))) {
                        end--; // a stamp may take the space after it
                    }
                    Optional<TimeAt> twin = twin(text, i, end);
                    out.add(twin.orElse(new TimeAt(i, end, s.get())));
                    i = twin.map(TimeAt::end).orElse(end) - 1;
                }
            } catch (TimeExpressions.ImpossibleValue e) {
                // "25:99" in prose is no time; move on
            }
        }
        return out;
    }

    /**
     * The times of a sentence of prose that say when something happened. Left out: a schedule
     * listed as three or more times ("pull the key list at 02:00, 08:00, 14:00 and 20:00"), and a
     * time that names a thing ("the 02:00 list", "a 07:02 that now leaves at 06:58", "the 08:00 pull").
     */
    private static List<TimeAt> eventTimes(String sentence, List<TimeAt> times) {
        if (times.isEmpty()) {
            return times;
        }
        boolean[] drop = new boolean[times.size()];
        int run = 0;
        for (int k = 1; k <= times.size(); k++) {
            boolean listed = k < times.size()
                    && LIST_SEPARATOR.matcher(sentence.substring(times.get(k - 1).end(), times.get(k).start())).matches();
            if (listed) {
                run++;
            } else {
                if (run >= 2) {
                    for (int d = k - 1 - run; d <= k - 1; d++) {
                        drop[d] = true;
                    }
                }
                run = 0;
            }
        }
        List<TimeAt> out = new ArrayList<>(times.size());
        for (int k = 0; k < times.size(); k++) {
            TimeAt t = times.get(k);
            if (!drop[k] && !(ARTICLES.contains(wordBefore(sentence, t.start())) && NOUN_AFTER.matcher(sentence).region(t.end(), sentence.length()).lookingAt())
                    && !(k > 0 && SHOWN_VALUE_BEFORE.matcher(sentence.substring(Math.max(0, t.start() - 40), t.start())).find())
                    && !CONVERSION_BEFORE.matcher(sentence.substring(Math.max(0, t.start() - 30), t.start())).find()) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Words that make a later time in a sentence a value the story mentions, not when something
     * happened: "her ride, normally at 06:50, was showing 07:50 in the app", "scheduled for 09:00".
     */
    private static final Pattern SHOWN_VALUE_BEFORE = Pattern.compile("(?i)\\b(?:showing|shows|showed|displaying|displays|displayed|reading|reads"
            + "|normally|usually|typically|scheduled|due|instead of|rather than|set to|planned|booked|expected)(?:\\s+(?:at|for|to|around|as))?\\s*$");
    /** A time given as another one converted: "the schedule is written in UTC (`30 20 * * *`), which is 02:00 IST". */
    private static final Pattern CONVERSION_BEFORE = Pattern.compile("(?i)(?:\\bwhich\\s+(?:is|was)|\\bi\\.e\\.,?|\\bthat\\s+is,?|\\bequivalent\\s+to|=)\\s*$");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:,|,?\\s+(?:and|or))\\s*");
    private static final java.util.Set<String> ARTICLES = java.util.Set.of("the", "a", "an");
    /** A word after a time that makes the time a name: not a zone, a meridiem or a unit of the time itself. */
    private static final Pattern NOUN_AFTER = Pattern.compile(
            "\\s+(?!(?:utc|gmt|am|pm|a\\.m|p\\.m|h|hrs?|hours?|local|time|[A-Z]{2,5})\\b)\\p{L}");

    /** The times a text gives with their zone, wherever they stand ("Backout complete 14:02 AEDT"). */
    static List<Entry> zonedTimesIn(String text) {
        List<Entry> out = new ArrayList<>();
        for (TimeAt t : timesIn(text.replace('\n', ' '))) {
            if (t.stamp().zone().isPresent()) {
                out.add(new Entry(t.stamp().date(), t.stamp().time(), t.stamp().zone(), "", Optional.empty()));
            }
        }
        return out;
    }

    /**
     * A moment a note tells; {@code eitherHalfOfDay} when its clock time could be am or pm ("ack 2:27 CT");
     * {@code writersOwnClock} when its zone is the one its writer says they type ("I'm in PT"), which holds for
     * that note alone.
     */
    record Told(Entry entry, boolean eitherHalfOfDay, boolean writersOwnClock) {
    }

    /** A time written with a one-digit hour and no am/pm: "2:27", "9:05 CT" (not "09:05", "2:27pm"). */
    private static final Pattern EITHER_HALF = Pattern.compile("(?i)(?:[1-9]|1[0-2])[:.]\\d\\d(?![:.]?\\d)(?!\\s*[ap]\\.?m\\b)");

    /**
     * The moments a note's words tell with a clock time ("went live on all servers at 06:45",
     * "DBA called 23:05, joined 23:12"): each time said as when something happened (after "at",
     * "since", "around", "~" or a verb in the past), not one in brackets ("(shipped 11:20 this
     * morning)"), a range ("between 21:00 and 21:48") or a name ("the 21:00 snapshot"); each with
     * its clause, cut before the next time as in {@link #prose}. A moment's date is its own, if
     * it says one; and whether its time could be in either half of the day.
     */
    static List<Told> toldIn(String note) {
        List<Told> out = new ArrayList<>();
        // the first zone a note names holds for its later times; the writer's own clock ("acked at 9:14 (I'm in PT)") for all
        Matcher writer = WRITERS_CLOCK.matcher(note);
        Optional<ZoneId> writersClock = writer.find() ? Zones.find(writer.group(1)) : Optional.empty();
        Optional<ZoneId> noteZone = writersClock;
        for (String sentence : SENTENCE_END.split(note.replace('\n', ' ').strip())) {
            if (CLOCK_CHANGE.matcher(sentence).find()) {
                continue;
            }
            List<TimeAt> times = eventTimes(sentence, timesIn(sentence));
            int from = 0;
            for (int k = 0; k < times.size(); k++) {
                TimeAt t = times.get(k);
                int to = sentence.length();
                if (k + 1 < times.size()) {
                    to = times.get(k + 1).start();
                    java.util.regex.Matcher cut = CLAUSE.matcher(sentence).region(t.end(), times.get(k + 1).start());
                    while (cut.find()) {
                        to = cut.start();
                    }
                }
                if (noteZone.isEmpty()) {
                    noteZone = t.stamp().zone();
                }
                String before = sentence.substring(Math.max(0, t.start() - TOLD_LOOKBACK), t.start());
                boolean listed = k > 0 && LIST_SEPARATOR.matcher(sentence.substring(times.get(k - 1).end(), t.start())).matches()
                        || k + 1 < times.size() && LIST_SEPARATOR.matcher(sentence.substring(t.end(), times.get(k + 1).start())).matches();
                // a full stamp is a moment wherever it stands ("job log: 2026-05-14 02:00:41 CDT ERROR ..."); a clock
                // time is one when said as when something happened, not in brackets and not one of a schedule's times
                // "7:40 - cause: ...": a note that starts with its moment, as a log line does
                Matcher heading = k == 0 && before.isBlank() ? STAMP_THEN_TEXT.matcher(sentence).region(t.end(), to) : null;
                boolean leads = heading != null && heading.lookingAt();
                if (t.stamp().date().isPresent() || t.stamp().time().get().getSecond() != 0 // "06:10:22": a log's stamp
                        || bracketed(sentence, t) // "Got it (3:12 CT): ..."
                        || leads
                        || TOLD_BEFORE.matcher(before).find() && !LAST_STATE.matcher(before).find() && !inBrackets(sentence, t.start()) && !listed) {
                    String clause = CLAUSE_START.matcher((leads ? sentence.substring(heading.end(), to) : sentence.substring(from, to)).strip())
                            .replaceFirst("");
                    boolean eitherHalf = t.stamp().date().isEmpty() && EITHER_HALF.matcher(sentence.substring(t.start(), Math.min(sentence.length(), t.end() + 6))).lookingAt();
                    Optional<ZoneId> zone = t.stamp().zone().isPresent() ? t.stamp().zone() : noteZone;
                    out.add(new Told(new Entry(t.stamp().date(), t.stamp().time(), zone, clause, Optional.empty()), eitherHalf,
                            t.stamp().zone().isEmpty() && zone.isPresent() && zone.equals(writersClock)));
                }
                from = to;
            }
        }
        return out;
    }

    /** What follows a time that starts a note's line as its stamp: a dash or a colon, then words ("7:40 - cause: ..."). */
    private static final Pattern STAMP_THEN_TEXT = Pattern.compile("\\s*(?:[-\u2013\u2014|>]|:(?!\\d))\\s+(?=\\p{L})");

    /** A note's writer naming the clock they type: "I'm in PT", "we are on IST", "I am in Pacific time". */
    private static final Pattern WRITERS_CLOCK = Pattern.compile(
            "\\b(?:I'?m|I am|we'?re|we are)\\s+(?:in|on)\\s+((?-i:[A-Z][A-Za-z]{1,12})(?:\\s+(?:time|Time))?)\\b");

    private static final int TOLD_LOOKBACK = 24;
    /** What stands before a time said as when something happened: "at", "since", "~", "joined", "paged". */
    private static final Pattern TOLD_BEFORE = Pattern.compile(
            "(?i)(?:\\b(?:at|since|from|around|about|approx\\.?|approximately|circa|roughly|sent|went|began|begun|came|rang|broke|took|got|made"
                    + "|ran|found|saw|set|hit|fell|rose|woke|told|held|kicked off|ack)|~|@|\\b\\p{L}{2,}(?:ed|'d)(?:\\s+\\p{L}+)?)\\s*$");

    /** "it last synced at 10:12", "last seen 22:40": when a state was last true, not an event of the incident. */
    private static final Pattern LAST_STATE = Pattern.compile("(?i)\\blast\\s+\\p{L}+(?:\\s+at)?\\s*$");

    /** A time alone in brackets after what happened then: "Got it (3:12 CT)", "rollback done (14:20)". */
    private static boolean bracketed(String sentence, TimeAt t) {
        int before = t.start() - 1;
        while (before >= 0 && sentence.charAt(before) == ' ') {
            before--;
        }
        int after = t.end();
        while (after < sentence.length() && sentence.charAt(after) == ' ') {
            after++;
        }
        return before > 0 && sentence.charAt(before) == '(' && after < sentence.length() && sentence.charAt(after) == ')';
    }

    private static boolean inBrackets(String sentence, int at) {
        int depth = 0;
        for (int i = 0; i < at; i++) {
            char c = sentence.charAt(i);
            depth += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
        }
        return depth > 0;
    }

    /** The first sentence of a text (the whole text when it is one sentence). */
    static String firstSentence(String text) {
        String[] sentences = SENTENCE_END.split(text.strip(), 2);
        return sentences.length == 0 ? text : sentences[0];
    }

    /** A paragraph of the timeline the writer labels as context, not events: "Background (not part of the incident): ...". */
    private static final Pattern BACKGROUND_NOTE = Pattern.compile("(?i)\\W*(?:background|context)\\b[^:.]{0,40}:");

    /** A note on the clock itself: "Clocks went forward at 2:00 AM", "the clocks change at 03:00". */
    private static final Pattern CLOCK_CHANGE = Pattern.compile(
            "(?i)\\bclocks?\\s+(?:went|go|goes|going|changed?|changes|sprang|spring|springs|fell|fall|falls|moved?|moves|jumped|jump)\\b"
                    // "anything from 00:00 onwards is on 20 May": a note on the date, no event
                    + "|\\b(?:from|after)\\s+(?:00|0|12)[:.]00(?:\\s*(?:am|a\\.m\\.))?\\s+(?:on|onwards|onward)\\b");

    /** "dates are day first (DD/MM/YYYY)" or "MM/DD/YYYY": how the numeric dates that follow are ordered. */
    private static final Pattern DAY_FIRST_NOTE = Pattern.compile("(?i)\\b(?:dd[/.-]mm(?:[/.-]yy(?:yy)?)?|day[- ]first)\\b");
    private static final Pattern MONTH_FIRST_NOTE = Pattern.compile("(?i)\\b(?:mm[/.-]dd(?:[/.-]yy(?:yy)?)?|month[- ]first)\\b");
    /** The order numeric dates are written in, once the timeline says so. */
    private Optional<Boolean> dayFirst = Optional.empty();
    private final Supplier<Optional<Boolean>> documentDayOrder;
    /**
     * The order for a day and month written without a year ("14/01 | 06:38"): the one stated, else
     * the one the timeline's own dates show. A full date the numbers leave ambiguous is not guessed
     * from the other rows: it needs a stated order.
     */
    private Supplier<Optional<Boolean>> yearlessDayOrder = Optional::empty;
    private Optional<ZoneId> headingZone = Optional.empty();
    /** Whether a table of the timeline has been read: paragraphs above the first one are notes on it. */
    private boolean tableSeen;
    private boolean journal;

    /** How many words a journal entry's head holds besides its stamp: a writer and the kind of entry. */
    private static final int JOURNAL_HEAD_WORDS = 10;
    private static final Pattern HEAD_DECORATION = Pattern.compile("^[*_\\s]+|[*_\\s]+$");
    private static final Pattern HEAD_SEPARATORS = Pattern.compile("\\s*[\u00b7\u2022|\u2013\u2014]\\s*|\\s+-\\s+|,\\s*$|\\[\\s*]");

    /** Fewest entries of a journal told by its shape. */
    private static final int JOURNAL_ENTRIES = 3;

    /**
     * Whether blocks are a ticket's journal by their shape: three paragraphs or more that open with a
     * short head holding a full stamp, a date and a time ("**Kim Tran** — 14/Apr/26 7:31 AM"), and
     * most of the section's paragraphs such.
     */
    static boolean isJournal(List<Block> blocks) {
        int paragraphs = 0;
        int heads = 0;
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p && !p.lines().isEmpty()) {
                paragraphs++;
                String head = HEAD_DECORATION.matcher(p.lines().get(0)).replaceAll("");
                if (head.length() <= 140 && holdsFullStamp(head)) {
                    heads++;
                }
            }
        }
        return heads >= JOURNAL_ENTRIES && heads * 2 > paragraphs;
    }

    /**
     * Whether a table is a ticket's log rather than a list of work: every row opens with a date and
     * its time ("| 03/02/2026 10:58 | Laura Pike | Close | Closing. ... |"), where a list of action
     * items gives due dates.
     */
    static boolean isStampedLog(Block.Table t) {
        if (t.rows().size() < JOURNAL_ENTRIES) {
            return false;
        }
        for (List<String> row : t.rows()) {
            if (row.isEmpty() || !holdsFullStamp(LEADING_NOISE.matcher(row.get(0).strip()).replaceFirst(""))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a text holds a date with its time somewhere, either day order. */
    private static boolean holdsFullStamp(String text) {
        return fullStampIn(text, t -> TimeExpressions.stampAtStart(t, Optional.of(true))).isPresent();
    }

    /** Reads a stamp at the start of a text, as {@link #stamp} or with a fixed day order. */
    private interface StampReader {
        Optional<TimeExpressions.Stamp> at(String text) throws TimeExpressions.ImpossibleValue;
    }

    /**
     * The first stamp in a head that gives a date with its time, wherever it stands ("Jasmine Ortiz ·
     * Mar 21, 2026 10:02 AM", "04/11/2026 11:58 AM – Jack Morley"): tried at each word's start.
     */
    private static Optional<TimeAt> fullStampIn(String head, StampReader reader) {
        for (int i = 0; i < head.length(); i++) {
            if (i > 0 && Character.isLetterOrDigit(head.charAt(i - 1)) || !Character.isLetterOrDigit(head.charAt(i))) {
                continue;
            }
            try {
                Optional<TimeExpressions.Stamp> s = reader.at(head.substring(i));
                if (s.isPresent() && s.get().date().isPresent() && s.get().time().isPresent()) {
                    return Optional.of(new TimeAt(i, Math.min(head.length(), i + s.get().length()), s.get()));
                }
            } catch (TimeExpressions.ImpossibleValue e) {
                // not a stamp here
            }
        }
        return Optional.empty();
    }

    /**
     * A journal entry as a tool prints it: a short head with a full stamp (a date and a time) and its
     * writer, the note below; one event at the stamp, the head's words before the note's. False when
     * the paragraph is not one.
     */
    private boolean journalEntry(Block.Paragraph p) {
        if (p.lines().isEmpty()) {
            return false;
        }
        String head = HEAD_DECORATION.matcher(p.lines().get(0)).replaceAll("");
        if (head.isEmpty() || head.length() > 140) {
            return false;
        }
        if (p.lines().stream().skip(1).anyMatch(l -> startsWithStamp(HEAD_DECORATION.matcher(l).replaceAll("")))) {
            return false; // lines that each open with their stamp are entries of their own ("22/01/2026 02:06 PM | ASSIGN | ...")
        }
        Optional<TimeAt> found = fullStampIn(head, this::stamp);
        if (found.isEmpty()) {
            return false;
        }
        TimeAt t = found.get();
        String rest = HEAD_SEPARATORS.matcher(head.substring(0, t.start()) + " " + head.substring(t.end())).replaceAll(" ").strip();
        rest = rest.replaceAll("^(?:at|on)\\s+|\\s+(?:at|on)$", "").replaceAll("\\s{2,}", " ").strip();
        if (rest.isEmpty() || rest.split("\\s+").length > JOURNAL_HEAD_WORDS) {
            return false;
        }
        int before = entries.size();
        line(head.substring(t.start(), t.end()).strip() + " " + rest + ":", Optional.empty());
        if (entries.size() == before) {
            return false;
        }
        if (p.lines().size() > 1) {
            appendToLast(String.join(" ", p.lines().subList(1, p.lines().size())).strip());
        }
        return true;
    }

    private void dayOrder(String text) {
        Optional<Boolean> stated = statedDayOrder(text);
        if (stated.isPresent()) {
            dayFirst = stated;
        }
    }

    /** The order a note says numeric dates are written in: true for day first ("DD/MM"), false for month first. */
    static Optional<Boolean> statedDayOrder(String text) {
        if (DAY_FIRST_NOTE.matcher(text).find()) {
            return Optional.of(true);
        }
        return MONTH_FIRST_NOTE.matcher(text).find() ? Optional.of(false) : Optional.empty();
    }

    /**
     * The order the timeline's own numeric dates show when no note states one: day first when one
     * of them has a first number above 12 ("14/01") and none a second one above 12, month first the
     * other way round; empty when they do not tell or contradict each other.
     */
    private static Optional<Boolean> dayOrderOfDates(List<TimelinePart> parts) {
        boolean dayFirst = false;
        boolean monthFirst = false;
        for (TimelinePart part : parts) {
            if (part instanceof TimelinePart.Content c) {
                Matcher m = NUMERIC_DAY_MONTH.matcher(c.block().text());
                while (m.find()) {
                    dayFirst |= Integer.parseInt(m.group(1)) > 12 && Integer.parseInt(m.group(2)) <= 12;
                    // dots never put the month first: "station 3.40" or "v2.31" is no date
                    monthFirst |= Integer.parseInt(m.group(2)) > 12 && Integer.parseInt(m.group(1)) <= 12
                            && m.group().charAt(m.end(1) - m.start()) != '.';
                }
            }
        }
        return dayFirst == monthFirst ? Optional.empty() : Optional.of(dayFirst);
    }

    /** A numeric day and month ("14/01", "14/01/2026", "03.11."), not part of a longer number or a time. */
    private static final Pattern NUMERIC_DAY_MONTH = Pattern.compile("(?<![\\d/.:])(\\d{1,2})[/.](\\d{1,2})(?![\\d:])");

    /** "09/03 15:20 — ...", "03.11. 12:40": a day and month without a year, read once a note has said their order or the timeline's dates show it. */
    /** A day without its year before a time: "12/03 22:00", "21.06. 14:05", "Mon 7/21 · 3:10 PM" (after its weekday). */
    private static final Pattern YEARLESS_NUMERIC_DAY = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})\\.?,?(?:\\s*\u00b7\\s*|\\s+)(?=\\d{1,2}[:.h]\\d{2})");

    /**
     * The date a year-less "DD/MM" (or "MM/DD") stands for, in the timeline's first date's year;
     * {@code m}'s groups 1 and 2 are the two numbers. With no note, the order is the one the
     * timeline's own dates show, settled on first need; empty when nothing tells the order.
     */
    private Optional<LocalDate> yearlessDay(java.util.regex.Matcher m) {
        return yearlessDay(m, Optional.empty());
    }

    /**
     * As {@link #yearlessDay(java.util.regex.Matcher)}, with the weekday the writer put before it
     * ("Sun 5/4"). With no order stated or shown, a day and month that read the same either way
     * ("4/4"), that only one order makes a date of ("14/01"), or that only one order puts on that
     * weekday are read in that order.
     */
    private Optional<LocalDate> yearlessDay(java.util.regex.Matcher m, Optional<java.time.DayOfWeek> weekday) {
        if (dayFirst.isEmpty()) {
            dayFirst = yearlessDayOrder.get();
        }
        // dots are the day-first convention ("21.06."), as for full dates (TimeExpressions)
        Optional<Boolean> order = dayFirst.isEmpty() && m.group().charAt(m.end(1) - m.start()) == '.' ? Optional.of(true) : dayFirst;
        Optional<LocalDate> base = dayZero();
        if (base.isEmpty()) {
            return Optional.empty();
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        if (order.isEmpty()) {
            order = a == b || a > 12 || b > 12 ? Optional.of(a == b || a > 12)
                    : TimeExpressions.orderOfWeekday(weekday, base.get().getYear(), a, b);
        }
        if (order.isEmpty()) {
            return Optional.empty();
        }
        int day = order.get() ? a : b;
        int month = order.get() ? b : a;
        try {
            return Optional.of(LocalDate.of(base.get().getYear(), month, day));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** "T+0 = 04:12 UTC on 2026-03-17", "T0 is 22:47 UTC": the moment relative rows count from. */
    private static final Pattern ANCHOR = Pattern.compile("(?i)\\bT\\s*\\+?\\s*0\\s*(?:=|:|is|was)\\s*(.{1,80})");
    /** "Minutes counted from 6:40 AM", "Offsets are minutes from 10:02 AM", "T+ counts from 10:12 on Sep 3". */
    private static final Pattern COUNTED_FROM = Pattern.compile(
            "(?i)\\b(?:counted|counts?|measured|offsets?|minutes|elapsed|relative)\\b[^.;]{0,30}?\\b(?:from|since)\\s+(.{1,80})");
    /** "Relative to the start, **18:02 AEST** (rollout complete)": the rows' offsets count from that clock. */
    private static final Pattern RELATIVE_TO_START = Pattern.compile(
            "(?i)\\brelative\\s+to\\s+(?:the\\s+)?(?:start|beginning|trigger|first event|incident start|t\\s*\\+?\\s*0)\\b[\\s,:;=*_(-]*(.{1,80})");
    /** How far after a marker the clock it stands for may start: " (" and a little room. */
    private static final int MARKER_CLOCK_GAP = 3;
    /** How far after "counted from" the time it counts from is looked for ("from 10:12", "from about 6:40 AM"). */
    private static final int COUNTED_FROM_REACH = 12;
    /** "07:45 UTC is T+0 (campaign start)": a time, then that it is T+0. */
    private static final Pattern IS_T0 = Pattern.compile("(?i)(\\d{1,2}[:.]\\d{2}[^.;=]{0,24}?)\\s+(?:is|=)\\s+T\\s*\\+?\\s*0\\b");
    /**
     * A relative marker: "T+0", "T0", "T+12m", "T+1h05", "T−25m", "T-2h", "T+00:47:05", or a bare
     * "+12 min", "+14m", "+1h35m" (which must name its unit: "+1d 08:30" is a day offset).
     */
    static final Pattern RELATIVE_MARKER = Pattern.compile(
            "(?:T\\s*(?<sign>[+\\-\u2212\u2013])?|(?<plus>\\+))\\s*(?:(?<hh>\\d{1,3}):(?<mm>\\d{2})(?::\\d{2})?"
                    + "|(?:(?<h>\\d{1,3})\\s*h(?:rs?|ours?)?)?\\s*(?:(?<m>\\d{1,4})\\s*(?<unit>m|min|mins|minutes)?)?)(?!\\w)");
    /** The moment T+0 stands for, once the timeline has named it; {@code anchorDated} whether its date is known. */
    private java.time.LocalDateTime anchor;
    private boolean anchorDated;
    private Optional<ZoneId> anchorZone = Optional.empty();

    /** A relative marker read: the signed minutes from T+0 it stands for, and where it ends in the text. */
    record Marker(long minutes, int end) {
    }

    /** The marker at the start of {@code text}; empty when the text does not open with one ("Table", "T5", "+1d"). */
    static Optional<Marker> relativeMinutes(String text) {
        if (text.isEmpty() || text.charAt(0) != 'T' && text.charAt(0) != '+') {
            return Optional.empty(); // most lines: checked without a regex
        }
        java.util.regex.Matcher m = RELATIVE_MARKER.matcher(text);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        long minutes;
        if (m.group("hh") != null) {
            minutes = Long.parseLong(m.group("hh")) * 60 + Long.parseLong(m.group("mm"));
        } else if (m.group("h") != null || m.group("m") != null) {
            minutes = (m.group("h") == null ? 0 : Long.parseLong(m.group("h")) * 60) + (m.group("m") == null ? 0 : Long.parseLong(m.group("m")));
        } else {
            return Optional.empty();
        }
        if (m.group("plus") != null && m.group("h") == null && m.group("unit") == null) {
            return Optional.empty(); // "+3 retries", "+1d": a bare '+' names its unit
        }
        if (m.group("plus") == null && m.group("sign") == null && minutes != 0) {
            return Optional.empty(); // "T5" is no marker; "T0" is
        }
        String sign = m.group("sign");
        boolean before = sign != null && !sign.equals("+");
        return Optional.of(new Marker(before ? -minutes : minutes, m.end()));
    }

    private boolean relativeAnchor(String text) {
        if (text.indexOf('T') < 0 && !text.contains("from") && !text.contains("since") && !text.contains("elative")) {
            return false;
        }
        java.util.regex.Matcher m = ANCHOR.matcher(text);
        if (!m.find()) {
            if (startsWithStamp(text)) {
                return false; // a line of events, not a caption
            }
            // "Minutes counted from 6:40 AM", "07:45 UTC is T+0"
            m = COUNTED_FROM.matcher(text);
            if (!m.find()) {
                m = IS_T0.matcher(text);
                if (!m.find()) {
                    m = RELATIVE_TO_START.matcher(text);
                    if (!m.find()) {
                        return false;
                    }
                }
            }
        }
        String said = SENTENCE_END.split(m.group(1))[0]; // its own sentence: "... from the rotation. Rows from 00:04 are 23 April"
        List<TimeAt> times = timesIn(said);
        if (times.isEmpty() || m.pattern() == COUNTED_FROM && times.get(0).start() > COUNTED_FROM_REACH) {
            return false;
        }
        TimeExpressions.Stamp s = times.get(0).stamp();
        Optional<LocalDate> date = s.date().or(() -> proseDate(said, times.get(0).start(), times.get(0).end()))
                .or(() -> isoDateIn(said)).or(() -> documentDate);
        anchorAt(date, s.time().get(), 0, s.zone());
        return true;
    }

    /** T+0 is {@code minutes} before the moment an event stamps with both its clock time and its marker. */
    private void anchorAt(Optional<LocalDate> date, java.time.LocalTime time, long minutes, Optional<ZoneId> zone) {
        anchor = java.time.LocalDateTime.of(date.orElse(LocalDate.EPOCH), time).minusMinutes(minutes);
        anchorDated = date.isPresent();
        anchorZone = zone;
    }

    /** A marker in brackets after an event's clock time ("09:14 (T+0)", "10:35 (T+1h21m)"): it names T+0; the text after it. */
    private String anchorBeside(Optional<LocalDate> date, java.time.LocalTime time, Optional<ZoneId> zone, String rest) {
        java.util.regex.Matcher open = BRACKET_OPEN.matcher(rest);
        if (!open.lookingAt()) {
            return rest;
        }
        Optional<Marker> marker = relativeMinutes(rest.substring(open.end()));
        if (marker.isEmpty()) {
            return rest;
        }
        int end = open.end() + marker.get().end();
        java.util.regex.Matcher close = BRACKET_CLOSE.matcher(rest).region(end, rest.length());
        if (!close.lookingAt()) {
            return rest;
        }
        if (anchor == null || marker.get().minutes() == 0) {
            anchorAt(date, time, marker.get().minutes(), zone);
        }
        return AFTER_STAMP.matcher(rest.substring(close.end())).replaceFirst("").strip();
    }

    private static final Pattern BRACKET_OPEN = Pattern.compile("\\(\\s*");
    private static final Pattern BRACKET_CLOSE = Pattern.compile("\\s*\\)");

    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");

    private static Optional<LocalDate> isoDateIn(String text) {
        java.util.regex.Matcher m = ISO_DATE.matcher(text);
        try {
            return m.find() ? Optional.of(LocalDate.parse(m.group(1))) : Optional.empty();
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A row whose time is a marker counted from the T+0 the timeline named ("T+1h05", "T−25m", "+12 min"). */
    private Optional<Entry> fromAnchor(String cell, String event, Optional<String> source) {
        if (anchor == null) {
            return Optional.empty();
        }
        Optional<Marker> marker = relativeMinutes(cell);
        if (marker.isEmpty() || !cell.substring(marker.get().end()).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(counted(marker.get().minutes(), event, source));
    }

    private Entry counted(long minutes, String event, Optional<String> source) {
        java.time.LocalDateTime at = anchor.plusMinutes(minutes);
        return new Entry(anchorDated ? Optional.of(at.toLocalDate()) : Optional.empty(), Optional.of(at.toLocalTime()), anchorZone, event, source);
    }

    /** The day's end written as its 24th hour: "24:00 EEST". */
    private static final Pattern END_OF_DAY = Pattern.compile("(?<!\\d)24[:.]00");

    /** The same moment again in brackets with its zone: "04:30 (03:30 UTC)", "15:10 local time (13:10 UTC)", "07:24 UK time (06:24 UTC)". */
    private static final Pattern TWIN = Pattern.compile("^\\s*(?:(?:local|[A-Z][A-Za-z]{1,12})(?:\\s+time)?\\s*)?\\(\\s*");

    /**
     * A time followed by the same moment in another zone, in brackets: the bracketed one names
     * its zone, so it is the one read ("At 04:30 (03:30 UTC) the check paged Pieter"); or a time
     * said roughly and then exactly ("Shortly after 05:15 (05:17), ..."). The stamp returned spans both.
     */
    private static Optional<TimeAt> twin(String text, int start, int end) {
        java.util.regex.Matcher m = TWIN.matcher(text).region(end, text.length());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        int close = text.indexOf(')', m.end());
        if (close < 0 || close - m.end() > 40) {
            return Optional.empty();
        }
        try {
            Optional<TimeExpressions.Stamp> inner = TimeExpressions.stampAtStart(text.substring(m.end(), close).strip());
            if (inner.isPresent() && inner.get().time().isPresent() && (inner.get().zone().isPresent() || hedged(text, start))
                    && text.substring(m.end(), close).strip().length() == inner.get().length()) {
                TimeExpressions.Stamp st = inner.get();
                return Optional.of(new TimeAt(start, close + 1, new TimeExpressions.Stamp(st.date(), st.time(), st.zone(), close + 1 - start)));
            }
        } catch (TimeExpressions.ImpossibleValue e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A time said roughly, whose exact minute may follow in brackets: "Shortly after 05:15 (05:17)", "Around 4:40am (04:43)". */
    private static final Pattern HEDGE_BEFORE = Pattern.compile(
            "(?i)(?:^|[^\\p{L}])(?:around|about|approximately|approx\\.?|roughly|shortly after|just after|just before|soon after|~)\\s*$");

    private static boolean hedged(String text, int start) {
        return HEDGE_BEFORE.matcher(text.substring(Math.max(0, start - 20), start)).find();
    }

    /** Longest stamp read from prose: "Wednesday, September 23, 2026 at 10:00:00 am PDT" is 49 characters. */
    private static final int MAX_STAMP_CHARS = 80;
    /** Words after which "1:30" is a duration or a schedule, not when something happened. */
    private static final java.util.Set<String> NOT_A_TIME_AFTER = java.util.Set.of("took", "lasted", "lasting", "duration", "for", "every",
            "within", "over", "utc", "gmt");

    /** The word (letters only, lower case) just before position {@code i}, skipping spaces and punctuation. */
    private static String wordBefore(String text, int i) {
        int end = i;
        while (end > 0 && !Character.isLetter(text.charAt(end - 1))) {
            if (Character.isDigit(text.charAt(end - 1)) || i - end > 3) {
                return "";
            }
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /**
     * A cheap test before the stamp patterns, true for the digits that start a time of day
     * ("9:05", "2 pm") or a date-time ("2026-03-19 10:00"): one or two digits then a colon and a
     * digit or an am/pm, or a four-digit year then a dash or slash.
     */
    private static final Pattern NUMERIC_DATE_AHEAD = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}\\b");

    private static boolean mayStartStamp(String text, int i) {
        int j = i;
        while (j < text.length() && j - i < 4 && Character.isDigit(text.charAt(j))) {
            j++;
        }
        int digits = j - i;
        if (digits == 4) {
            return j < text.length() && (text.charAt(j) == '-' || text.charAt(j) == '/');
        }
        if (digits > 2) {
            return false;
        }
        if (j + 1 < text.length() && text.charAt(j) == ':' && Character.isDigit(text.charAt(j + 1))) {
            return true;
        }
        if (digits > 0 && NUMERIC_DATE_AHEAD.matcher(text).region(i, Math.min(text.length(), i + 11)).lookingAt()) {
            return true; // a numeric date with its year, before its time: "04/11/2026 11:58 AM"
        }
        while (j < text.length() && text.charAt(j) == ' ') {
            j++;
        }
        return j < text.length() && "aApP".indexOf(text.charAt(j)) >= 0;
    }

    /**
     * A prose paragraph: each time a sentence holds starts an event, cut from the sentence at the
     * clause before the time ("..., who acknowledged it at 3:01 pm"); sentences without a time
     * continue the event before them.
     */
    private void prose(String paragraph) {
        // A paragraph's first zone is the one its times are in; one named after it with no event
        // between is an aside ("... CEST (UTC+2). Our earlier postmortems were in CET.")
        int zoneNamedAt = -1;
        Optional<LocalDate> dayMarked = Optional.empty();
        for (String sentence : SENTENCE_END.split(paragraph.strip())) {
            if (CLOCK_CHANGE.matcher(sentence).find()) {
                // "Clocks went forward at 2:00 AM": a note on the clock, no event
                if (zoneNamedAt != entries.size() && captionZone(sentence)) {
                    zoneNamedAt = entries.size();
                }
                continue;
            }
            List<TimeAt> times = eventTimes(sentence, timesHere(sentence));
            if (times.isEmpty()) {
                Optional<LocalDate> day = dayAlone(sentence);
                if (day.isPresent()) {
                    dayMarked = day; // "**Thursday, April 23.** At 9:00 AM ...": the day the story goes on to
                    continue;
                }
                Optional<Entry> later = relativeToLast(sentence);
                if (later.isPresent()) {
                    add(later.get());
                } else if (startsWithStamp(sentence)) {
                    line(sentence, Optional.empty()); // a date line such as "2026-05-03 (all times PST)"
                } else if (looksLikeCaption(sentence)) {
                    if (zoneNamedAt != entries.size() && captionZone(sentence)) {
                        zoneNamedAt = entries.size();
                    }
                } else if (!entries.isEmpty()) {
                    appendToLast(sentence);
                }
                continue;
            }
            int from = 0;
            for (int k = 0; k < times.size(); k++) {
                int to = sentence.length();
                if (k + 1 < times.size()) {
                    to = times.get(k + 1).start();
                    java.util.regex.Matcher cut = CLAUSE.matcher(sentence).region(times.get(k).end(), times.get(k + 1).start());
                    while (cut.find()) {
                        to = cut.start();
                    }
                }
                String clause = sentence.substring(from, to);
                String text = CLAUSE_START.matcher(clause.strip()).replaceFirst("");
                TimeExpressions.Stamp s = times.get(k).stamp();
                Optional<LocalDate> date = s.date().isPresent() ? s.date()
                        : proseDate(clause, times.get(k).start() - from, times.get(k).end() - from);
                if (date.isEmpty() && dayMarked.isPresent()) {
                    date = dayMarked;
                }
                dayMarked = Optional.empty();
                add(new Entry(date, s.time(), s.zone(), text, Optional.empty()));
                from = to;
            }
        }
    }

    /** What may stand around a day written alone as a sentence: "**Wednesday, April 22.**", "On Thursday 23 April:". */
    private static final Pattern DAY_ALONE_REST = Pattern.compile("(?i)[\\s*_.,:]*(?:on\\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+(?:the\\s+)?)?[\\s*_.,:]*");

    private static final Pattern DAY_ALONE_AFTER = Pattern.compile("[\\s*_.,:]*");

    /** The day a sentence names and nothing else ("Wednesday, April 22."), which the story's next moment falls on. */
    private Optional<LocalDate> dayAlone(String sentence) {
        java.util.regex.Matcher m = PROSE_DATE.matcher(sentence);
        if (sentence.length() > 48 || !m.find()) {
            return Optional.empty();
        }
        if (!DAY_ALONE_REST.matcher(sentence.substring(0, m.start())).matches()
                || !DAY_ALONE_AFTER.matcher(sentence.substring(m.end())).matches()) {
            return Optional.empty();
        }
        return dayOf(m);
    }

    /** A count as prose writes it: "four", "20", "a". */
    private static final String AMOUNT = "(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|twenty-five"
            + "|thirty|forty|forty-five|fifty|sixty|ninety|\\d{1,3})";
    /** A span as prose writes it: "four minutes", "one hour and forty minutes", "half an hour", "an hour and a half". */
    private static final String SPAN = "(?<span>half an hour|an hour and a half|" + AMOUNT + "\\s+(?:minutes?|mins?|hours?)"
            + "(?:\\s+and\\s+(?:a half|" + AMOUNT + "\\s+(?:minutes?|mins?)))?)";
    /** A writer's hedge before a span: "about", "roughly". */
    private static final String HEDGE = "(?:(?:about|around|roughly|some|nearly|almost|approximately|just over|just under)\\s+)?";
    /** A span that lasted, not one that passed: "for about an hour and a half afterwards". */
    private static final String NOT_LASTING = "(?<!over |under |for |for about |for around |for roughly |for some |for nearly |for almost |for over |for just over )";
    /**
     * "Four minutes later", "twenty minutes after Pieter's acknowledgement": a time told from the
     * event before. ("Within fifteen minutes" bounds a time; it states none.)
     */
    private static final Pattern RELATIVE = Pattern.compile("(?i)" + NOT_LASTING + "\\b" + HEDGE + SPAN
            + "\\s+(?:later|afterwards|after (?:that|this|the|his|her|their|\\p{Lu}\\w*'s))\\b");
    /**
     * "Roughly half an hour in", "About 20 minutes after the migration started", "At the 45-minute
     * mark", "two hours after it began": a time told from the start of the story.
     */
    private static final Pattern FROM_START = Pattern.compile("(?i)" + NOT_LASTING + "\\b(?:" + HEDGE + SPAN + "\\s+(?:in\\b|into (?:the|it)\\b|after (?:the start|it (?:began|started)"
            + "|(?:the|we|our) (?:[\\w-]+\\s+){0,2}(?:started|began|begun|kicked off)))|at the (?<mark>\\d{1,3})-(?<unit>minute|hour) mark)");
    private static final java.util.Map<String, Integer> NUMBER_WORDS = java.util.Map.ofEntries(
            java.util.Map.entry("a", 1), java.util.Map.entry("an", 1), java.util.Map.entry("one", 1), java.util.Map.entry("two", 2),
            java.util.Map.entry("three", 3), java.util.Map.entry("four", 4), java.util.Map.entry("five", 5), java.util.Map.entry("six", 6),
            java.util.Map.entry("seven", 7), java.util.Map.entry("eight", 8), java.util.Map.entry("nine", 9), java.util.Map.entry("ten", 10),
            java.util.Map.entry("eleven", 11), java.util.Map.entry("twelve", 12), java.util.Map.entry("fifteen", 15),
            java.util.Map.entry("twenty", 20), java.util.Map.entry("twenty-five", 25), java.util.Map.entry("thirty", 30),
            java.util.Map.entry("forty", 40), java.util.Map.entry("forty-five", 45), java.util.Map.entry("fifty", 50),
            java.util.Map.entry("sixty", 60), java.util.Map.entry("ninety", 90));
    private static final Pattern SPAN_PART = Pattern.compile("(?i)(" + AMOUNT + ")\\s+(minutes?|mins?|hours?)");

    /** Whether a paragraph with no time of day tells a moment as a span from another one. */
    private boolean tellsSpans(String text) {
        return (text.contains("later") || text.contains("after") || text.contains(" in") || text.contains("mark"))
                && timesHere(text).isEmpty() && (RELATIVE.matcher(text).find() || FROM_START.matcher(text).find());
    }

    /** The minutes a {@link #SPAN} names: "one hour and forty minutes" is 100, "half an hour" 30. */
    static long minutesOf(String span) {
        String t = span.toLowerCase(Locale.ROOT);
        if (t.equals("half an hour")) {
            return 30;
        }
        long minutes = t.endsWith("and a half") ? 30 : 0;
        java.util.regex.Matcher m = SPAN_PART.matcher(t);
        while (m.find()) {
            String n = m.group(1);
            int amount = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : NUMBER_WORDS.get(n);
            minutes += m.group(2).startsWith("h") ? amount * 60L : amount;
        }
        return minutes;
    }

    /**
     * A sentence that tells its time from the event before ("Espen acknowledged the page four
     * minutes later") or from the first event of the
     * story ("Roughly half an hour in, she found the lock"): an event at that time. A writer's
     * hedge ("about ten minutes later") is read as the span it hedges: the story gives no other time.
     */
    private Optional<Entry> relativeToLast(String sentence) {
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        Entry from;
        long minutes;
        // counted from the start ("an hour after the start") before from the event before ("an hour after the cancel")
        java.util.regex.Matcher m = sentence.contains(" in") || sentence.contains("after") || sentence.contains("mark")
                ? FROM_START.matcher(sentence) : null;
        if (m != null && m.find()) {
            from = entries.get(0);
            minutes = m.group("mark") != null ? Long.parseLong(m.group("mark")) * (m.group("unit").equalsIgnoreCase("hour") ? 60 : 1)
                    : minutesOf(m.group("span"));
        } else {
            m = sentence.contains("later") || sentence.contains("after") ? RELATIVE.matcher(sentence) : null;
            if (m == null || !m.find()) {
                return Optional.empty();
            }
            from = entries.get(entries.size() - 1);
            minutes = minutesOf(m.group("span"));
        }
        if (from.time().isEmpty()) {
            return Optional.empty();
        }
        java.time.LocalTime start = from.time().get();
        long days = Math.floorDiv(start.toSecondOfDay() / 60 + minutes, 24 * 60); // "two hours after it began" at 23:10 is the next day
        Optional<LocalDate> date = from.date().map(d -> d.plusDays(days));
        return Optional.of(new Entry(date, Optional.of(start.plusMinutes(minutes)), from.zone(), CLAUSE_START.matcher(sentence.strip()).replaceFirst(""),
                Optional.empty()));
    }

    /**
     * The day named right beside a time in a clause ("on March 19 at 10:00", "at 2:10 pm on
     * Tuesday, September 23"), within {@value #DATE_NEAR_TIME} characters of it; a day without a
     * year takes the year that puts it nearest the incident's date.
     */
    private Optional<LocalDate> proseDate(String clause, int timeStart, int timeEnd) {
        java.util.regex.Matcher m = PROSE_DATE.matcher(clause);
        while (m.find()) {
            boolean before = m.end() <= timeStart && timeStart - m.end() <= DATE_NEAR_TIME;
            boolean after = m.start() >= timeEnd && m.start() - timeEnd <= DATE_NEAR_TIME;
            if (!before && !after) {
                continue;
            }
            return dayOf(m);
        }
        return Optional.empty();
    }

    /** The day a {@link #PROSE_DATE} match names; without a year, the year that puts it nearest the incident's date. */
    private Optional<LocalDate> dayOf(java.util.regex.Matcher m) {
        boolean monthFirst = m.group("m1") != null;
        String monthName = monthFirst ? m.group("m1") : m.group("m2");
        int day = Integer.parseInt(monthFirst ? m.group("d1") : m.group("d2"));
        String year = monthFirst ? m.group("y1") : m.group("y2");
        int month = TimeExpressions.month(monthName);
        try {
            if (year != null) {
                int y = Integer.parseInt(year);
                return y < TimeExpressions.MIN_YEAR || y > TimeExpressions.MAX_YEAR ? Optional.empty()
                        : Optional.of(LocalDate.of(y, month, day));
            }
            if (documentDate.isEmpty()) {
                return Optional.empty();
            }
            LocalDate best = null;
            for (int y = documentDate.get().getYear() - 1; y <= documentDate.get().getYear() + 1; y++) {
                LocalDate d = LocalDate.of(y, month, day);
                if (best == null || Math.abs(d.toEpochDay() - documentDate.get().toEpochDay())
                        < Math.abs(best.toEpochDay() - documentDate.get().toEpochDay())) {
                    best = d;
                }
            }
            return Optional.of(best);
        } catch (java.time.DateTimeException e) {
            return Optional.empty(); // "February 30"
        }
    }

    private static final java.util.Set<String> DAY_OR_MONTH_PREFIX = java.util.Set.of("mon", "tue", "wed", "thu", "fri", "sat", "sun",
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    /** Whether the text opens with a weekday or month name's first three letters, or with a day number before a month. */
    private static boolean startsWithDayOrMonthName(String t) {
        if (t.length() >= 3 && Character.isLetter(t.charAt(0))) {
            return DAY_OR_MONTH_PREFIX.contains(t.substring(0, 3).toLowerCase(Locale.ROOT));
        }
        if (t.isEmpty() || !Character.isDigit(t.charAt(0))) {
            return false;
        }
        // "12 Aug", "3rd of May", "12-ago": a day's number, then a word (not "14:02", not "12 14:00")
        int i = 1;
        while (i < t.length() && i < 2 && Character.isDigit(t.charAt(i))) {
            i++;
        }
        if (i < t.length() && Character.isLetter(t.charAt(i))) {
            return true;
        }
        if (i + 2 < t.length() && t.charAt(i) == '.' && t.charAt(i + 1) == ' ' && Character.isLetter(t.charAt(i + 2))) {
            return true; // "9. mars", "12. März": the day with its dot, as German and Nordic writers put it
        }
        return i + 1 < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '-') && Character.isLetter(t.charAt(i + 1));
    }

    /** A weekday before a date, perhaps with the date in brackets: "Tuesday 30 Dec", "Tue, 30 Dec", "Tuesday (30 Dec)". */
    private static final Pattern WEEKDAY_LEAD = Pattern.compile("(?i)^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+\\(?");
    /** How far from the incident's date a weekday written alone is looked for, either way. */
    private static final int WEEKDAY_REACH_DAYS = 6;

    /** The date with that weekday nearest {@code day} (the earlier of two as near): "Mon" beside a Tuesday incident is the day before. */
    static Optional<LocalDate> nearestWeekday(LocalDate day, String name) {
        Optional<java.time.DayOfWeek> wanted = TimeExpressions.weekday(name);
        for (int k = 0; k <= WEEKDAY_REACH_DAYS && wanted.isPresent(); k++) {
            for (LocalDate d : List.of(day.minusDays(k), day.plusDays(k))) {
                if (d.getDayOfWeek() == wanted.get()) {
                    return Optional.of(d);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a line opens with a written clock or stamp ("4:55 p.m. ...", "14:02 ..."). */
    private static boolean opensWithClock(String t) {
        return !t.isEmpty() && Character.isDigit(t.charAt(0)) && startsWithStamp(t);
    }

    /** A clock right at the start, no day named first ("4:10 pm ...", not "Apr 2, 4:10pm ..."). */
    private static boolean startsWithDigitClock(String text) {
        return !text.isEmpty() && Character.isDigit(text.charAt(0)) && !startsWithDayOrMonthName(text) && startsWithClock(text);
    }

    /** Whether the text opens with a clock time ("4:10 pm", "09:05"), not a date. */
    private static boolean startsWithClock(String text) {
        try {
            Optional<TimeExpressions.Stamp> s = TimeExpressions.stampAtStart(text);
            return s.isPresent() && s.get().time().isPresent() && s.get().date().isEmpty();
        } catch (TimeExpressions.ImpossibleValue e) {
            return false;
        }
    }
    /** A numeric date with its year, as it may follow a weekday: "07/05/2026", "7.5.2026". */
    private static final Pattern WEEKDAY_NUMERIC_DATE = Pattern.compile("\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}\\b");
    /** What may follow a day on a date line: punctuation and a parenthesised note ("(all times UTC)"). */
    private static final Pattern DATE_LINE_REST = Pattern.compile("\\)?[\\s,.:–—-]*(?:\\(.*\\))?\\s*");

    /**
     * A day written at the start of {@code t} without a year ("Mar 3, 06:41 UTC", "Wednesday 4
     * March"), dated by the incident's year; with {@code wholeLine}, only when nothing but
     * punctuation or a note in parentheses follows it (a date line).
     */
    private Optional<LocalDate> dayAtStart(String t, boolean wholeLine) {
        if (!startsWithDayOrMonthName(t)) {
            return Optional.empty(); // most lines: a time, a digit or any other word (checked without a regex)
        }
        java.util.regex.Matcher weekday = WEEKDAY_LEAD.matcher(t);
        String u = weekday.lookingAt() ? t.substring(weekday.end()) : t;
        java.util.regex.Matcher m = PROSE_DATE.matcher(u);
        if (!m.lookingAt() || (wholeLine && !DATE_LINE_REST.matcher(u.substring(m.end())).matches())) {
            // "**Thursday 23/10**" over its times: a day without its year, the weekday telling its order
            java.util.regex.Matcher numeric = WEEKDAY_YEARLESS_DAY.matcher(u);
            return weekday.lookingAt() && numeric.matches() ? yearlessDay(numeric, TimeExpressions.weekday(weekday.group(1))) : Optional.empty();
        }
        return dayOf(m);
    }

    /** Most characters between a time and the day named beside it in prose (", on Tuesday, "). */
    static final int DATE_NEAR_TIME = 20;

    /** "All times are CET", "Times in PST (UTC-8)": the zone of the lines after it, like a date line's. */
    private boolean captionZone(String caption) {
        Optional<ZoneId> zone = Zones.find(caption);
        if (zone.isPresent() && headingZone.isPresent() && !zone.get().normalized().equals(headingZone.get().normalized())
                && Zones.names(caption, headingZone.get())) {
            // "## Timeline (UTC)" over "On-sale opened at 10:00 BST, which is 09:00 UTC": the note converts, the heading stands
            return true;
        }
        zone.ifPresent(z -> add(new Entry(Optional.empty(), Optional.empty(), Optional.of(z), "", Optional.empty())));
        return zone.isPresent();
    }

    /** The end of a range in a time cell, taken off before the cell is searched for a zone: "-14:20", " – 14:24", " to 16:10". */
    private static final Pattern CELL_RANGE_END = Pattern.compile("^\\s*(?:[-\u2013\u2014~]|to\\b|until\\b|till\\b)\\s*\\d{1,2}(?:[:.h]\\d{2}){1,2}");

    /** Sets the zone from the first of the text's sentences that qualifies and names one; says whether one did. */
    private boolean zoneOfFirst(String text, java.util.function.Predicate<String> qualifies) {
        String[] sentences = SENTENCE_END.split(text);
        for (String sentence : sentences) {
            // "Clocks went back at 02:00 BST (01:00 GMT). All times below are GMT.": the caption says which
            if (looksLikeCaption(sentence.strip()) && qualifies.test(sentence.strip()) && captionZone(sentence)) {
                return true;
            }
        }
        for (String sentence : sentences) {
            if (qualifies.test(sentence.strip()) && captionZone(sentence)) {
                return true;
            }
        }
        return false;
    }

    /** "Orari in ora italiana (CEST)", "Heures en CET", "Zeiten in MEZ": a caption that opens with its times word. */
    private static final List<String> CAPTION_STARTS_ELSEWHERE = List.of("orari in ", "orari espressi in ", "gli orari sono ", "orari:",
            "heures en ", "horas en ", "horas em ", "zeiten in ", "uhrzeiten in ");

    private static boolean looksLikeCaption(String line) {
        String l = line.toLowerCase(Locale.ROOT);
        return l.startsWith("all times") || l.startsWith("(all times") || l.startsWith("times are") || l.startsWith("times in")
                || l.startsWith("hora ") || l.startsWith("horário ") || l.startsWith("heure ") || l.startsWith("horas ")
                || l.startsWith("all time is") || l.startsWith("all time in") || l.startsWith("time is ") || l.startsWith("time zone")
                || l.startsWith("all the times") || l.startsWith("the times are") || l.startsWith("times below")
                // "Todas las horas en hora de Guatemala (UTC-6).", "Toutes les heures en CET", "Alle Zeiten in MEZ"
                || Zones.ALL_TIMES_ELSEWHERE.stream().anyMatch(l::startsWith) || CAPTION_STARTS_ELSEWHERE.stream().anyMatch(l::startsWith)
                || ZONE_FIRST.matcher(line).lookingAt() && Zones.find(line.substring(0, Math.min(line.length(), ZONE_CAPTION_REACH))).isPresent()
                || namesZoneOnly(line) || zoneWithOffsetFirst(line);
    }

    /** A zone's abbreviation with its offset opening the line: "IST (UTC+5:30) unless the pasted header says otherwise." */
    private static final Pattern ZONE_WITH_OFFSET_FIRST = Pattern.compile("^\\W*([A-Z]{2,5})\\s*\\(\\s*(?:UTC|GMT)\\s*[+\\-\u2212]\\s*\\d{1,2}(?::?\\d{2})?\\s*\\)");

    private static boolean zoneWithOffsetFirst(String line) {
        Matcher m = ZONE_WITH_OFFSET_FIRST.matcher(line);
        return m.lookingAt() && Zones.parse(m.group(1)).isPresent();
    }

    /**
     * "Hora Argentina (ART, UTC-3).", "Brasília (UTC−3)": a line of a few words that only names the zone, in brackets;
     * or a line that is all a bracket naming it: "(hora Colombia, COT = UTC-5)".
     */
    private static boolean namesZoneOnly(String line) {
        Matcher m = BRACKETED_ZONE_LINE.matcher(line.strip());
        if (m.matches() && Zones.find(m.group(1)).isPresent()) {
            return true;
        }
        Matcher whole = WHOLLY_BRACKETED.matcher(line.strip());
        return whole.matches() && Zones.find(whole.group(1)).isPresent();
    }

    private static final Pattern WHOLLY_BRACKETED = Pattern.compile("\\(([^()]{2,40})\\)\\s*[.:;]?");

    private static final Pattern BRACKETED_ZONE_LINE = Pattern.compile("\\W*(?:[\\p{L}'\u2019-]+\\s+){0,2}[\\p{L}'\u2019-]+\\s*\\(([^)]{2,24})\\)\\s*[.:;]?");

    /** "Pacific time (PDT, UTC−7). Copied from the channel ...": a line that opens by naming the zone of the times below. */
    private static final Pattern ZONE_FIRST = Pattern.compile(
            "(?i)\\W*(?:[A-Z][a-z]+\\s+)?(?:time|times|standard time|daylight time)\\b\\s*(?:\\([^)]{2,60}\\))?\\s*(?:[.,:;\u2014\u2013]|\\s-\\s|$)");
    /** How far into such a line its zone is looked for. */
    private static final int ZONE_CAPTION_REACH = 40;

    private void table(Block.Table t) {
        List<String> header = t.header();
        if (header.isEmpty()) {
            return; // no columns to read (a table broken by a stray line ending)
        }
        int timeCol = -1;
        int dateCol = -1;
        int eventCol = -1;
        int sourceCol = -1;
        int zoneCol = -1;
        int stageCol = -1;
        int localCol = -1;
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            if (zoneCol < 0 && ZONE_HEADER.matcher(h).matches()) {
                zoneCol = i;
            } else if ((TIME_HEADER.matcher(h).find() || namesClock(h)) && (timeCol < 0 || (!namesUtc(header.get(timeCol)) && namesUtc(h)))) {
                localCol = timeCol;
                timeCol = i; // of "Time (local)" and "Time (UTC)", the UTC one
            } else if (dateCol < 0 && DATE_HEADER.matcher(h).find() && !EVENT_HEADER.matcher(h).find()) {
                dateCol = i;
            } else if (eventCol < 0 && EVENT_HEADER.matcher(h).find()) {
                eventCol = i;
            } else if (sourceCol < 0 && SOURCE_HEADER.matcher(h).find()) {
                sourceCol = i;
            } else if (stageCol < 0 && STAGE_HEADER.matcher(h).matches()) {
                stageCol = i;
            }
        }
        if (localCol >= 0 && clockZone(header.get(localCol)).isPresent()
                && (dateCol >= 0 || datesCells(t, localCol) && !datesCells(t, timeCol))) {
            // "| Date | Sydney | UTC |": the date is the day on the local clock, so the local times go with it;
            // so it is when the local cells carry the dates ("| Time (NDT) | UTC |" with "Oct 2, 16:04 | 18:34")
            timeCol = localCol;
        } else if (localCol >= 0 && dateCol < 0 && entries.stream().noneMatch(e -> e.time().isPresent())) {
            // "| Santiago | UTC |" under "Date: 2026-09-05": the document's date is the local clock's, and its
            // "Sat 23:30 (UTC−4)" is 03:30 UTC on the 6th: the UTC column starts on that day
            utcDayOfLocalStart(t, localCol, clockZone(header.get(localCol))).ifPresent(
                    d -> entries.add(new Entry(Optional.of(d), Optional.empty(), Optional.empty(), "", Optional.empty())));
        }
        if (timeCol < 0 && dateCol >= 0) {
            timeCol = dateCol;
            dateCol = -1;
        }
        if (timeCol < 0) {
            timeCol = columnOfTimes(t);
        }
        // the columns that hold no event's words
        java.util.Set<Integer> taken = new java.util.HashSet<>(List.of(timeCol, dateCol, zoneCol, sourceCol, stageCol, localCol));
        if (eventCol < 0) {
            eventCol = timeCol + 1 < header.size() ? timeCol + 1 : (timeCol == 0 ? -1 : 0);
            while (eventCol >= 0 && (eventCol == dateCol || eventCol == zoneCol || eventCol == sourceCol && eventCol + 1 < header.size())) {
                eventCol = eventCol + 1 < header.size() ? eventCol + 1 : -1;
            }
            // "| When | Who | |": the events are the column that says most, not a short one beside the time
            int wordiest = wordiestColumn(t, taken);
            if (wordiest >= 0 && (eventCol < 0 || wordiest != eventCol && columnLength(t, wordiest) > 3 * columnLength(t, eventCol))) {
                eventCol = wordiest;
            }
        }
        String timeHeader = header.get(timeCol);
        Optional<ZoneId> headerZone = Zones.find(TIME_WORD.matcher(timeHeader).replaceAll("")).or(() -> clockZone(timeHeader));
        boolean eventHeaded = eventCol >= 0 && EVENT_HEADER.matcher(header.get(eventCol)).find()
                && !NOTES_HEADER.matcher(header.get(eventCol)).matches();
        // a second column of words beside the event's ("| Time | Log entry | Notes |" of a tool's export with the team's
        // notes): its words go with the event's
        int alsoCol = -1;
        if (eventHeaded) {
            for (int i = 0; i < header.size() && alsoCol < 0; i++) {
                if (i != eventCol && !taken.contains(i) && EVENT_HEADER.matcher(header.get(i)).find()) {
                    alsoCol = i;
                }
            }
        }
        List<Integer> teams = eventHeaded ? List.of() : parallelColumns(t, taken);
        for (List<String> row : t.rows()) {
            if (row.size() < header.size()) {
                continue;
            }
            String timeCell = row.get(timeCol);
            String event = eventCol >= 0 && eventCol < row.size() ? row.get(eventCol) : "";
            if (alsoCol >= 0 && alsoCol < row.size() && !Placeholders.isEmptyValue(row.get(alsoCol))) {
                event = Placeholders.isEmptyValue(event) ? row.get(alsoCol) : event.strip() + " — " + row.get(alsoCol).strip();
            }
            Optional<String> source = sourceCol >= 0 && sourceCol < row.size() && !row.get(sourceCol).isBlank()
                    ? Optional.of(row.get(sourceCol).strip()) : Optional.empty();
            Optional<String> dateCell = dateCol >= 0 && !row.get(dateCol).isBlank() ? Optional.of(row.get(dateCol).strip()) : Optional.empty();
            if (dateCell.isEmpty() && event.isBlank() && source.isEmpty() && isDayRow(timeCell)) {
                // "| **Tue 22 Sep** | | |": a row that only names the day the rows under it are on
                dateLine(timeCell);
                continue;
            }
            String stampText = dateCell.map(d -> d + " " + timeCell).orElse(timeCell);
            // "MDT (Denver)", "CET (Amsterdam)": the zone a cell names among other words
            String zoneCell = zoneCol >= 0 ? row.get(zoneCol) : "";
            Optional<ZoneId> rowZone = zoneCol >= 0 ? Zones.parse(zoneCell).or(() -> Zones.find(zoneCell)).or(() -> headerZone) : headerZone;
            if (dateCell.isPresent() && apartRow(dateCell.get(), timeCell, event, source, rowZone)) {
                continue;
            }
            int before = entries.size();
            if (!teams.isEmpty()) {
                // "| Time | Payments | Platform | Comms |": each team's cell is its own event at the row's time
                for (int c : teams) {
                    if (c < row.size() && !row.get(c).isBlank()) {
                        tableRow(stampText, row.get(c), Optional.of(header.get(c).strip()), rowZone);
                    }
                }
                continue;
            }
            tableRow(stampText, event, source, rowZone);
            Optional<Phase> stated = stageCol >= 0 ? statedStage(row.get(stageCol)) : Optional.empty();
            if (stated.isPresent() && entries.size() > before) {
                Entry e = entries.get(entries.size() - 1);
                entries.set(entries.size() - 1, new Entry(e.date(), e.time(), e.zone(), e.text(), e.source(), stated));
            }
        }
    }

    /** How long a paragraph that only names a day can be: "Day 3 — Wednesday 14 January 2026 (Dublin)". */
    private static final int DAY_LINE_CHARS = 60;

    /** A cell that names a day and no time: "**Tue 22 Sep**", "Day 2 (Wed 23 Sep)", "2026-09-23". */
    /** A date line with a remark after it, up to a short caption's length. */
    private static final int DAY_REMARK_CHARS = 120;
    /** What may follow the date of a day line: a remark after a comma or a dash, or a bracket. */
    private static final Pattern DAY_REMARK = Pattern.compile("\\s*(?:[,;(]|[\u2014\u2013]|\\s-\\s).*");

    /**
     * The day a line gives with a remark after it ("30 April 2026, filing deadline day. All times
     * CEST", "Tue 12 May — the second night"): a full date, no time of day in the line, and only
     * words after a comma, a dash or a bracket.
     */
    private Optional<LocalDate> dayWithRemark(String text) {
        String t = LEADING_NOISE.matcher(text.strip()).replaceFirst("");
        try {
            Optional<TimeExpressions.Stamp> s = stamp(t);
            if (s.isEmpty() || s.get().time().isPresent() || s.get().date().isEmpty()) {
                return Optional.empty();
            }
            String rest = t.substring(s.get().length());
            return DAY_REMARK.matcher(rest).matches() && !HAS_CLOCK_TIME.matcher(rest).find() ? s.get().date() : Optional.empty();
        } catch (TimeExpressions.ImpossibleValue e) {
            return Optional.empty();
        }
    }

    /** A time of day anywhere in a text: "14:20", "9.05", "2:15 pm". */
    private static final Pattern HAS_CLOCK_TIME = Pattern.compile("\\b\\d{1,2}[:.h]\\d{2}\\b|\\b\\d{1,2}\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)", Pattern.CASE_INSENSITIVE);

    private boolean isDayRow(String cell) {
        String t = LEADING_NOISE.matcher(cell.strip()).replaceFirst("");
        if (t.isEmpty()) {
            return false;
        }
        try {
            if (stamp(t).isPresent()) {
                return false;
            }
        } catch (TimeExpressions.ImpossibleValue e) {
            return false;
        }
        return numberedDay(t).or(() -> dayAtStart(t, false)).isPresent();
    }

    /** Whether some cell of the column holds a date with its time ("Oct 2, 16:04", "03/11 22:40"). */
    private boolean datesCells(Block.Table t, int col) {
        for (List<String> row : t.rows()) {
            if (col < row.size() && !row.get(col).isBlank()) {
                String cell = LEADING_NOISE.matcher(row.get(col).strip()).replaceFirst("");
                if (YEARLESS_NUMERIC_DAY.matcher(cell).lookingAt()) {
                    return true;
                }
                try {
                    Optional<TimeExpressions.Stamp> s = stamp(cell);
                    if (s.isPresent() && s.get().time().isPresent() && (s.get().date().isPresent() || dayAtStart(cell, false).isPresent())) {
                        return true;
                    }
                } catch (TimeExpressions.ImpossibleValue e) {
                    // not a date
                }
            }
        }
        return false;
    }

    /**
     * The UTC date of a table's first local time on the document's date, when it differs from the
     * document's date: the local column's first timed cell, read in its own zone or the column's.
     */
    private Optional<LocalDate> utcDayOfLocalStart(Block.Table t, int localCol, Optional<ZoneId> columnZone) {
        if (documentDate.isEmpty()) {
            return Optional.empty();
        }
        for (List<String> row : t.rows()) {
            if (localCol >= row.size() || row.get(localCol).isBlank()) {
                continue;
            }
            String noisy = LEADING_NOISE.matcher(row.get(localCol).strip()).replaceFirst("");
            java.util.regex.Matcher lead = WEEKDAY_LEAD.matcher(noisy);
            String cell = lead.lookingAt() ? noisy.substring(lead.end()) : noisy;
            try {
                Optional<TimeExpressions.Stamp> s = stamp(cell);
                if (s.isEmpty() || s.get().time().isEmpty()) {
                    return Optional.empty();
                }
                if (s.get().date().isPresent()) {
                    return Optional.empty(); // a dated cell dates the rows itself
                }
                Optional<ZoneId> zone = s.get().zone().or(() -> Zones.find(cell.substring(s.get().length()))).or(() -> columnZone);
                if (zone.isEmpty()) {
                    return Optional.empty();
                }
                LocalDate utc = documentDate.get().atTime(s.get().time().get()).atZone(zone.get())
                        .withZoneSameInstant(java.time.ZoneOffset.UTC).toLocalDate();
                return utc.equals(documentDate.get()) ? Optional.empty() : Optional.of(utc);
            } catch (TimeExpressions.ImpossibleValue e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static final Pattern NOTES_HEADER = Pattern.compile("(?i)\\s*(?:notes?|comments?|remarks?)\\s*");

    /**
     * The columns of a timeline written in parallel, one per team ("| Time | Payments | Platform |
     * Comms |"): two or more columns besides the given ones, each with text in two rows or more,
     * and most rows leaving some of them empty (teams act in turn). Empty for any other table.
     */
    private static List<Integer> parallelColumns(Block.Table t, java.util.Set<Integer> taken) {
        List<Integer> cols = new ArrayList<>();
        for (int c = 0; c < t.header().size(); c++) {
            if (taken.contains(c) || t.header().get(c).isBlank()) {
                continue;
            }
            int filled = 0;
            long length = 0;
            for (List<String> row : t.rows()) {
                if (c < row.size() && !row.get(c).isBlank()) {
                    filled++;
                    length += row.get(c).length();
                }
            }
            if (filled >= 2 && length / filled >= PARALLEL_CELL_CHARS) {
                cols.add(c);
            }
        }
        if (cols.size() < 2) {
            return List.of();
        }
        int sparse = 0;
        for (List<String> row : t.rows()) {
            if (cols.stream().anyMatch(c -> c >= row.size() || row.get(c).isBlank())) {
                sparse++;
            }
        }
        return sparse * 2 >= t.rows().size() ? cols : List.of();
    }

    /** Mean length of a team column's cells: sentences, not a service name or a status word. */
    private static final int PARALLEL_CELL_CHARS = 15;

    /** The column, other than those given, whose cells hold the most text; -1 when there is none. */
    private static int wordiestColumn(Block.Table t, java.util.Set<Integer> taken) {
        int best = -1;
        long most = -1;
        for (int c = 0; c < t.header().size(); c++) {
            if (taken.contains(c)) {
                continue;
            }
            long length = columnLength(t, c);
            if (length > most) {
                most = length;
                best = c;
            }
        }
        return best;
    }

    private static long columnLength(Block.Table t, int column) {
        long length = 0;
        for (List<String> row : t.rows()) {
            if (column < row.size()) {
                length += row.get(column).length();
            }
        }
        return length;
    }

    /** Another clock's reading after a cell's time: "14:05 (05:05 UTC)", "09:12 [00:12Z]". */
    private static final Pattern OTHER_CLOCK_IN_BRACKETS = Pattern.compile("\\s*[(\\[]\\s*\\d{1,2}[:.]\\d{2}");

    /** A column in which the writer names each row's stage of the incident: "Phase", "Status", "Stage". */
    private static final Pattern STAGE_HEADER = Pattern.compile("(?i)\\s*(?:phase|status|stage|incident\\s+phase)\\s*");

    /**
     * The phase a writer's stage label names ("Detection", "Mitigation", "Recovered", "Closed");
     * empty for the stages that name none ("Impact", "Response", "Investigation", "Recovering", "Comms").
     */
    static Optional<Phase> statedStage(String cell) {
        String c = cell.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", " ").strip();
        if (c.isEmpty() || c.split("\\s+").length > MAX_STAGE_WORDS) {
            return Optional.empty();
        }
        for (java.util.Map.Entry<Pattern, Phase> stage : STAGES.entrySet()) {
            if (stage.getKey().matcher(c).matches()) {
                return Optional.of(stage.getValue());
            }
        }
        return Optional.empty();
    }

    private static final int MAX_STAGE_WORDS = 3;
    private static final java.util.Map<Pattern, Phase> STAGES = new java.util.LinkedHashMap<>();

    static {
        STAGES.put(Pattern.compile("ack(?:ed|nowledged?|nowledgement)?"), Phase.ACKNOWLEDGED);
        STAGES.put(Pattern.compile("(?:incident )?declar(?:ed|ation)|escalat(?:ed|ion) to incident"), Phase.DECLARED);
        STAGES.put(Pattern.compile("identif(?:ied|ication)|root cause(?: found| identified)?|cause (?:found|identified)|diagnos(?:ed|is complete)"),
                Phase.IDENTIFIED);
        STAGES.put(Pattern.compile("roll ?back(?: started)?|revert(?: started)?"), Phase.ROLLBACK_STARTED);
        STAGES.put(Pattern.compile("mitigat(?:ed|ion)|contain(?:ed|ment)|workaround"), Phase.MITIGATED);
        STAGES.put(Pattern.compile("recovered|resolved|resolution|restored|service restored"), Phase.RESOLVED);
        STAGES.put(Pattern.compile("(?:incident )?closed|closure"), Phase.CLOSED);
    }

    /**
     * The column whose cells most often start with a time, for a table whose headers name none
     * ("| Step | Event | UTC | Owner |"); the first column when no cell holds one.
     */
    private static int columnOfTimes(Block.Table t) {
        int best = 0;
        int bestCount = 0;
        for (int c = 0; c < t.header().size(); c++) {
            int count = 0;
            for (List<String> row : t.rows()) {
                if (c < row.size() && startsWithTime(row.get(c))) {
                    count++;
                }
            }
            if (count > bestCount || (count == bestCount && count > 0 && namesUtc(t.header().get(c)) && !namesUtc(t.header().get(best)))) {
                best = c; // of "Local (CET)" and "UTC" with the same times, the UTC one
                bestCount = count;
            }
        }
        return best;
    }

    /** A column headed by its clock alone: "UTC", "CEST", "Local", "Local (CEST)". */
    private static boolean namesClock(String header) {
        if (header.length() > CLOCK_HEADER_MAX) {
            return false;
        }
        String rest = CLOCK_HEADER_WORDS.matcher(header).replaceAll("").strip();
        return rest.isEmpty() ? header.toLowerCase(Locale.ROOT).contains("local") : clockZone(header).isPresent();
    }

    /** The zone a clock column's header names: "UTC", "Local (CEST)", "Time (PST)", or a city alone ("Sydney", "Auckland"). */
    private static Optional<ZoneId> clockZone(String header) {
        String rest = CLOCK_HEADER_WORDS.matcher(header).replaceAll("").strip();
        if (rest.isEmpty() || rest.length() > CLOCK_HEADER_MAX) {
            return Optional.empty();
        }
        return Zones.parse(rest).or(() -> Zones.parse(rest + " time"));
    }

    private static final Pattern CLOCK_HEADER_WORDS = Pattern.compile("(?i)\\b(?:local|time)\\b|[()\\[\\]]");
    private static final int CLOCK_HEADER_MAX = 24;

    private static boolean namesUtc(String header) {
        return Zones.find(header).filter(z -> z.getRules().isFixedOffset() && z.getRules().getOffset(java.time.Instant.EPOCH).getTotalSeconds() == 0)
                .isPresent();
    }

    private static boolean startsWithTime(String cell) {
        try {
            return TimeExpressions.stampAtStart(LEADING_NOISE.matcher(cell.strip()).replaceFirst(""))
                    .filter(s -> s.time().isPresent()).isPresent();
        } catch (TimeExpressions.ImpossibleValue e) {
            return false;
        }
    }

    /**
     * A row whose date and time columns read apart but not together: "Mon 02 Feb | 1430",
     * "21.06. | 0200", "23 Jul | 0912 hrs" (a compact time after a day would read as a year). The
     * day takes the document's year; a numeric one the order a note or the timeline's dates show.
     * Says whether it read the row.
     */
    private boolean apartRow(String dateCell, String timeCell, String event, Optional<String> source, Optional<ZoneId> zone) {
        String joined = dateCell + " " + timeCell;
        try {
            if (stamp(joined).filter(s -> s.time().isPresent()).isPresent()) {
                return false; // the usual case: "2026-03-02 | 14:05" reads as one stamp
            }
        } catch (TimeExpressions.ImpossibleValue e) {
            // "23 Jul 0912": read apart below
        }
        if (YEARLESS_NUMERIC_DAY.matcher(joined).lookingAt()) {
            return false; // "14/01 | 06:38": the row reader settles its order
        }
        try {
            Optional<TimeExpressions.Stamp> time = TimeExpressions.stampAtStart(LEADING_NOISE.matcher(timeCell.strip()).replaceFirst(""))
                    .filter(s -> s.time().isPresent() && s.date().isEmpty());
            Optional<LocalDate> day = dayAtStart(dateCell, false).or(() -> numericDayCell(dateCell));
            if (day.isEmpty() && time.isPresent()) {
                // "14/04/2026 | 0210 hrs": a whole date beside a compact time
                day = stamp(dateCell.strip()).filter(s -> s.time().isEmpty()).flatMap(TimeExpressions.Stamp::date);
            }
            if (time.isEmpty() || day.isEmpty()) {
                return false;
            }
            add(new Entry(day, time.get().time(), time.get().zone().or(() -> zone), event.strip(), source));
            return true;
        } catch (TimeExpressions.ImpossibleValue e) {
            return false;
        }
    }

    /** "21.06.", "14/01": a day and month alone in a date cell, in the order a note or the timeline's dates show. */
    private Optional<LocalDate> numericDayCell(String cell) {
        java.util.regex.Matcher m = DAY_MONTH_CELL.matcher(cell.strip());
        return m.matches() ? yearlessDay(m) : Optional.empty();
    }

    private static final Pattern DAY_MONTH_CELL = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})\\.?");

    private void tableRow(String stampText, String event, Optional<String> source, Optional<ZoneId> headerZone) {
        if (Placeholders.isPlaceholder(event)) {
            return; // a template row ("| HH:MM | [Alert fired] |") is no event
        }
        if (Placeholders.isPlaceholder(stampText)) {
            stampText = "";
        }
        String t = LEADING_NOISE.matcher(stampText.strip()).replaceFirst("");
        Optional<Entry> counted = fromAnchor(t, event.strip(), source);
        if (counted.isPresent()) {
            add(counted.get());
            return;
        }
        Optional<TimeExpressions.Stamp> stamp;
        Optional<LocalDate> yearlessDate = Optional.empty();
        String cell = t;
        Optional<TimeExpressions.Stamp> epoch = TimeExpressions.epoch(t.strip());
        if (epoch.isPresent()) {
            // "1780140014.508": a log's or a chat tool's Unix time, copied as it was
            add(new Entry(epoch.get().date(), epoch.get().time(), epoch.get().zone(), event.strip(), source));
            return;
        }
        try {
            Optional<java.time.DayOfWeek> weekday = Optional.empty();
            java.util.regex.Matcher lead = WEEKDAY_LEAD.matcher(t);
            if (lead.lookingAt() && YEARLESS_NUMERIC_DAY.matcher(t).region(lead.end(), t.length()).lookingAt()) {
                // "Sun 5/4 | 16:45": the weekday may tell the order of the day and month after it
                weekday = TimeExpressions.weekday(lead.group(1));
                t = t.substring(lead.end());
                cell = t;
            } else if (lead.lookingAt() && startsWithDigitClock(t.substring(lead.end()))) {
                // "| Mon 09:30 | Call with the vendor |": the day of that name nearest the incident's date
                String name = lead.group(1);
                Optional<LocalDate> named = dayZero().flatMap(d -> nearestWeekday(d, name));
                if (named.isPresent()) {
                    yearlessDate = named;
                    t = t.substring(lead.end());
                    cell = t;
                }
            }
            java.util.regex.Matcher yearless = YEARLESS_NUMERIC_DAY.matcher(t);
            // "08.12 20:05": a day and month before the time, not a time 08:12 followed by another
            stamp = yearless.lookingAt() ? Optional.empty() : stamp(t);
            if (stamp.isEmpty() && yearless.lookingAt()) {
                // "14/01 | 06:38 hrs": a day and month without a year, in the order a note or the timeline's dates show
                yearlessDate = yearlessDay(yearless, weekday);
                if (yearlessDate.isPresent()) {
                    cell = t.substring(yearless.end());
                    stamp = stamp(cell);
                }
            }
        } catch (TimeExpressions.ImpossibleValue e) {
            warnings.add("timeline: " + e.getMessage() + " for '" + abbreviate(event) + "'; time left empty");
            add(new Entry(Optional.empty(), Optional.empty(), Optional.empty(), event.strip(), source));
            return;
        }
        if (stamp.isEmpty()) {
            if (!stampText.isBlank() || !event.isBlank()) {
                if (!stampText.isBlank()) {
                    warnings.add("timeline: cannot read the time '" + abbreviate(stampText) + "'; time left empty");
                }
                add(new Entry(Optional.empty(), Optional.empty(), Optional.empty(), event.strip(), source));
            }
            return;
        }
        TimeExpressions.Stamp s = stamp.get();
        String afterStamp = cell.substring(s.length());
        // "14:05-14:20 CET": the end of a range is no offset; a zone after it is the cell's; but in "14:05 (05:05 UTC)"
        // the zone in brackets is the other clock's, and the cell's own time is on the column's clock
        boolean otherClock = OTHER_CLOCK_IN_BRACKETS.matcher(afterStamp).lookingAt();
        Optional<ZoneId> zone = s.zone().or(() -> otherClock ? Optional.empty() : Zones.find(CELL_RANGE_END.matcher(afterStamp).replaceFirst("")))
                .or(() -> headerZone);
        // "Nov 10, 9:00 AM": the day a cell names without its year is in the document's year
        Optional<LocalDate> date = s.date().isPresent() ? s.date() : yearlessDate.isPresent() ? yearlessDate : dayAtStart(t, false);
        if (s.time().isPresent()) {
            anchorBeside(date, s.time().get(), zone, afterStamp.strip()); // "10:12 (T+0)": the clock T+ rows count from
        }
        add(new Entry(date, s.time(), zone, event.strip(), source));
    }

    private void add(Entry e) {
        detached = false;
        if (entries.size() >= MAX_ENTRIES) {
            truncated = true;
            return;
        }
        if (e.time().isPresent()) {
            if (groupStarts) {
                groupStarts = false;
                restartClock(e);
            }
            if (firstTime == null) {
                firstTime = e.time().get();
            }
        }
        entries.add(e);
    }

    /** A paragraph's opening time range and its label: "**14:19–14:31 — Detection and triage.**". */
    private static final Pattern RANGE_HEAD = Pattern.compile(
            "^[*_\\s]*\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?\\s*(?:[\u2013\u2014-]|to)\\s*\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?"
                    + "[^.!?*]{0,80}?[.:!]?[*_]*\\s+", Pattern.CASE_INSENSITIVE);
    /** How many times a story's sentences must hold beyond its opening range to be read as events. */
    private static final int STORY_TIMES = 2;

    /** The story after a paragraph's opening time range, when its sentences hold times of their own. */
    private static Optional<String> rangeHeadedStory(String text) {
        Matcher head = RANGE_HEAD.matcher(text);
        if (!head.lookingAt()) {
            return Optional.empty();
        }
        String story = text.substring(head.end());
        return timesIn(story).size() >= STORY_TIMES ? Optional.of(story) : Optional.empty();
    }

    /** A day in brackets right after an entry's time: "(4 Nov)", "*(Tue 4 Nov)*". */
    private static final Pattern DAY_NOTE = Pattern.compile("[*_\\s]*\\(([^()]{3,30})\\)[*_]*");

    /** A workstream heading or label has just opened a group of entries. */
    private boolean groupStarts;
    /** The time of the timeline's first timed entry. */
    private LocalTime firstTime;
    /** How long before the timeline's first event a group's first entry may lie on the same day. */
    private static final int GROUP_LEAD_MINUTES = 12 * 60;

    /**
     * Timelines grouped by workstream ("### Detection", "### Network", "- **Field operations**")
     * tell each group from its own start: a group opens on the timeline's first day again (its
     * own entries may still pass midnight), unless its time lies so far before the timeline's
     * first event that it can only be after midnight (a group that picks up at 00:10).
     */
    private void restartClock(Entry e) {
        LocalTime t = e.time().get();
        if (e.date().isPresent() || firstTime == null
                || t.toSecondOfDay() / 60 < firstTime.toSecondOfDay() / 60 - GROUP_LEAD_MINUTES) {
            return;
        }
        dayZero().ifPresent(d -> entries.add(new Entry(Optional.of(d), Optional.empty(), Optional.empty(), "", Optional.empty())));
    }

    private void appendToLast(String text) {
        if (detached || text.strip().endsWith("?")) {
            return; // an interviewer's "Q: How quickly were you on it?" tells nothing of the event before it
        }
        Entry last = entries.get(entries.size() - 1);
        if (last.time().isEmpty() && last.text().isEmpty()) {
            return;
        }
        String joined = last.text().isEmpty() ? text : last.text() + " " + text;
        if (joined.length() > 2000) {
            return;
        }
        entries.set(entries.size() - 1, new Entry(last.date(), last.time(), last.zone(), joined, last.source(), last.stated()));
    }

    /** At most 60 characters, for messages; never cuts a surrogate pair in half. */
    static String abbreviate(String s) {
        return abbreviate(s, 60);
    }

    /** The text, cut to at most {@code max} characters with "..." (never inside a surrogate pair). */
    static String abbreviate(String s, int max) {
        String t = s.strip();
        if (t.length() <= max) {
            return t;
        }
        int cut = Character.isHighSurrogate(t.charAt(max - 4)) ? max - 4 : max - 3;
        return t.substring(0, cut) + "...";
    }
}
