package io.hindsight.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/** Small helpers to look into rendered reports in tests. */
final class Html {
    static final Pattern IMG = Pattern.compile("<img src=\"data:image/png;base64,([A-Za-z0-9+/]+(?:&#x3D;|=)*)\" width=\"(\\d+)\" height=\"(\\d+)\"");
    static final Pattern ATTR_URL = Pattern.compile("\\s(src|href)=\"([^\"]*)\"");

    private Html() {
    }

    /** The report without its base64 image data, so that text searches cannot hit random base64. */
    static String text(String html) {
        return html.replaceAll("data:image/png;base64,[A-Za-z0-9+/]+(?:&#x3D;|=)*", "data:image/png;base64,...");
    }

    record Image(BufferedImage image, int width, int height) {
    }

    static List<Image> images(String html) {
        List<Image> out = new ArrayList<>();
        Matcher m = IMG.matcher(html);
        while (m.find()) {
            byte[] png = Base64.getDecoder().decode(m.group(1).replace("&#x3D;", "="));
            try {
                out.add(new Image(ImageIO.read(new ByteArrayInputStream(png)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** Every src and href value, unescaped of the entities the template engine writes. */
    static List<String> urls(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = ATTR_URL.matcher(text(html));
        while (m.find()) {
            out.add(m.group(1) + "=" + m.group(2).replace("&#x3D;", "=").replace("&amp;", "&").replace("&#x2F;", "/"));
        }
        return out;
    }
}
