package io.hindsight.report.chart;

import java.util.List;
import java.util.Objects;

/**
 * What a chart shows, in plain data: the report's view layer describes charts with these and
 * {@link ChartRenderer} draws them, so nothing outside this package sees JFreeChart. Values are
 * already computed (the chart draws, it does not compute); {@code null} marks a missing value.
 */
public sealed interface ChartSpec permits ChartSpec.Bars, ChartSpec.Lines, ChartSpec.Panels, ChartSpec.Boxes {
    String id();

    String title();

    String alt();

    /** A series of a bar or line chart. */
    record Series(String name, List<Double> values, int colour, Line line) {
        public Series {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(line, "line");
        }

        public static Series bar(String name, List<Double> values, int colour) {
            return new Series(name, values, colour, Line.SOLID);
        }
    }

    enum Line { SOLID, DASHED, DOTTED }

    /**
     * Bars per category, one bar (or one stacked segment) per series.
     *
     * @param horizontal bars run left to right (long category labels)
     * @param stacked    series stack on one bar instead of standing side by side
     * @param integers   the value axis counts whole things
     * @param percent    the value axis is 0..100 %
     * @param labels     write each value on its bar
     */
    record Bars(String id, String title, String alt, String categoryAxis, String valueAxis, List<String> categories,
                List<Series> series, boolean horizontal, boolean stacked, boolean integers, boolean percent,
                boolean labels) implements ChartSpec {
        public Bars {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
        }
    }

    /** Lines across categories (quarters); a series' shape follows its colour index. */
    record Lines(String id, String title, String alt, String categoryAxis, String valueAxis, List<String> categories,
                 List<Series> series, boolean percent) implements ChartSpec {
        public Lines {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
        }
    }

    /**
     * Small multiples: line panels stacked over one shared category axis (quarters), each with
     * its own value axis, so that a measure in minutes and one in hours both stay readable.
     */
    record Panels(String id, String title, String alt, String categoryAxis, List<String> categories, List<Panel> panels)
            implements ChartSpec {
        public Panels {
            categories = List.copyOf(categories);
            panels = List.copyOf(panels);
        }
    }

    record Panel(String valueAxis, List<Series> series) {
        public Panel {
            series = List.copyOf(series);
        }
    }

    /** One box (min, q1, median, q3, max) per category with every value drawn as a point. */
    record Boxes(String id, String title, String alt, String categoryAxis, String valueAxis, List<Box> boxes)
            implements ChartSpec {
        public Boxes {
            boxes = List.copyOf(boxes);
        }
    }

    record Box(String category, double min, double q1, double median, double q3, double max, double mean,
               List<Double> values) {
        public Box {
            values = List.copyOf(values);
        }
    }
}
