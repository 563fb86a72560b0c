package io.hindsight.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates, times and durations people write in postmortems. Every reader returns
 * empty, never a guess, when the text is not what it expects; an impossible value (hour 25,
 * 2026-13-40) is thrown as {@link ImpossibleValue} so the caller can warn.
 */
final class TimeExpressions {
    /** What may stand between the parts of one duration ("1 h, 20 min", "2h and 5m"). */
    private static final Pattern DURATION_JOINER = Pattern.compile("[\\s,and]*");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12),
            // Spanish and Portuguese months, as Latin American and Iberian writers give the date ("3 de septiembre de 2026")
            Map.entry("ene", 1), Map.entry("fev", 2), Map.entry("abr", 4), Map.entry("mai", 5), Map.entry("ago", 8), Map.entry("set", 9),
            Map.entry("out", 10), Map.entry("dic", 12), Map.entry("dez", 12),
            // Dutch, German and French months ("29 maart 2026", "3 M\u00e4rz 2026", "14 juillet 2026")
            Map.entry("maa", 3), Map.entry("mei", 5), Map.entry("okt", 10), Map.entry("m\u00e4r", 3), Map.entry("f\u00e9v", 2),
            Map.entry("avr", 4), Map.entry("ao\u00fb", 8), Map.entry("d\u00e9c", 12),
            // Italian months ("9 giugno 2026", "4 marzo"), and Austria's Jänner
            Map.entry("j\u00e4n", 1), Map.entry("gen", 1), Map.entry("mag", 5), Map.entry("giu", 6), Map.entry("lug", 7), Map.entry("ott", 10),
            // Swedish, Norwegian and Danish ("27 maj 2026", "4. desember")
            Map.entry("maj", 5), Map.entry("des", 12));

    /**
     * Months written out in languages whose names share their first letters across months (Czech
     * "června" June, "července" July) or look like another's: Polish, Czech and Finnish, in the
     * forms a date takes ("4 marca 2026", "15. dubna", "4. maaliskuuta 2026") and as named alone.
     */
    private static final Map<String, Integer> WHOLE_MONTHS = wholeMonths();

    private static Map<String, Integer> wholeMonths() {
        Map<String, Integer> m = new java.util.HashMap<>();
        String[][] names = {
            {"stycznia", "styczeń", "ledna", "leden", "tammikuuta", "tammikuu"},
            {"lutego", "luty", "února", "únor", "helmikuuta", "helmikuu"},
            {"marca", "marzec", "března", "březen", "maaliskuuta", "maaliskuu"},
            {"kwietnia", "kwiecień", "dubna", "duben", "huhtikuuta", "huhtikuu"},
            {"maja", "května", "květen", "toukokuuta", "toukokuu"},
            {"czerwca", "czerwiec", "června", "červen", "kesäkuuta", "kesäkuu"},
            {"lipca", "lipiec", "července", "červenec", "heinäkuuta", "heinäkuu"},
            {"sierpnia", "sierpień", "srpna", "srpen", "elokuuta", "elokuu"},
            {"września", "wrzesień", "září", "syyskuuta", "syyskuu"},
            {"października", "październik", "října", "říjen", "lokakuuta", "lokakuu"},
            {"listopada", "listopadu", "marraskuuta", "marraskuu"},
            {"grudnia", "grudzień", "prosince", "prosinec", "joulukuuta", "joulukuu"}};
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                m.put(n, i + 1);
            }
        }
        return Map.copyOf(m);
    }

    /** The same names as alternatives of a pattern, the longest first ("kesäkuuta" before "kesäkuu"). */
    private static final String WHOLE_MONTH_NAMES = String.join("|", WHOLE_MONTHS.keySet().stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(java.util.Comparator.naturalOrder())).toList());

    /** A month's name or abbreviation, without a group; Spanish and Portuguese months only written out. */
    static final String MONTH_NAME = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
            + "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
            + "|janeiro|fevereiro|mar\u00e7o|maio|junho|julho|setembro|outubro|novembro|dezembro"
            + "|januari|februari|maart|mei|augustus|oktober|januar|februar|m\u00e4rz|juni|juli|dezember"
            + "|janvier|f\u00e9vrier|mars|avril|juin|juillet|ao\u00fbt|septembre|octobre|novembre|d\u00e9cembre"
            + "|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|j\u00e4nner|mai"
            + "|maj|marts|augusti|desember"
            // Polish, Czech and Finnish, written out ("4 marca 2026", "15. dubna 2026", "4. maaliskuuta 2026")
            + "|" + WHOLE_MONTH_NAMES
            // Spanish and Portuguese abbreviations only between hyphens ("14-ago-2026"): alone, "out" and "set" are words
            + "|(?<=-)(?:ene|abr|ago|dic|dez|fev|out|set)(?=[-.\\s]|$))";
    private static final String MONTH = "(" + MONTH_NAME + ")\\.?";
    /**
     * The days' names in the writer's own language, Monday first: read before "6 de septiembre de 2026", "4 septembre",
     * "6. September", "maandag 9 februari 2026", "onsdag 17 september 2025", "niedziela 29 marca 2026" ({@link #WEEKDAY}).
     */
    private static final java.util.List<java.util.List<String>> FOREIGN_WEEKDAYS = java.util.List.of(
            java.util.List.of("lunes", "lundi", "montag", "segunda", "luned\u00ec", "maandag", "m\u00e5ndag", "mandag", "poniedzia\u0142ek"),
            java.util.List.of("martes", "mardi", "dienstag", "ter\u00e7a", "terca", "marted\u00ec", "dinsdag", "tisdag", "tirsdag", "wtorek"),
            java.util.List.of("mi\u00e9rcoles", "miercoles", "mercredi", "mittwoch", "quarta", "mercoled\u00ec", "woensdag", "onsdag", "\u015broda"),
            java.util.List.of("jueves", "jeudi", "donnerstag", "quinta", "gioved\u00ec", "donderdag", "torsdag", "czwartek"),
            java.util.List.of("viernes", "vendredi", "freitag", "sexta", "venerd\u00ec", "vrijdag", "fredag", "pi\u0105tek"),
            java.util.List.of("s\u00e1bado", "sabado", "samedi", "samstag", "sabato", "zaterdag", "l\u00f6rdag", "l\u00f8rdag", "sobota"),
            java.util.List.of("domingo", "dimanche", "sonntag", "domenica", "zondag", "s\u00f6ndag", "s\u00f8ndag", "niedziela"));

    private static final String WEEKDAY = "(?:(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|"
            + String.join("|", FOREIGN_WEEKDAYS.stream().flatMap(java.util.List::stream).toList()) + ")(?:-feira)?\\.?,?\\s+"
            // French abbreviations, with their full stop: "lun. 12 oct. 2026"
            + "|(?:lun|mar|mer|jeu|ven|sam|dim)\\.,?\\s+)?";
    /** A day and month alone: "Nov 21", "21 Nov", "21 November", "November 21st". */
    private static final Pattern YEARLESS_DAY = Pattern.compile("(?:" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s+" + MONTH + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A day written without its year ("Nov 21", "21 Nov") as the first such day on or after
     * {@code after}: a due date set after an incident falls after it.
     */
    static Optional<LocalDate> yearlessDayAfter(String text, LocalDate after) {
        Matcher m = YEARLESS_DAY.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int month = month(m.group(1) != null ? m.group(1) : m.group(4));
            int day = Integer.parseInt(m.group(1) != null ? m.group(2) : m.group(3));
            LocalDate d = LocalDate.of(after.getYear(), month, day);
            return Optional.of(d.isBefore(after) ? d.plusYears(1) : d);
        } catch (java.time.DateTimeException | IllegalArgumentException e) {
            return Optional.empty(); // "Feb 30"
        }
    }

    private static final Pattern LEADING_WEEKDAY = Pattern.compile("^" + WEEKDAY, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The text without a weekday's name before it, in English or the writer's language: "torsdag 12/3/2026" is "12/3/2026". */
    static String withoutLeadingWeekday(String text) {
        Matcher m = LEADING_WEEKDAY.matcher(text.strip());
        return m.lookingAt() && m.end() > 0 ? text.strip().substring(m.end()) : text.strip();
    }

    /** A weekday's name or abbreviation before a bare time ("Tue 22:50"); whole words only ("Monitoring 10:00" is none). */
    private static final String WEEKDAY_BEFORE_TIME = "(?:(?:mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?"
            + "|sat(?:urday)?|sun(?:day)?)\\.?,?\\s+)?";

    /**
     * ISO date, or date-time with optional seconds and zone: 2026-02-12, 2026-02-12T09:32:00Z,
     * 2026-02-12 09:32 UTC; also with '/' or '.' between the parts (2026.02.12), and a Nordic "2025-09-16 kl. 21.15".
     */
    static final Pattern ISO = Pattern.compile("^" + WEEKDAY_BEFORE_TIME + "(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T\\s]+(?:(?:kl|klo)\\.?\\s*|at\\s+)?(\\d{1,2}(?=[:h]|\\.\\d{2}(?!\\d))|\\d{2}(?=\\d{2}(?!\\d)))[:h.]?(\\d{2})"
            + "(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(?:([ap])\\.?m\\.?)?(?:\\s*hrs?\\b)?)?(?:\\s*(?-i:(Z|" + Zones.TOKEN + ")))?(?!\\d|:\\d)",
            Pattern.CASE_INSENSITIVE);
    /**
     * Numeric dates with the year last, as wikis and spreadsheets write them: 17/03/2026 14:05,
     * 03/17/2026 2:05 pm, 17.03.2026, 21-07-2026, "15. 4. 2026" as Czech writers space it. The order is read from the numbers: a first
     * number above 12 is a day, a second above 12 is a day; with dots it is day first (the only way
     * anyone writes them); otherwise, when both could be months, the date is ambiguous and not guessed.
     */
    static final Pattern NUMERIC_DAY = Pattern.compile("^(\\d{1,2})(?:[/-]|\\.\\s?)(\\d{1,2})(?:[/-]|\\.\\s?)(\\d{4}|\\d{2}(?![\\d.:]))(?:[T\\s,]+(?:at\\s+)?(\\d{1,2}):(\\d{2})"
            // "12/05/2026 at 07:48hrs", as ITIL reports write it
            + "(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(?:([ap])\\.?m\\.?)?(?:\\s*hrs?\\b)?)?(?:\\s*(?-i:(Z|" + Zones.TOKEN + ")))?(?!\\d|:\\d)",
            Pattern.CASE_INSENSITIVE);
    /** A weekday's name before a numeric date with its year: "Saturday 4/4/2026", "Sun, 05.04.2026". */
    private static final Pattern WEEKDAY_THEN_NUMBER = Pattern.compile("^" + WEEKDAY_BEFORE_TIME.substring(0, WEEKDAY_BEFORE_TIME.length() - 1)
            + "(?=\\d)", Pattern.CASE_INSENSITIVE);

    /** Where a numeric date starts after a weekday's name ("Sat 4/4/2026"); 0 when the text opens otherwise. */
    private static int weekdayBeforeNumericDay(String t) {
        if (t.isEmpty() || !Character.isLetter(t.charAt(0))) {
            return 0;
        }
        Matcher w = WEEKDAY_THEN_NUMBER.matcher(t);
        return w.lookingAt() ? w.end() : 0;
    }

    /**
     * The order (day first: true) in which {@code a} and {@code b} make a date of {@code year}
     * falling on that weekday; empty when both orders or neither do.
     */
    static Optional<Boolean> orderOfWeekday(Optional<java.time.DayOfWeek> weekday, int year, int a, int b) {
        if (weekday.isEmpty()) {
            return Optional.empty();
        }
        boolean dayFirst = fallsOn(year, b, a, weekday.get());
        boolean monthFirst = fallsOn(year, a, b, weekday.get());
        return dayFirst == monthFirst ? Optional.empty() : Optional.of(dayFirst);
    }

    private static boolean fallsOn(int year, int month, int day, java.time.DayOfWeek weekday) {
        try {
            return LocalDate.of(year, month, day).getDayOfWeek() == weekday;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    /** A cheap test before {@link #NUMERIC_DAY}: one or two digits, then '/', '.' or '-'. */
    private static boolean mayBeNumericDay(String t) {
        int sep = t.length() > 2 && Character.isDigit(t.charAt(0)) ? (Character.isDigit(t.charAt(1)) ? 2 : 1) : -1;
        return sep > 0 && (t.charAt(sep) == '/' || t.charAt(sep) == '.' || t.charAt(sep) == '-');
    }

    /** Month-name dates: March 4, 2026 / 4 March 2026 / Mar 4 (with an optional time after). */
    static final Pattern MONTH_FIRST = Pattern.compile("^" + WEEKDAY + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?"
            + "(?:,?\\s+(?:at\\s+|@\\s*)?(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(?:([ap])\\.?m\\.?)?)?(?:\\s*(?-i:(" + Zones.TOKEN + ")))?(?!\\w|:\\d)",
            Pattern.CASE_INSENSITIVE);
    /**
     * 4 March 2026, 3rd of March 2026, 19-Aug-2026; without its year only after a weekday and before
     * a time ("Fri 24 Apr 17:56": the day is then read as prose dates are, in the year nearest the
     * incident).
     */
    static final Pattern DAY_FIRST = Pattern.compile("^" + WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th|er|º|\\.(?=\\s))?(?:\\s+of\\s+|\\s+de\\s+|\\s+|-|/)" + MONTH
            + "(?:(?:(?:\\s+de\\s+|,?\\s+|-|/)(\\d{4}|(?<=[/-])\\d{2}(?!\\d)))(?:,?\\s+(?:at\\s+|@\\s*)?(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(?:([ap])\\.?m\\.?)?)?"
            + "|,?\\s+(?:at\\s+|@\\s*)?(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(?:([ap])\\.?m\\.?)?)"
            + "(?:\\s*(?-i:(" + Zones.TOKEN + ")))?(?!\\w|:\\d)",
            Pattern.CASE_INSENSITIVE);
    /**
     * A time of day: 09:32, 9:32:10, 2:14 pm, 2pm, 14:02 UTC, 14:02Z, and 13h20 as French and
     * other European writers put it (two-digit hours only: "2h30" is more often a duration), and
     * 9.42 as German and Nordic writers do (not "9.42%", "1.25 GB", "4.12.0"); a weekday may
     * come first ("Tue 22:50", "Wednesday 00:15": the day after midnight follows from the order).
     */
    static final Pattern TIME = Pattern.compile("^" + WEEKDAY_BEFORE_TIME + "(\\d{1,2})(?:(?::|(?<=^\\d{1,2})\\s?h\\s?(?=\\d{2}(?!\\d)(?!\\s*min))|\\.(?=\\d{2}(?![\\d.,%]|\\s*(?:%|percent|[kmg]?b\\b|ms\\b|s\\b|x\\b))))(\\d{2})(?::(\\d{2}))?|(?=\\s*[ap](?:\\.\\s?)?m\\b))(?:\\s*(?:([ap])(?:\\.\\s?)?m(?![a-z])\\.?)|(?<=\\d)([ap])(?![a-z\\d]))?"
            // "14:05-14:20" is a range, not 14:05 at UTC-14:20: a bare negative offset needs a space before it
            + "(?:(?:\\s+|(?![\\-\u2212]\\d))(?-i:(Z\\b|" + Zones.TOKEN + "(?![\\w]))))?(?!\\d|:\\d)", Pattern.CASE_INSENSITIVE);
    /**
     * A 24-hour time written without a colon, as logs and military-style timelines do: "1730 —
     * push sent", "| 0905 |"; only before a separator or at the end, so "1200 orders" is a count.
     */
    static final Pattern MILITARY = Pattern.compile("^([01]\\d|2[0-3])([0-5]\\d)(?:\\s*(?:hrs?|h)\\b)?(?:\\s*(?-i:(Z\\b|" + Zones.TOKEN
            // "1347Z BGP drops": a compact time with Zulu attached needs no separator after it
            + "(?![\\w]))))?(?:(?<=\\dZ)(?=\\s+\\S)|(?=\\s+[-:\u2014\u2013]|\\s*\\||\\s*$)"
            // "0702  CHG0059934 implemented": a log's column gap after it; "1730 hrs Ops call the bridge": its unit
            // (a year's "2026  Q1 planning" is none: 19xx and 20xx need their unit or a separator)
            + "|(?<!^(?:19|20)\\d\\d)(?=\\s{2,}\\S)|(?<=hrs|hr)(?=\\s+\\S))", Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION_PART = Pattern.compile(
            "(?<![\\d.])(\\d+(?:\\.\\d+)?)\\s*(d|days?|h|hrs?|hours?|m|mins?|minutes?|s|secs?|seconds?)\\b", Pattern.CASE_INSENSITIVE);
    static final int MIN_YEAR = 1970;
    static final int MAX_YEAR = 9999;
    /** Longest duration read (ten years); "99999999999 hours" states nothing usable. */
    private static final double MAX_DURATION_SECONDS = 10 * 366 * 86400.0;

    private TimeExpressions() {
    }

    /**
     * A date and/or time read from the start of a string.
     *
     * @param date   the date, when given
     * @param time   the time of day, when given
     * @param zone   the zone, when given
     * @param length how many characters of the input it took
     */
    record Stamp(Optional<LocalDate> date, Optional<LocalTime> time, Optional<ZoneId> zone, int length) {
    }

    /**
     * The half of the day written before the time, as Korean, Japanese and Chinese writers put it in
     * English too: "PM 8:04", "11/14 PM 8:00", "오후 8:04" (오전/午前 morning, 오후/午後 afternoon).
     */
    private static final Pattern MERIDIEM_FIRST = Pattern.compile(
            "^((?:\\d{1,2}/\\d{1,2}\\s+)?)(AM|PM|\uc624\uc804|\uc624\ud6c4|\u5348\u524d|\u5348\u5f8c) (\\d{1,2}:\\d{2})(?![\\d:])");

    /** Reads a stamp (date, date-time or time) at the very start of {@code text}. */
    static Optional<Stamp> stampAtStart(String text) throws ImpossibleValue {
        return stampAtStart(text, Optional.empty());
    }

    /**
     * Reads a stamp at the very start of {@code text}; {@code dayFirst}, when the document says
     * how it orders numeric dates ("DD/MM/YYYY"), settles a date the numbers leave ambiguous.
     */
    static Optional<Stamp> stampAtStart(String text, Optional<Boolean> dayFirstNote) throws ImpossibleValue {
        if (text.length() > 6 && text.indexOf(':') > 0) {
            Matcher first = MERIDIEM_FIRST.matcher(text);
            if (first.lookingAt()) {
                // "PM 8:04", "11/14 PM 8:00", "오후 8:04": read as "8:04 PM", which is as long
                String meridiem = first.group(2).equals("\uc624\uc804") || first.group(2).equals("\u5348\u524d") ? "AM"
                        : first.group(2).equals("\uc624\ud6c4") || first.group(2).equals("\u5348\u5f8c") ? "PM" : first.group(2);
                text = first.group(1) + first.group(3) + " " + meridiem + text.substring(first.end());
            }
        }
        Matcher dtg = DATE_TIME_GROUP.matcher(text);
        if (dtg.lookingAt()) {
            // "140602Z OCT 25", "121540ZOCT25": a military date-time group, day, hour and minute in Zulu, then month and year
            int year = Integer.parseInt(dtg.group(5));
            try {
                LocalDate day = LocalDate.of(year < 100 ? 2000 + year : year, month(dtg.group(4)), Integer.parseInt(dtg.group(1)));
                return Optional.of(new Stamp(Optional.of(day), Optional.of(LocalTime.of(Integer.parseInt(dtg.group(2)), Integer.parseInt(dtg.group(3)))),
                        Optional.of(java.time.ZoneOffset.UTC), dtg.end()));
            } catch (java.time.DateTimeException e) {
                throw new ImpossibleValue("impossible date-time group '" + dtg.group() + "'");
            }
        }
        Optional<Stamp> stamp = dateOrTimeAtStart(text, dayFirstNote);
        if (stamp.isPresent() && stamp.get().date().isPresent() && stamp.get().time().isEmpty()) {
            // a date, then a time in another form: "2026-12-01 8 h 15" (a Date and an Heure column)
            Stamp d = stamp.get();
            String rest = text.substring(d.length());
            String after = rest.stripLeading();
            if (after.length() < rest.length() && (after.startsWith("~") || after.startsWith("\u2248"))) {
                after = after.substring(1).stripLeading(); // "2026-10-02 ~09:10": about then
            }
            if (after.length() < rest.length() && !after.isEmpty() && Character.isDigit(after.charAt(0))) {
                Matcher t = TIME.matcher(after);
                if (t.lookingAt() && (t.group(2) != null || t.group(4) != null)) {
                    LocalTime time = time(t.group(1), t.group(2), t.group(3), halfOfDay(t), t.group());
                    return Optional.of(new Stamp(d.date(), Optional.of(time), zone(t.group(6)).or(d::zone),
                            d.length() + (rest.length() - after.length()) + end(t, 6)));
                }
            }
        }
        return stamp;
    }

    /** A military date-time group: "140602Z OCT 25", "121540ZOCT25", "091432Z SEP 2025". */
    private static final Pattern DATE_TIME_GROUP = Pattern.compile(
            "^(0[1-9]|[12]\\d|3[01])([01]\\d|2[0-3])([0-5]\\d)Z\\s?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\s?(\\d{4}|\\d{2})(?![\\d\\p{L}])",
            Pattern.CASE_INSENSITIVE);

    /** A date as Chinese, Japanese and Korean writers give it: "2026年7月22日", "2026년 7월 22일", with a time after it or not. */
    private static final Pattern CJK_DATE = Pattern.compile("^(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]"
            + "(?:\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");

    /** The "a" or "p" of a {@link #TIME} match: "2:15 pm", or Slack's short "2:15p" with the letter right after the minutes. */
    private static String halfOfDay(Matcher time) {
        return time.group(4) != null ? time.group(4) : time.group(5);
    }

    /** Whether {@code c} may open a weekday's name before a time ("Tue 22:50"): m, t, w, f or s in either case. */
    private static boolean opensWeekdayBeforeTime(char c) {
        return "mtwfsMTWFS".indexOf(c) >= 0;
    }

    /**
     * A date, a date-time or a time at the very start of {@code text}. The patterns are all
     * anchored at the start, so each is tried with {@code lookingAt}
     * and only when the first character can open it (a digit, a weekday's or a month's letter):
     * the same answers as trying them all, without walking the large name alternations on text
     * that cannot be a date.
     */
    private static Optional<Stamp> dateOrTimeAtStart(String text, Optional<Boolean> dayFirstNote) throws ImpossibleValue {
        if (!Numbers.hasAsciiDigit(text)) { // every date and time form below has a digit
            return Optional.empty();
        }
        char first = text.charAt(0);
        boolean digitFirst = first >= '0' && first <= '9';
        boolean letterFirst = Character.isLetter(first);
        boolean mayOpenTime = digitFirst || opensWeekdayBeforeTime(first);
        if (text.length() > 5 && digitFirst && (text.indexOf('\u5e74') > 0 || text.indexOf('\ub144') > 0)) {
            Matcher cjk = CJK_DATE.matcher(text);
            if (cjk.lookingAt()) {
                LocalDate date = date(Integer.parseInt(cjk.group(1)), Integer.parseInt(cjk.group(2)), Integer.parseInt(cjk.group(3)), cjk.group());
                Optional<LocalTime> time = cjk.group(4) == null ? Optional.empty()
                        : Optional.of(time(cjk.group(4), cjk.group(5), cjk.group(6), null, cjk.group()));
                return Optional.of(new Stamp(Optional.of(date), time, Optional.empty(), cjk.end()));
            }
        }
        Matcher m = mayOpenTime ? ISO.matcher(text) : null;
        if (m != null && m.lookingAt()) {
            LocalDate date = date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group());
            Optional<LocalTime> time = m.group(4) == null ? Optional.empty()
                    : Optional.of(time(m.group(4), m.group(5), m.group(6), m.group(7), m.group()));
            return Optional.of(new Stamp(Optional.of(date), time, zone(m.group(8)), end(m, 8)));
        }
        int dated = weekdayBeforeNumericDay(text);
        m = mayBeNumericDay(text.substring(dated)) ? NUMERIC_DAY.matcher(text).region(dated, text.length()) : null;
        if (m != null && m.lookingAt() && !(m.group(3).length() == 2 && m.group().charAt(m.group(1).length()) == '.'
                && (m.group(1).length() < 2 || m.group(2).length() < 2))) {
            // a two-digit year ("10/09/26", "04.03.26") is this century's; "1.2.26" with dots is a version, not a date
            int year = m.group(3).length() == 2 ? 2000 + Integer.parseInt(m.group(3)) : Integer.parseInt(m.group(3));
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            boolean ambiguous = a <= 12 && b <= 12 && a != b;
            if (ambiguous && dayFirstNote.isEmpty() && dated > 0) {
                // "Saturday 4/5/2026": the weekday tells which of the two dates it is, when only one has it
                dayFirstNote = orderOfWeekday(weekday(text.substring(0, dated)), year, a, b);
            }
            // dots are the day-first convention ("09.12.2026" in Germany, Austria, Switzerland, the
            // Nordics): no writer puts the month first with dots, so only slashes are left in doubt
            boolean dotted = m.group().charAt(m.group(1).length()) == '.';
            if (ambiguous && dotted && dayFirstNote.isEmpty()) {
                dayFirstNote = Optional.of(true);
            }
            if (ambiguous && dayFirstNote.isEmpty()) {
                throw new AmbiguousDayOrder("ambiguous date '" + m.group().strip() + "' (day/month or month/day?); write it as "
                        + year + "-MM-DD");
            }
            boolean dayFirst = ambiguous ? dayFirstNote.get() : a > 12 || b <= 12;
            LocalDate date = date(year, dayFirst ? b : a, dayFirst ? a : b, m.group());
            Optional<LocalTime> time = m.group(4) == null ? Optional.empty()
                    : Optional.of(time(m.group(4), m.group(5), m.group(6), m.group(7), m.group()));
            return Optional.of(new Stamp(Optional.of(date), time, zone(m.group(8)), end(m, 8)));
        }
        m = letterFirst ? MONTH_FIRST.matcher(text) : null;
        if (m != null && m.lookingAt()) {
            int year = m.group(3) == null ? -1 : Integer.parseInt(m.group(3));
            Optional<LocalDate> date = year < 0 ? Optional.empty()
                    : Optional.of(date(year, month(m.group(1)), Integer.parseInt(m.group(2)), m.group()));
            Optional<LocalTime> time = m.group(4) == null ? Optional.empty()
                    : Optional.of(time(m.group(4), m.group(5), m.group(6), m.group(7), m.group()));
            if (date.isEmpty() && time.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Stamp(date, time, zone(m.group(8)), end(m, 8)));
        }
        m = digitFirst || letterFirst ? DAY_FIRST.matcher(text) : null;
        if (m != null && m.lookingAt()) {
            if (m.group(3) == null) {
                // "24 Apr 17:56": the time, the day left to the reader of prose dates
                LocalTime time = time(m.group(8), m.group(9), m.group(10), m.group(11), m.group());
                return Optional.of(new Stamp(Optional.empty(), Optional.of(time), zone(m.group(12)), end(m, 12)));
            }
            // "19/Mar/26 4:12 PM", as Jira prints it: a two-digit year after a slash or a dash is this century's
            int year = m.group(3).length() == 2 ? 2000 + Integer.parseInt(m.group(3)) : Integer.parseInt(m.group(3));
            LocalDate date = date(year, month(m.group(2)), Integer.parseInt(m.group(1)), m.group());
            Optional<LocalTime> time = m.group(4) == null ? Optional.empty()
                    : Optional.of(time(m.group(4), m.group(5), m.group(6), m.group(7), m.group()));
            return Optional.of(new Stamp(Optional.of(date), time, zone(m.group(12)), end(m, 12)));
        }
        m = first >= '0' && first <= '2' ? MILITARY.matcher(text) : null;
        if (m != null && m.lookingAt()) {
            LocalTime time = time(m.group(1), m.group(2), null, null, m.group());
            return Optional.of(new Stamp(Optional.empty(), Optional.of(time), zone(m.group(3)), end(m, 3)));
        }
        m = mayOpenTime ? TIME.matcher(text) : null;
        if (m != null && m.lookingAt()) {
            if (m.group(2) == null && m.group(4) == null) {
                return Optional.empty();
            }
            LocalTime time = time(m.group(1), m.group(2), m.group(3), halfOfDay(m), m.group());
            return Optional.of(new Stamp(Optional.empty(), Optional.of(time), zone(m.group(6)), end(m, 6)));
        }
        return Optional.empty();
    }

    private static final Pattern MS_DATE = Pattern.compile("^/?\\\\?/?Date\\((\\d{10,13})(?:[+-]\\d{4})?\\)\\\\?/?$");
    /** Unix time as incident tools export it: seconds (10 digits) or milliseconds (13 digits). */
    private static final Pattern EPOCH = Pattern.compile("^(\\d{10}|\\d{13})(?:\\.\\d+)?$");

    /** A Unix timestamp in seconds or milliseconds (2001 to 2286), read as a UTC date and time. */
    static Optional<Stamp> epoch(String text) {
        Matcher ms = MS_DATE.matcher(text);
        if (ms.matches()) {
            // .NET's JSON date: "/Date(1773712032000)/", "/Date(1773712032000+0100)/" (the offset only says where it was written)
            java.time.LocalDateTime utc = java.time.LocalDateTime.ofInstant(java.time.Instant.ofEpochMilli(Long.parseLong(ms.group(1))),
                    java.time.ZoneOffset.UTC);
            return Optional.of(new Stamp(Optional.of(utc.toLocalDate()), Optional.of(utc.toLocalTime()), Optional.of(java.time.ZoneOffset.UTC),
                    text.length()));
        }
        Matcher m = EPOCH.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        long n = Long.parseLong(m.group(1));
        java.time.Instant at = m.group(1).length() == 13 ? java.time.Instant.ofEpochMilli(n) : java.time.Instant.ofEpochSecond(n);
        java.time.LocalDateTime utc = java.time.LocalDateTime.ofInstant(at, java.time.ZoneOffset.UTC);
        return Optional.of(new Stamp(Optional.of(utc.toLocalDate()), Optional.of(utc.toLocalTime()), Optional.of(java.time.ZoneOffset.UTC), text.length()));
    }

    /**
     * A full date anywhere in a text: "on 3 March 2026", "June 9, 2026", "Tue 2026-04-21", year first with dots or slashes
     * "2026.05.14", "17 de junio de 2026".
     */
    private static final Pattern FULL_DATE_IN = Pattern.compile("(?i)\\b(?:\\d{4}-\\d{2}-\\d{2}|\\d{4}([./])\\d{2}\\1\\d{2}(?![./]?\\d)"
            // a Spanish or Portuguese byline's "17 de junio de 2026", "3 de março de 2026"
            + "|\\d{1,2}\\s+de\\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
            + "|janeiro|fevereiro|mar\u00e7o|maio|junho|julho|setembro|outubro|novembro|dezembro)\\s+de\\s+\\d{4}"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s+"
            + MONTH_NAME + "\\.?,?\\s+\\d{4}|" + MONTH_NAME + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})\\b");

    /** The first full date (with its year) written anywhere in the text; a date that cannot be ("31 February 2026") is none. */
    static Optional<LocalDate> fullDateIn(String text) {
        Matcher m = FULL_DATE_IN.matcher(text);
        if (m.find()) {
            try {
                return date(m.group());
            } catch (ImpossibleValue e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Reads a whole string as a date (ISO, month-name or an ISO date-time's date part). */
    static Optional<LocalDate> date(String text) throws ImpossibleValue {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        try {
            return Optional.of(inRange(OffsetDateTime.parse(t).toLocalDate(), t));
        } catch (DateTimeParseException ignored) {
            // not a full timestamp; try the looser forms
        }
        Optional<Stamp> s = stampAtStart(t);
        return s.flatMap(Stamp::date);
    }

    /** Reads a duration written as "15 minutes", "1h 45min", "2 hours", "1:45"; whole minutes, rounded down; empty beyond ten years. */
    static OptionalLong durationMinutes(String raw) {
        if (raw == null) {
            return OptionalLong.empty();
        }
        String text = Numbers.head(raw);
        Matcher m = DURATION_PART.matcher(text);
        double seconds = 0;
        boolean any = false;
        int lastEnd = -1;
        while (m.find()) {
            if (any && lastEnd >= 0 && !DURATION_JOINER.matcher(text.substring(lastEnd, m.start())).matches()) {
                break;
            }
            double v = Double.parseDouble(m.group(1));
            char unit = Character.toLowerCase(m.group(2).charAt(0));
            seconds += switch (unit) {
                case 'd' -> v * 86400;
                case 'h' -> v * 3600;
                case 'm' -> v * 60;
                default -> v;
            };
            any = true;
            lastEnd = m.end();
        }
        if (any && seconds <= MAX_DURATION_SECONDS) {
            return OptionalLong.of((long) Math.floor(seconds / 60.0 + 1e-9));
        }
        return OptionalLong.empty();
    }

    /** Where a stamp ends: before a trailing word that looked like a zone but is not one ("14:02 SEV1 declared"). */
    private static int end(Matcher m, int zoneGroup) {
        String z = m.group(zoneGroup);
        if (z != null && zone(z).isEmpty()) {
            return m.start(zoneGroup);
        }
        return m.end();
    }

    private static Optional<ZoneId> zone(String token) {
        if (token == null) {
            return Optional.empty();
        }
        if (token.equalsIgnoreCase("Z")) {
            return Optional.of(java.time.ZoneOffset.UTC);
        }
        return Zones.parse(token);
    }

    /** A day's name in another language, whole ("viernes", "sexta-feira", "vrijdag"). */
    static Optional<java.time.DayOfWeek> foreignWeekday(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        n = n.endsWith("-feira") ? n.substring(0, n.length() - "-feira".length()) : n;
        for (int d = 0; d < FOREIGN_WEEKDAYS.size(); d++) {
            if (FOREIGN_WEEKDAYS.get(d).contains(n)) {
                return Optional.of(java.time.DayOfWeek.of(d + 1));
            }
        }
        return Optional.empty();
    }

    /** The day of the week a name or its abbreviation gives ("Thu", "thursday", "Tues."); empty for other words. */
    static Optional<java.time.DayOfWeek> weekday(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
            if (n.length() >= 3 && n.startsWith(d.getDisplayName(java.time.format.TextStyle.SHORT, Locale.ROOT).toLowerCase(Locale.ROOT))) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The month number of a name {@link #MONTH_NAME} matched. */

    static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        Integer whole = WHOLE_MONTHS.get(n);
        if (whole != null) {
            return whole;
        }
        if (n.startsWith("jui")) {
            return n.startsWith("juil") ? 7 : 6; // French: juin and juillet share their first three letters
        }
        return MONTHS.get(n.substring(0, 3));
    }

    private static LocalDate date(int y, int mo, int d, String source) throws ImpossibleValue {
        try {
            return inRange(LocalDate.of(y, mo, d), source);
        } catch (DateTimeException e) {
            throw new ImpossibleValue("impossible date '" + source.strip() + "'");
        }
    }

    /** Incidents happen between 1970 and 9999 (the years a {@link io.hindsight.model.Quarter} has): '1025-11-27' is a typo. */
    private static LocalDate inRange(LocalDate d, String source) throws ImpossibleValue {
        if (d.getYear() < MIN_YEAR || d.getYear() > MAX_YEAR) {
            throw new ImpossibleValue("impossible date '" + source.strip() + "' (year outside " + MIN_YEAR + ".." + MAX_YEAR + ")");
        }
        return d;
    }

    private static LocalTime time(String h, String m, String s, String ampm, String source) throws ImpossibleValue {
        int hour = Integer.parseInt(h);
        int minute = m == null ? 0 : Integer.parseInt(m);
        int second = s == null ? 0 : Integer.parseInt(s);
        if (ampm != null) {
            if (hour < 1 || hour > 12) {
                throw new ImpossibleValue("impossible time '" + source.strip() + "'");
            }
            boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
            hour = hour % 12 + (pm ? 12 : 0);
        }
        if (hour == 24 && minute == 0 && second == 0) {
            hour = 0;
        }
        if (hour > 23 || minute > 59 || second > 59) {
            throw new ImpossibleValue("impossible time '" + source.strip() + "'");
        }
        return LocalTime.of(hour, minute, second);
    }

    /** A date or time that has the right shape but cannot exist. */
    static class ImpossibleValue extends Exception {
        private static final long serialVersionUID = 1L;

        ImpossibleValue(String message) {
            super(message, null, false, false);
        }
    }

    /** A numeric date whose day and month could be either way round ("04/03/2026"), with no stated order to settle it. */
    static final class AmbiguousDayOrder extends ImpossibleValue {
        private static final long serialVersionUID = 1L;

        AmbiguousDayOrder(String message) {
            super(message);
        }
    }
}
