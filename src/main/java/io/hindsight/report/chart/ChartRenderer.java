package io.hindsight.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPosition;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.CategoryLabelWidthType;
import org.jfree.chart.text.TextBlockAnchor;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.ScatterRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.jfree.data.statistics.DefaultMultiValueCategoryDataset;

/**
 * Draws {@link ChartSpec}s with JFreeChart, headless, into PNGs at twice the display size,
 * embedded as {@code data:} URIs. Deterministic: a fixed logical font ({@link Font#SANS_SERIF}),
 * fixed rendering hints (grey-scale text anti-aliasing, no LCD sub-pixel text, fractional
 * metrics), no timestamps in the PNG; the same spec gives the same bytes on the same machine.
 */
public final class ChartRenderer {
    /** Display size in CSS pixels; the PNG is {@link #SCALE} times larger. */
    public static final int WIDTH = 760;
    public static final int SCALE = 2;

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private ChartRenderer() {
    }

    public static ChartImage render(ChartSpec spec, int height) {
        JFreeChart chart;
        if (spec instanceof ChartSpec.Bars b) {
            chart = bars(b);
        } else if (spec instanceof ChartSpec.Lines l) {
            chart = lines(l);
        } else if (spec instanceof ChartSpec.Panels p) {
            chart = panels(p);
        } else {
            chart = boxes((ChartSpec.Boxes) spec);
        }
        style(chart, spec.title());
        return png(spec, chart, WIDTH, height);
    }

    private static JFreeChart bars(ChartSpec.Bars b) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ChartSpec.Series s : b.series()) {
            for (int i = 0; i < b.categories().size(); i++) {
                data.addValue(s.values().get(i), s.name(), b.categories().get(i));
            }
        }
        BarRenderer r = b.stacked() ? new StackedBarRenderer() : new BarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(true);
        r.setItemMargin(0.04);
        r.setMaximumBarWidth(b.horizontal() ? 0.12 : 0.09);
        for (int i = 0; i < b.series().size(); i++) {
            r.setSeriesPaint(i, Palette.colour(b.series().get(i).colour()));
            r.setSeriesOutlinePaint(i, Palette.OUTLINE);
            r.setSeriesOutlineStroke(i, new BasicStroke(0.6f));
        }
        if (b.labels()) {
            DecimalFormat f = format(b.percent() ? "0'%'" : "#,##0.#");
            r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", f));
            r.setDefaultItemLabelsVisible(true);
            r.setDefaultItemLabelFont(Palette.font(Font.PLAIN, 10));
            r.setDefaultItemLabelPaint(Palette.INK);
            if (b.stacked()) {
                r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
                // a dark label on dark fill is unreadable: label colour follows the segment's lightness
                for (int i = 0; i < b.series().size(); i++) {
                    r.setSeriesItemLabelPaint(i, b.series().get(i).colour() <= 1 ? Color.WHITE : Palette.INK);
                }
            } else if (b.horizontal()) {
                r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
            } else {
                r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
            }
        }
        CategoryAxis x = categoryAxis(b.categoryAxis(), b.horizontal(), b.categories());
        NumberAxis y = valueAxis(b.valueAxis(), b.integers(), b.percent());
        if (b.labels() && !b.stacked()) {
            y.setUpperMargin(0.15);
        }
        CategoryPlot plot = new CategoryPlot(data, x, y, r);
        plot.setOrientation(b.horizontal() ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        return new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, b.series().size() > 1);
    }

    private static JFreeChart lines(ChartSpec.Lines l) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ChartSpec.Series s : l.series()) {
            for (int i = 0; i < l.categories().size(); i++) {
                data.addValue(s.values().get(i), s.name(), l.categories().get(i));
            }
        }
        LineAndShapeRenderer r = lineRenderer(l.series());
        CategoryAxis x = categoryAxis(l.categoryAxis(), false, l.categories());
        NumberAxis y = valueAxis(l.valueAxis(), false, l.percent());
        CategoryPlot plot = new CategoryPlot(data, x, y, r);
        return new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    }

    private static JFreeChart panels(ChartSpec.Panels p) {
        CombinedDomainCategoryPlot combined = new CombinedDomainCategoryPlot(categoryAxis(p.categoryAxis(), false,
                p.categories()));
        combined.setGap(14);
        for (ChartSpec.Panel panel : p.panels()) {
            DefaultCategoryDataset data = new DefaultCategoryDataset();
            for (ChartSpec.Series s : panel.series()) {
                for (int i = 0; i < p.categories().size(); i++) {
                    data.addValue(s.values().get(i), s.name(), p.categories().get(i));
                }
            }
            CategoryPlot sub = new CategoryPlot(data, null, valueAxis(panel.valueAxis(), false, false), lineRenderer(panel.series()));
            sub.setBackgroundPaint(Color.WHITE);
            sub.setOutlineVisible(false);
            sub.setRangeGridlinePaint(Palette.GRID);
            sub.setRangeGridlineStroke(new BasicStroke(0.8f));
            sub.setNoDataMessage("No data");
            combined.add(sub, 1);
        }
        return new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, combined, true);
    }

    private static LineAndShapeRenderer lineRenderer(List<ChartSpec.Series> series) {
        LineAndShapeRenderer r = new LineAndShapeRenderer(true, true);
        for (int i = 0; i < series.size(); i++) {
            ChartSpec.Series s = series.get(i);
            r.setSeriesPaint(i, Palette.colour(s.colour()));
            r.setSeriesStroke(i, switch (s.line()) {
                case SOLID -> Palette.SOLID;
                case DASHED -> Palette.DASHED;
                case DOTTED -> Palette.DOTTED;
            });
            r.setSeriesShape(i, Palette.shape(s.colour()));
            r.setSeriesShapesFilled(i, s.line() == ChartSpec.Line.SOLID);
        }
        r.setUseFillPaint(true);
        r.setDefaultFillPaint(Color.WHITE);
        return r;
    }

    private static JFreeChart boxes(ChartSpec.Boxes b) {
        DefaultBoxAndWhiskerCategoryDataset data = new DefaultBoxAndWhiskerCategoryDataset();
        DefaultMultiValueCategoryDataset points = new DefaultMultiValueCategoryDataset();
        for (ChartSpec.Box box : b.boxes()) {
            if (box.values().isEmpty()) {
                data.add(new BoxAndWhiskerItem(null, null, null, null, null, null, null, null, List.of()), "quartiles",
                        box.category());
                points.add(new ArrayList<>(), "incidents", box.category());
                continue;
            }
            data.add(new BoxAndWhiskerItem(box.mean(), box.median(), box.q1(), box.q3(), box.min(), box.max(), box.min(),
                    box.max(), List.of()), "quartiles", box.category());
            points.add(new ArrayList<>(box.values()), "incidents", box.category());
        }
        BoxAndWhiskerRenderer r = new BoxAndWhiskerRenderer();
        r.setSeriesPaint(0, Palette.colour(4));
        r.setSeriesOutlinePaint(0, Palette.OUTLINE);
        r.setDefaultOutlinePaint(Palette.OUTLINE);
        r.setArtifactPaint(Palette.OUTLINE);
        r.setUseOutlinePaintForWhiskers(true);
        r.setFillBox(true);
        r.setMeanVisible(false);
        r.setMedianVisible(true);
        r.setMaximumBarWidth(0.35);
        r.setWhiskerWidth(0.5);
        r.setMinOutlierVisible(false);
        r.setMaxOutlierVisible(false);
        r.setSeriesVisibleInLegend(0, false);
        ScatterRenderer s = new ScatterRenderer();
        s.setUseSeriesOffset(false);
        s.setSeriesPaint(0, Palette.colour(1));
        s.setSeriesShape(0, Palette.shape(0));
        s.setSeriesShapesFilled(0, true);
        s.setDrawOutlines(true);
        s.setUseOutlinePaint(true);
        s.setSeriesOutlinePaint(0, Color.WHITE);
        s.setSeriesVisibleInLegend(0, false);
        CategoryAxis x = categoryAxis(b.categoryAxis(), true, b.boxes().stream().map(ChartSpec.Box::category).toList());
        NumberAxis y = valueAxis(b.valueAxis(), false, false);
        CategoryPlot plot = new CategoryPlot(data, x, y, r);
        plot.setDataset(1, points);
        plot.setRenderer(1, s);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        return new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
    }

    private static CategoryAxis categoryAxis(String label, boolean horizontal, List<String> categories) {
        CategoryAxis x = new CategoryAxis(label);
        x.setLabelFont(Palette.font(Font.PLAIN, 12));
        x.setLabelPaint(Palette.MUTED);
        x.setTickLabelFont(Palette.font(Font.PLAIN, 11));
        x.setTickLabelPaint(Palette.INK);
        x.setAxisLinePaint(Palette.OUTLINE);
        x.setTickMarksVisible(false);
        x.setCategoryMargin(0.2);
        x.setLowerMargin(0.03);
        x.setUpperMargin(0.03);
        x.setMaximumCategoryLabelLines(horizontal ? 3 : 2);
        if (horizontal) {
            x.setCategoryLabelPositions(CategoryLabelPositions.replaceLeftPosition(CategoryLabelPositions.STANDARD,
                    new CategoryLabelPosition(RectangleAnchor.RIGHT, TextBlockAnchor.CENTER_RIGHT,
                            CategoryLabelWidthType.RANGE, 0.36f)));
        } else if (categories.size() > 8) {
            x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        return x;
    }

    private static NumberAxis valueAxis(String label, boolean integers, boolean percent) {
        NumberAxis y = new NumberAxis(label);
        y.setLabelFont(Palette.font(Font.PLAIN, 12));
        y.setLabelPaint(Palette.MUTED);
        y.setTickLabelFont(Palette.font(Font.PLAIN, 11));
        y.setTickLabelPaint(Palette.INK);
        y.setAxisLinePaint(Palette.OUTLINE);
        y.setAutoRangeIncludesZero(true);
        if (integers) {
            y.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
        }
        if (percent) {
            y.setRange(0, 105);
            y.setNumberFormatOverride(format("0'%'"));
        } else {
            y.setNumberFormatOverride(format("#,##0.##"));
        }
        return y;
    }

    private static DecimalFormat format(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    private static void style(JFreeChart chart, String title) {
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        chart.getRenderingHints().put(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        chart.getRenderingHints().put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(4, 4, 4, 8));
        TextTitle t = new TextTitle(title, Palette.font(Font.BOLD, 14));
        t.setPaint(Palette.INK);
        t.setHorizontalAlignment(HorizontalAlignment.LEFT);
        t.setPadding(new RectangleInsets(2, 4, 8, 4));
        chart.setTitle(t);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.8f));
        plot.setRangeGridlinesVisible(true);
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setNoDataMessage("No data for this period");
        plot.setNoDataMessageFont(Palette.font(Font.ITALIC, 13));
        plot.setNoDataMessagePaint(Palette.MUTED);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(Palette.font(Font.PLAIN, 11));
            legend.setItemPaint(Palette.INK);
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.TOP);
            legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
            legend.setBackgroundPaint(Color.WHITE);
            LegendItemSource source = plot instanceof CombinedDomainCategoryPlot c
                    ? (CategoryPlot) c.getSubplots().get(0) : plot;
            legend.setSources(new LegendItemSource[] {source});
        }
    }

    private static ChartImage png(ChartSpec spec, JFreeChart chart, int width, int height) {
        BufferedImage image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(SCALE, SCALE);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        byte[] bytes = Png.encode(image);
        return new ChartImage(spec.id(), spec.title(), spec.alt(),
                "data:image/png;base64," + Base64.getEncoder().encodeToString(bytes), width, height, bytes.length);
    }
}
