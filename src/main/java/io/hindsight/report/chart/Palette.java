package io.hindsight.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * The report's colours, strokes, shapes and fonts. The five series colours step through
 * lightness (greyscale values about 33, 98, 150, 182 and 226) so stacked segments and bars stay
 * distinguishable when printed in black and white; bars get a dark outline, and lines differ by
 * dash and marker shape as well as colour.
 */
public final class Palette {
    /** Navy, brick, blue, amber, pale grey-blue: darkest first (SEV1 is darkest). */
    public static final List<Color> SERIES = List.of(new Color(0x0B2545), new Color(0xB5432A), new Color(0x5DA5DA),
            new Color(0xF2B134), new Color(0xDDE3EA));
    public static final Color INK = new Color(0x1F2328);
    public static final Color MUTED = new Color(0x57606A);
    public static final Color GRID = new Color(0xD0D7DE);
    public static final Color OUTLINE = new Color(0x30363D);
    public static final String FONT = Font.SANS_SERIF;

    public static final Stroke SOLID = new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    public static final Stroke DASHED = new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {7f, 4f}, 0f);
    public static final Stroke DOTTED = new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
            new float[] {1.5f, 4f}, 0f);

    private Palette() {
    }

    public static Color colour(int index) {
        return SERIES.get(Math.floorMod(index, SERIES.size()));
    }

    /** Circle, square, triangle, diamond: one per line family. */
    public static Shape shape(int index) {
        double s = 7;
        return switch (Math.floorMod(index, 4)) {
            case 0 -> new Ellipse2D.Double(-s / 2, -s / 2, s, s);
            case 1 -> new Rectangle2D.Double(-s / 2, -s / 2, s, s);
            case 2 -> {
                Path2D.Double p = new Path2D.Double();
                p.moveTo(0, -s / 2 - 1);
                p.lineTo(s / 2 + 0.5, s / 2);
                p.lineTo(-s / 2 - 0.5, s / 2);
                p.closePath();
                yield p;
            }
            default -> {
                Path2D.Double p = new Path2D.Double();
                p.moveTo(0, -s / 2 - 1);
                p.lineTo(s / 2 + 1, 0);
                p.lineTo(0, s / 2 + 1);
                p.lineTo(-s / 2 - 1, 0);
                p.closePath();
                yield p;
            }
        };
    }

    public static Font font(int style, int size) {
        return new Font(FONT, style, size);
    }
}
