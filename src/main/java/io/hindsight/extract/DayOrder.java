package io.hindsight.extract;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order a document writes its numeric dates in, when a date such as "04/03/2026" could be
 * either: as its own dates show it, or else as the clocks it names say where it was written.
 * Day first: {@code true}.
 */
final class DayOrder {
    private DayOrder() {
    }

    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    /** "04/03/2026", "4-3-2026", "10/09/26": a two-digit year is this century's. */
    private static final Pattern NUMERIC_DATE = Pattern.compile("(?<![.\\dvV])\\b(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})\\b(?![/.-]\\d)");

    /**
     * The order the document's own numeric dates show, when they all agree: one the numbers settle
     * ("due 14/08/2026" is day first), one written again as ISO or with a month's name ("2026-07-03"
     * beside "03/07/2026"), or one beside its weekday ("Thursday 03-09-2026" is the 3rd of
     * September). Dates that disagree settle nothing, and neither does a document without such a
     * date: its ambiguous dates stay refused.
     */
    static Optional<Boolean> shownBy(String text) {
        java.util.Set<LocalDate> iso = new java.util.HashSet<>();
        Matcher m = ISO_DATE.matcher(text);
        while (m.find()) {
            try {
                iso.add(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            } catch (java.time.DateTimeException e) {
                // not a date: the numbers of a version or an id
            }
        }
        // month and day of the dates written in words (their year, when given, may sit anywhere near)
        java.util.Set<java.time.MonthDay> words = new java.util.HashSet<>();
        Matcher w = TimelineReader.PROSE_DATE.matcher(text); // "November 1", "Nov. 1st, 2026", "1 November", "3rd of March"
        while (w.find()) {
            try {
                words.add(w.group("m1") != null
                        ? java.time.MonthDay.of(TimeExpressions.month(w.group("m1")), Integer.parseInt(w.group("d1")))
                        : java.time.MonthDay.of(TimeExpressions.month(w.group("m2")), Integer.parseInt(w.group("d2"))));
            } catch (java.time.DateTimeException e) {
                // "May 45": not a day
            }
        }
        for (LocalDate d : iso) {
            words.add(java.time.MonthDay.from(d));
        }
        Boolean order = null;
        Matcher n = NUMERIC_DATE.matcher(text);
        while (n.find()) {
            int a = Integer.parseInt(n.group(1));
            int b = Integer.parseInt(n.group(2));
            int y = Integer.parseInt(n.group(3));
            y = y < 100 ? 2000 + y : y;
            boolean dotted = n.group().charAt(n.group(1).length()) == '.';
            if (a == b || a > 31 || b > 31 || a > 12 && b > 12
                    // nobody puts the month first with dots: "2.13.20" is a version; so is "1.2.26"
                    || dotted && (b > 12 || n.group(3).length() == 2 && (n.group(1).length() < 2 || n.group(2).length() < 2))) {
                continue;
            }
            boolean dayFirst;
            boolean monthFirst;
            if (a > 12 || b > 12) {
                // "due 14/08/2026": the numbers themselves say the writer's order
                dayFirst = a > 12;
                monthFirst = b > 12;
            } else {
                // a date written both ways ("2026-07-03" and "03/07/2026"), or beside its weekday ("Thursday 03-09-2026")
                dayFirst = isoDay(iso, y, b, a) || words.contains(monthDay(b, a)) || weekdayFits(text, n, y, b, a);
                monthFirst = isoDay(iso, y, a, b) || words.contains(monthDay(a, b)) || weekdayFits(text, n, y, a, b);
            }
            if (dayFirst == monthFirst) {
                continue;
            }
            if (order != null && order != dayFirst) {
                return Optional.empty(); // the document's dates disagree with each other
            }
            order = dayFirst;
        }
        return Optional.ofNullable(order);
    }

    /** A weekday right before or after a numeric date: "Thursday 03-09-2026", "06/08/2026 (Thu)". */
    private static final Pattern WEEKDAY_BEFORE = Pattern.compile("(?i)\\b(mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s*$");
    private static final Pattern WEEKDAY_AFTER = Pattern.compile("(?i)^\\s*[(,]?\\s*(mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\b");
    /** The word right before a date, perhaps with a comma: "viernes 09/01/2026", "sexta-feira, 12/06/2026". */
    private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}-]{4,16})\\.?,?\\s*$");
    /** How far before a date its weekday is looked for. */
    private static final int WEEKDAY_REACH = 14;

    /** Whether the weekday written beside the date {@code n} found is that of {@code year-month-day}. */
    private static boolean weekdayFits(String text, Matcher n, int year, int month, int day) {
        Matcher before = WEEKDAY_BEFORE.matcher(text.substring(Math.max(0, n.start() - WEEKDAY_REACH), n.start()));
        Matcher after = WEEKDAY_AFTER.matcher(text.substring(n.end(), Math.min(text.length(), n.end() + WEEKDAY_REACH)));
        Optional<java.time.DayOfWeek> weekday = before.find() ? TimeExpressions.weekday(before.group(1)) : after.find() ? TimeExpressions.weekday(after.group(1))
                : Optional.empty();
        if (weekday.isEmpty()) {
            // in the writer's own language: "Incidente del viernes 09/01/2026", "sexta-feira, 12/06/2026"
            Matcher word = WORD_BEFORE.matcher(text.substring(Math.max(0, n.start() - WEEKDAY_REACH - 6), n.start()));
            weekday = word.find() ? TimeExpressions.foreignWeekday(word.group(1)) : Optional.empty();
        }
        if (weekday.isEmpty()) {
            return false;
        }
        try {
            return weekday.filter(LocalDate.of(year, month, day).getDayOfWeek()::equals).isPresent();
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    private static java.time.MonthDay monthDay(int month, int day) {
        try {
            return java.time.MonthDay.of(month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static boolean isoDay(java.util.Set<LocalDate> iso, int year, int month, int day) {
        try {
            return iso.contains(LocalDate.of(year, month, day));
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }


    /**
     * Zones of the countries that write the month first (the United States; the Philippines):
     * their abbreviations resolve to these.
     */
    private static final Set<String> MONTH_FIRST_ZONES = Set.of("America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
            "America/Los_Angeles", "America/Anchorage", "America/Adak", "Pacific/Honolulu", "America/Boise", "America/Detroit",
            "America/Indiana/Indianapolis", "America/Juneau", "Asia/Manila", "US/Eastern", "US/Central", "US/Mountain", "US/Pacific");

    /**
     * The order the zones a document names imply when its dates leave it open: a US clock (EST,
     * "Pacific time") writes the month first; a named regional clock elsewhere (AEDT, SAST, CEST,
     * IST) the day first. UTC, offsets, Canada's and East Asia's clocks (year first) settle
     * nothing, and neither do zones of both kinds.
     */
    static Optional<Boolean> ofZones(String text) {
        Boolean order = null;
        for (String name : Zones.namedIn(text)) {
            Optional<Boolean> o = ofZoneNamed(name);
            if (o.isEmpty()) {
                continue;
            }
            if (order != null && order != o.get()) {
                return Optional.empty();
            }
            order = o.get();
        }
        return Optional.ofNullable(order);
    }

    /** US clocks by their abbreviations and region names; CST is left out (China's too). */
    private static final Pattern MONTH_FIRST_NAMES = Pattern.compile("(?i)(?:E|C|M|P|AK|H)[SD]?T|HST|(?:US\\s+)?(?:Eastern|Central|Mountain|Pacific"
            + "|Alaska|Hawaii)(?:\\s+(?:Standard|Daylight))?(?:\\s+Time)?");
    /** Abbreviations of clocks whose countries write the day first (Australia, New Zealand, Europe, Africa, South Asia). */
    private static final Set<String> DAY_FIRST_NAMES = Set.of("AEST", "AEDT", "ACST", "ACDT", "AWST", "NZST", "NZDT", "SAST", "CAT", "EAT",
            "WAT", "CET", "CEST", "EET", "EEST", "WET", "WEST", "BST", "IST", "MSK", "PKT", "NPT", "SGT", "ICT", "WIB", "MEZ", "MESZ", "OEZ",
            "WEZ", "HNE", "HAE", "BRT", "ART", "CLT", "CLST", "COT", "PET", "UYT");

    private static Optional<Boolean> ofZoneNamed(String name) {
        String n = name.strip();
        if (n.equalsIgnoreCase("CST")) {
            return Optional.empty(); // US Central, or China Standard Time
        }
        if (MONTH_FIRST_NAMES.matcher(n).matches()) {
            return Optional.of(false);
        }
        if (DAY_FIRST_NAMES.contains(n.toUpperCase(java.util.Locale.ROOT))) {
            return Optional.of(true);
        }
        return Zones.parse(n).flatMap(DayOrder::ofZone);
    }

    static Optional<Boolean> ofZone(ZoneId zone) {
        String id = zone.getId();
        if (MONTH_FIRST_ZONES.contains(id)) {
            return Optional.of(false);
        }
        if (id.startsWith("Europe/") || id.startsWith("Australia/") || id.startsWith("Africa/") || id.equals("Pacific/Auckland")
                || id.startsWith("America/") && !CANADA.matcher(id).matches() || DAY_FIRST_ASIA.contains(id)) {
            return Optional.of(true);
        }
        return Optional.empty();
    }

    private static final Pattern CANADA = Pattern.compile("America/(?:Toronto|Vancouver|Edmonton|Winnipeg|Halifax|St_Johns|Regina|Montreal"
            + "|Moncton|Whitehorse|Yellowknife|Iqaluit)");
    private static final Set<String> DAY_FIRST_ASIA = Set.of("Asia/Kolkata", "Asia/Calcutta", "Asia/Karachi", "Asia/Dhaka", "Asia/Kathmandu",
            "Asia/Colombo", "Asia/Dubai", "Asia/Riyadh", "Asia/Qatar", "Asia/Singapore", "Asia/Kuala_Lumpur", "Asia/Jakarta", "Asia/Bangkok",
            "Asia/Ho_Chi_Minh", "Asia/Jerusalem", "Asia/Tehran", "Asia/Baku", "Asia/Tbilisi", "Asia/Yerevan", "Asia/Almaty", "Asia/Tashkent");
}
