package io.hindsight.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A figure's change written with an arrow, as responders log them: "5xx 38% → 9%",
 * "p99 4.2s -> 380ms", "lag 6h52m -> 5h10m", "340 s → 12 s". Two figures compare when they
 * have the same unit, or are both durations (milliseconds to hours).
 */
final class MetricArrows {
    private MetricArrows() {
    }

    /** A figure: a duration in hours and minutes ("6h52m", "1h"), or a number with an optional unit. */
    private static final String FIGURE = "(?:(\\d{1,3})h(?:(\\d{1,2})m(?:in)?)?|(\\d[\\d,]*(?:\\.\\d+)?)\\s*(%|ms|s|k|/min|/s|/h|rps|qps|min)?)";
    private static final Pattern ARROW = Pattern.compile("(?<![\\w.,])" + FIGURE + "\\s*(?:\u2192|->)\\s*" + FIGURE + "(?!\\w|\\.\\d)");

    /**
     * A setting named just before the figures ("skew tolerance 60s -> 300s", "timeout 5s → 30s",
     * "max connections 200 -> 400"): its new value is a change made, not a measure rising or falling
     * ("timeout rate 2.6% → 0.4%" is a measure).
     */
    private static final Pattern SETTING_BEFORE = Pattern.compile(
            "\\b(?:tolerance|timeout|limit|limits|max|min|maximum|minimum|threshold|ttl|interval|quota|concurrency|heap|xmx|window|size"
                    // "rollout raised from 10% to 50%", "canary weight 5% -> 25%": a share someone set
                    + "|rollout|ramp|ramped|canary|weight|weights|raised|lowered|bumped)\\b(?!\\s+(?:rate|ratio|errors?|count|share|hits?|breach\\w*))[^.;,]{0,20}$");
    private static final int SETTING_REACH = 40;

    /** One arrow in a lower-cased text: where it stands, and whether the figure fell (-1), rose (1), or neither compares (0). */
    record Change(int start, int end, int direction) {
    }

    /** The same change in words, its figures with their units: "errors from 30% to 9%", "p99 from 4.2s to 380ms". */
    private static final Pattern FROM_TO = Pattern.compile("(?<![\\w.,])from\\s+" + FIGURE + "\\s+to\\s+" + FIGURE + "(?!\\w|\\.\\d)");

    /** The arrows in {@code t} (lower case), in order. */
    static List<Change> in(String t) {
        boolean arrows = t.indexOf('\u2192') >= 0 || t.contains("->");
        boolean words = t.contains("from ");
        if (!arrows && !words) {
            return List.of();
        }
        List<Change> out = new ArrayList<>();
        if (arrows) {
            changes(t, ARROW.matcher(t), false, out);
        }
        if (words) {
            changes(t, FROM_TO.matcher(t), true, out);
            out.sort(java.util.Comparator.comparingInt(Change::start));
            // "from 5% to 2% → 1%": the first reading of figures both forms claim
            for (int i = 1; i < out.size(); i++) {
                if (out.get(i).start() < out.get(i - 1).end()) {
                    out.remove(i--);
                }
            }
        }
        return out;
    }

    private static void changes(String t, Matcher m, boolean unitsOnly, List<Change> out) {
        while (m.find()) {
            Figure from = figure(m, 1);
            Figure to = figure(m, 5);
            if (unitsOnly && (from.unit() == null || to.unit() == null)) {
                continue; // "from 2 to 5 pods": a count the words after it name, not a measure
            }
            boolean comparable = Objects.equals(from.unit(), to.unit()) || from.duration() && to.duration();
            boolean setting = SETTING_BEFORE.matcher(t.substring(Math.max(0, m.start() - SETTING_REACH), m.start())).find();
            out.add(new Change(m.start(), m.end(), !comparable || setting || from.value() == to.value() ? 0 : from.value() > to.value() ? -1 : 1));
        }
    }

    /** Whether a figure in the text falls ("140/min → 25/min", "4.2s -> 380ms"). */
    static boolean anyFalls(String t) {
        return in(t).stream().anyMatch(c -> c.direction() < 0);
    }

    private record Figure(double value, String unit, boolean duration) {
    }

    /** The figure whose four groups start at {@code g}: hours, minutes; or number, unit. Durations are in milliseconds. */
    private static Figure figure(Matcher m, int g) {
        if (m.group(g) != null) {
            double minutes = Integer.parseInt(m.group(g)) * 60.0 + (m.group(g + 1) == null ? 0 : Integer.parseInt(m.group(g + 1)));
            return new Figure(minutes * 60_000, "h", true);
        }
        double n = Double.parseDouble(m.group(g + 2).replace(",", ""));
        String unit = m.group(g + 3);
        double scale = unit == null ? 0 : switch (unit) {
            case "ms" -> 1;
            case "s" -> 1000;
            case "min" -> 60_000;
            default -> 0;
        };
        return scale > 0 ? new Figure(n * scale, unit, true) : new Figure(n, unit, false);
    }
}
