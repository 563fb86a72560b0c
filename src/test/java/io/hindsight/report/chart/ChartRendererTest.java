package io.hindsight.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ChartRendererTest {
    @Test
    void pngEncoderRoundTripsEveryPixel() throws Exception {
        BufferedImage image = new BufferedImage(97, 41, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(11);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, y % 7 == 0 ? random.nextInt(0x1000000) : (x / 9) * 0x102030);
            }
        }
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(Png.encode(image)));
        assertThat(back.getWidth()).isEqualTo(97);
        assertThat(back.getHeight()).isEqualTo(41);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                assertThat(back.getRGB(x, y) & 0xffffff).as("pixel %d,%d", x, y).isEqualTo(image.getRGB(x, y) & 0xffffff);
            }
        }
    }

    @Test
    void everyKindOfChartDrawsTheSameBytesTwiceAtTwiceItsSize() throws Exception {
        List<Double> withGap = new ArrayList<>(Arrays.asList(3.0, null, 5.0));
        List<ChartSpec> specs = List.of(
                new ChartSpec.Bars("b", "<b>Bars</b> \" & '", "alt", "x", "y", List.of("a", "b", "c"),
                        List.of(ChartSpec.Series.bar("s1", withGap, 0), ChartSpec.Series.bar("s2", List.of(1.0, 2.0, 0.0), 1)),
                        false, true, true, false, true),
                new ChartSpec.Bars("h", "Horizontal", "alt", "", "y", List.of("a very long category label that has to wrap"),
                        List.of(ChartSpec.Series.bar("s1", List.of(2.0), 3)), true, false, false, false, true),
                new ChartSpec.Lines("l", "Lines", "alt", "x", "%", List.of("q1", "q2", "q3"),
                        List.of(new ChartSpec.Series("rate", withGap, 0, ChartSpec.Line.DASHED)), true),
                new ChartSpec.Panels("p", "Panels", "alt", "x", List.of("q1", "q2", "q3"), List.of(
                        new ChartSpec.Panel("a", List.of(new ChartSpec.Series("m", withGap, 0, ChartSpec.Line.SOLID))),
                        new ChartSpec.Panel("b", List.of(new ChartSpec.Series("m", withGap, 0, ChartSpec.Line.SOLID))))),
                new ChartSpec.Boxes("x", "Boxes", "alt", "", "min", List.of(
                        new ChartSpec.Box("one", 1, 2, 3, 4, 9, 3.5, List.of(1.0, 2.0, 3.0, 4.0, 9.0)),
                        new ChartSpec.Box("empty", 0, 0, 0, 0, 0, 0, List.of()))));
        for (ChartSpec spec : specs) {
            ChartImage a = ChartRenderer.render(spec, 200);
            ChartImage b = ChartRenderer.render(spec, 200);
            assertThat(a.dataUri()).as(spec.id()).isEqualTo(b.dataUri());
            byte[] png = Base64.getDecoder().decode(a.dataUri().substring("data:image/png;base64,".length()));
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image.getWidth()).isEqualTo(ChartRenderer.WIDTH * 2);
            assertThat(image.getHeight()).isEqualTo(400);
            assertThat(a.bytes()).isEqualTo(png.length);
        }
    }
}
