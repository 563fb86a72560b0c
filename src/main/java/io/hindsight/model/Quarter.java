package io.hindsight.model;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter such as 2026-Q3. Ordered by time. */
public record Quarter(int year, int q) implements Comparable<Quarter> {
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-Q([1-4])");

    public Quarter {
        if (q < 1 || q > 4) {
            throw new IllegalArgumentException("quarter must be 1..4, got " + q);
        }
        if (year < 1970 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
    }

    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    /** Parses {@code 2026-Q3}; the message names the bad value. */
    public static Quarter parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a quarter (expected like 2026-Q3): '" + text + "'");
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The last complete quarter before the given day. */
    public static Quarter lastCompleteBefore(LocalDate day) {
        return of(day).minus(1);
    }

    public Quarter minus(int quarters) {
        int index = year * 4 + (q - 1) - quarters;
        return new Quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
    }

    public Quarter plus(int quarters) {
        return minus(-quarters);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (q - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return plus(1).firstDay().minusDays(1);
    }

    public boolean contains(LocalDate date) {
        return of(date).equals(this);
    }

    @Override
    public int compareTo(Quarter o) {
        return Integer.compare(year * 4 + q, o.year * 4 + o.q);
    }

    @Override
    public String toString() {
        return year + "-Q" + q;
    }
}
