package io.hindsight.report;

import io.hindsight.analyse.timing.Distribution;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** How numbers read in the report: Locale.ROOT, thousands grouped, a true minus sign, durations in h/min. */
final class Fmt {
    static final String NONE = "\u2014";
    static final String MINUS = "\u2212";

    private Fmt() {
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String usd(long n) {
        return "$" + count(n);
    }

    /** 45 min, 1 h 45 min, 2 d 3 h. */
    static String minutes(long m) {
        if (m < 0) {
            return MINUS + minutes(-m);
        }
        if (m < 60) {
            return m + " min";
        }
        if (m < 24 * 60) {
            long h = m / 60;
            long r = m % 60;
            return r == 0 ? h + " h" : h + " h " + r + " min";
        }
        long d = m / (24 * 60);
        long h = (m % (24 * 60)) / 60;
        return h == 0 ? d + " d" : d + " d " + h + " h";
    }

    static String minutes(OptionalLong m) {
        return m.isPresent() ? minutes(m.getAsLong()) : NONE;
    }

    static String median(Distribution d) {
        return d.hasData() ? minutes(d.median()) : NONE;
    }

    static String p90(Distribution d) {
        return d.hasData() ? minutes(d.p90()) : NONE;
    }

    static String mean(Distribution d) {
        return d.hasData() ? minutes(Math.round(d.mean())) : NONE;
    }

    /** +2, −1, ±0. */
    static String change(int c) {
        return c > 0 ? "+" + c : c < 0 ? MINUS + (-c) : "\u00b10";
    }

    static String change(OptionalInt c) {
        return c.isPresent() ? change(c.getAsInt()) : NONE;
    }

    static String changeMinutes(OptionalLong c) {
        if (c.isEmpty()) {
            return NONE;
        }
        long v = c.getAsLong();
        return v > 0 ? "+" + minutes(v) : v < 0 ? MINUS + minutes(-v) : "\u00b10";
    }

    static String value(OptionalInt v) {
        return v.isPresent() ? count(v.getAsInt()) : NONE;
    }

    /** A share 0..1 as a whole percentage. */
    static String pct(double share) {
        return Math.round(share * 100) + "%";
    }

    static String pct(OptionalDouble share) {
        return share.isPresent() ? pct(share.getAsDouble()) : NONE;
    }

    /** A change in percentage points. */
    static String points(OptionalDouble pp) {
        if (pp.isEmpty()) {
            return NONE;
        }
        long v = Math.round(pp.getAsDouble());
        return (v > 0 ? "+" + v : v < 0 ? MINUS + (-v) : "\u00b10") + " pp";
    }

    static String days(long d) {
        return d == 1 ? "1 day" : count(d) + " days";
    }

    static String plural(long n, String one, String many) {
        return count(n) + " " + (n == 1 ? one : many);
    }
}
