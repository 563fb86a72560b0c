package io.hindsight.report.chart;

import java.util.Objects;

/**
 * A rendered chart: a PNG at twice its display size, as a {@code data:} URI.
 *
 * @param width  display width in CSS pixels (the PNG is twice as wide)
 * @param height display height in CSS pixels
 * @param alt    a text alternative summarising what the chart shows
 */
public record ChartImage(String id, String title, String alt, String dataUri, int width, int height, int bytes) {
    public ChartImage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(alt, "alt");
        if (!dataUri.startsWith("data:image/png;base64,")) {
            throw new IllegalArgumentException("not a PNG data URI: " + dataUri.substring(0, Math.min(30, dataUri.length())));
        }
    }
}
