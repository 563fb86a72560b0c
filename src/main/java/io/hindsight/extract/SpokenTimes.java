package io.hindsight.extract;

import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times as people say them at the start of a timeline line, written by support and operations
 * leads rather than read off a tool: "half past eight in the morning", "ten past two",
 * "quarter to four", "half four" (British, 4:30), "about 4 in the afternoon", "just after 9.30",
 * "5 o'clock", "noon", "midnight". {@link #atStart} turns the phrase into a clock ("08:30") so the
 * line reads like any other.
 *
 * <p>A bare hour is taken only after a word that marks it as a time ("about 11", "just after 9",
 * "at 3") and before the line's separator, so "3 customers called" stays text. Without "am",
 * "pm" or a part of the day, an hour is read on the half of the day that comes next after the
 * previous line's time (or, on the first line, business hours: 7 to 11 in the morning, 12 to 6 in
 * the afternoon).
 */
final class SpokenTimes {
    private SpokenTimes() {
    }

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("twenty", 20), Map.entry("twenty-five", 25),
            Map.entry("twenty five", 25), Map.entry("quarter", 15), Map.entry("a quarter", 15), Map.entry("half", 30));
    private static final String HOUR = "(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|0?[1-9])";
    private static final String MINUTES = "(a quarter|quarter|half|twenty[- ]five|twenty|ten|five|[1-5]?[0-9])(?:\\s+minutes)?";
    /** What makes a bare number a time: "about 11", "just after 9", "at 3", "around". */
    private static final String NEAR = "(?:(?:at\\s+)?(?:about|around|approx\\.?|approximately|roughly|circa|~)|(?:just|shortly|right|a\\s+little|a\\s+bit|not\\s+long)"
            + "\\s+(?:after|before|past)|at|by)\\s+";
    private static final String DAYPART = "(?:\\s*(?:(a\\.?m\\.?|p\\.?m\\.?)|(?:in\\s+the\\s+)?(morning|afternoon|evening)|(?:at\\s+)?(night)|(tonight)))?";
    /** The line goes on after the phrase: a dash, a colon, a comma or a bracket, or the end ("About 1,350 listings" is a count). */
    private static final String AFTER = "(?=\\s*(?:[-\u2013\u2014(|]|,(?!\\d)|:(?!\\d)|$))";

    private static final Pattern PAST_TO = Pattern.compile("(?i)^(?:" + NEAR + ")?" + MINUTES + "\\s+(past|after|to|before|til|till)\\s+" + HOUR
            + DAYPART + AFTER);
    private static final Pattern HALF_HOUR = Pattern.compile("(?i)^(?:" + NEAR + ")?half\\s+" + HOUR + DAYPART + AFTER);
    private static final Pattern OCLOCK = Pattern.compile("(?i)^(?:" + NEAR + ")?" + HOUR + "\\s*o'?\\s*clock" + DAYPART + AFTER);
    private static final Pattern NEAR_HOUR = Pattern.compile("(?i)^" + NEAR + "(?:" + HOUR + "(?:[.:h]([0-5][0-9]))?)" + DAYPART + AFTER);
    private static final Pattern HOUR_DAYPART = Pattern.compile("(?i)^(?:" + NEAR + ")?" + HOUR + "(?:[.:]([0-5][0-9]))?\\s+"
            + "(?:(?:in\\s+the\\s+)?(morning|afternoon|evening)|at\\s+(night))" + AFTER);
    private static final Pattern NOON = Pattern.compile("(?i)^(?:" + NEAR + ")?(?:12\\s+)?(noon|midday|mid-day|midnight)" + AFTER);

    /** First words a spoken time can open with (a cheap test before the patterns). */
    private static final java.util.Set<String> STARTERS = java.util.Set.of("about", "around", "approx", "approx.", "approximately",
            "roughly", "circa", "~", "just", "shortly", "right", "a", "not", "at", "by", "half", "quarter", "noon", "midday", "mid-day",
            "midnight", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
            "twenty-five", "12");

    /** Whether the line may open with a spoken time: a starter word, or an hour before "o'clock" or a part of the day. */
    static boolean mayStart(String line) {
        int end = 0;
        while (end < line.length() && end < 14 && !Character.isWhitespace(line.charAt(end))) {
            end++;
        }
        if (end == 0 || end == line.length()) {
            return false;
        }
        String first = line.substring(0, end).toLowerCase(Locale.ROOT);
        if (STARTERS.contains(first)) {
            return true;
        }
        if (!Character.isDigit(first.charAt(0)) || end > 5) {
            return false;
        }
        String rest = line.substring(end, Math.min(line.length(), end + 22)).toLowerCase(Locale.ROOT);
        return rest.contains("clock") || rest.contains(" in the ") || rest.contains(" at night");
    }

    /**
     * The line with a spoken time at its start written as a clock ("16:30 - Closed it off"), or
     * empty when it opens with none.
     */
    static Optional<String> atStart(String line, Optional<LocalTime> previous) {
        if (!mayStart(line)) {
            return Optional.empty();
        }
        Matcher m = NOON.matcher(line);
        if (m.find()) {
            return Optional.of(clock(m.group(1).toLowerCase(Locale.ROOT).startsWith("mid") && m.group(1).toLowerCase(Locale.ROOT).endsWith("night")
                    ? LocalTime.MIDNIGHT : LocalTime.NOON) + line.substring(m.end()));
        }
        m = PAST_TO.matcher(line);
        if (m.find()) {
            int minutes = number(m.group(1));
            boolean to = m.group(2).toLowerCase(Locale.ROOT).matches("to|before|til|till");
            int hour = number(m.group(3));
            LocalTime t = onHalfOfDay(hour, part(m, 4), previous).plusMinutes(to ? -minutes : minutes);
            return Optional.of(clock(t) + line.substring(m.end()));
        }
        m = HALF_HOUR.matcher(line);
        if (m.find()) {
            return Optional.of(clock(onHalfOfDay(number(m.group(1)), part(m, 2), previous).plusMinutes(30)) + line.substring(m.end()));
        }
        m = OCLOCK.matcher(line);
        if (m.find()) {
            return Optional.of(clock(onHalfOfDay(number(m.group(1)), part(m, 2), previous)) + line.substring(m.end()));
        }
        m = HOUR_DAYPART.matcher(line);
        if (m.find()) {
            int minutes = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            String daypart = m.group(3) != null ? m.group(3) : "night";
            return Optional.of(clock(onHalfOfDay(number(m.group(1)), Optional.of(daypart), previous).plusMinutes(minutes)) + line.substring(m.end()));
        }
        m = NEAR_HOUR.matcher(line);
        if (m.find()) {
            int minutes = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            return Optional.of(clock(onHalfOfDay(number(m.group(1)), part(m, 3), previous).plusMinutes(minutes)) + line.substring(m.end()));
        }
        return Optional.empty();
    }

    /** "am"/"pm" or the part of the day from the groups starting at {@code first} (am-pm, day part, night, tonight). */
    private static Optional<String> part(Matcher m, int first) {
        for (int g = first; g < first + 4; g++) {
            if (m.group(g) != null) {
                return Optional.of(m.group(g).toLowerCase(Locale.ROOT).replace(".", ""));
            }
        }
        return Optional.empty();
    }

    private static int number(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Integer n = NUMBERS.get(w);
        return n != null ? n : Integer.parseInt(w);
    }

    /** The hour (1-12) on the half of the day its words, the previous time or business hours say. */
    private static LocalTime onHalfOfDay(int hour, Optional<String> part, Optional<LocalTime> previous) {
        int h = hour % 12;
        if (part.isPresent()) {
            String p = part.get();
            boolean pm = p.equals("pm") || p.equals("afternoon") || p.equals("evening") || p.equals("tonight")
                    || p.equals("night") && hour >= 6 && hour != 12;
            return LocalTime.of(pm ? h + 12 : h, 0);
        }
        if (previous.isPresent()) {
            // the first of the two readings not much before the previous line's time; past both, the next morning
            int before = Math.max(0, previous.get().toSecondOfDay() / 60 - 30);
            if (h * 60 >= before) {
                return LocalTime.of(h, 0);
            }
            if ((h + 12) * 60 >= before) {
                return LocalTime.of(h + 12, 0);
            }
            return LocalTime.of(h, 0);
        }
        return LocalTime.of(hour >= 7 && hour <= 11 ? h : hour == 12 ? 12 : h + 12, 0);
    }

    private static String clock(LocalTime t) {
        return String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
    }
}
