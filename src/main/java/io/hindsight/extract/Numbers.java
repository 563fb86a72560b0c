package io.hindsight.extract;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbers people write in impact statements: "42,000", "1.2 million", "$1.2M",
 * "USD 4,500", "~3k", "12.5%". Text that states no number ("N/A", "unknown", "not estimated")
 * gives empty; "none" gives zero.
 */
final class Numbers {
    /** A unit after a number that makes it a time, a duration or a factor, not a count (see {@link #unitFollows}). */
    private static final Pattern UNIT_AFTER = Pattern.compile("\\s*(?:am|pm|utc|min|minutes?|hours?|hrs?|h|s|secs?|seconds?|ms|days?|x)\\b");
    private static final Pattern YES = Pattern.compile("^(yes|y|true|breached|violated|missed|exceeded)\\b.*");
    private static final Pattern NO = Pattern.compile("^(no|n|false|none|not breached|within|met)\\b.*");
    private static final Pattern GROUPING = Pattern.compile("[,\u202f\u00a0 ]");
    private static final String NUM = "(\\d{1,3}(?:[,\u202f\u00a0 ]\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    private static final String SCALE = "(?:\\s*(thousand|million|billion|mm|k|m|bn|b)\\b)?";
    private static final Pattern COUNT = Pattern.compile("(?<![\\w.$€£%-])" + NUM + SCALE + "(?!\\s*%|[\\w.:/-]*\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT = Pattern.compile("(?<![\\d.,])" + NUM + "\\s*%");
    private static final Pattern USD = Pattern.compile("(?:\\$\\s*|\\bUSD\\s*|\\bUS\\$\\s*)" + NUM + SCALE
            + "|(?<![\\d.,])" + NUM + SCALE + "\\s*(?:USD|dollars)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NONE = Pattern.compile("^\\W*(none|zero|nil|no\\b|0\\b|\\$0\\b)", Pattern.CASE_INSENSITIVE);

    /**
     * Longest part of a value read for a figure: a figure is stated at the start of its value,
     * and the patterns above backtrack over long runs of digits, so a 1 MB value must not reach
     * them whole.
     */
    static final int MAX_VALUE_CHARS = 1000;
    private static final Pattern TRAILING_NUMBER_PART = Pattern.compile("[\\d.,\u202f\u00a0 ]+$");

    private Numbers() {
    }

    /** Whether {@code text} holds a digit 0-9: a cheap test before the patterns that need one. */
    static boolean hasAsciiDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** The first {@link #MAX_VALUE_CHARS} characters, without a number the cut may have split. */
    static String head(String text) {
        if (text.length() <= MAX_VALUE_CHARS) {
            return text;
        }
        return TRAILING_NUMBER_PART.matcher(text.substring(0, MAX_VALUE_CHARS)).replaceFirst("");
    }

    /** The first count in the text (not a percentage, not part of a date, time or version). */
    static OptionalLong count(String raw) {
        if (raw == null || raw.isBlank()) {
            return OptionalLong.empty();
        }
        String text = head(raw);
        Matcher m = COUNT.matcher(text);
        while (m.find()) {
            if (unitFollows(text, m.end())) {
                continue;
            }
            return scaled(m.group(1), m.group(2));
        }
        if (NONE.matcher(text).find()) {
            return OptionalLong.of(0);
        }
        return OptionalLong.empty();
    }

    /** Whether a unit follows at {@code from} ("12 min", "3 hours", "14:05 UTC"): the number is no count. */
    private static boolean unitFollows(String text, int from) {
        return UNIT_AFTER.matcher(text).region(from, text.length()).lookingAt();
    }

    /** The first percentage in the text, as a number (12.5 for "12.5%"). */
    static OptionalDouble percent(String text) {
        if (text == null) {
            return OptionalDouble.empty();
        }
        Matcher m = PERCENT.matcher(head(text));
        if (m.find()) {
            return OptionalDouble.of(Double.parseDouble(GROUPING.matcher(m.group(1)).replaceAll("")));
        }
        return OptionalDouble.empty();
    }

    /** A dollar amount, in whole dollars. */
    static OptionalLong usd(String raw) {
        if (raw == null || raw.isBlank()) {
            return OptionalLong.empty();
        }
        String text = head(raw);
        Matcher m = USD.matcher(text);
        if (m.find()) {
            if (m.group(1) != null) {
                return scaled(m.group(1), m.group(2));
            }
            return scaled(m.group(3), m.group(4));
        }
        // "none" is zero; anything else without an amount ("N/A", "not estimated") is unknown
        return NONE.matcher(text).find() ? OptionalLong.of(0) : OptionalLong.empty();
    }

    /** Yes/No, as written at the start of a value ("Yes — monthly SLO consumed"). */
    static java.util.Optional<Boolean> yesNo(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (YES.matcher(t).matches()) {
            return java.util.Optional.of(Boolean.TRUE);
        }
        if (NO.matcher(t).matches()) {
            return java.util.Optional.of(Boolean.FALSE);
        }
        return java.util.Optional.empty();
    }

    /** The number times its scale, rounded; empty when it does not fit a long (a number that large states nothing usable). */
    private static OptionalLong scaled(String number, String scale) {
        BigDecimal v = new BigDecimal(GROUPING.matcher(number).replaceAll(""));
        if (scale != null) {
            String s = scale.toLowerCase(Locale.ROOT);
            BigDecimal factor = switch (s) {
                case "k", "thousand" -> BigDecimal.valueOf(1_000);
                case "m", "mm", "million" -> BigDecimal.valueOf(1_000_000);
                case "b", "bn", "billion" -> BigDecimal.valueOf(1_000_000_000);
                default -> BigDecimal.ONE;
            };
            v = v.multiply(factor);
        }
        try {
            return OptionalLong.of(v.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
        } catch (ArithmeticException tooLarge) {
            return OptionalLong.empty();
        }
    }
}
