package io.hindsight.report;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import io.hindsight.analyse.Review;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Renders the quarterly review as one self-contained HTML page: CSS inline, charts as
 * {@code data:} PNGs, no script, no external request (a Content-Security-Policy forbids any),
 * every string HTML-escaped by the template engine (jmustache, escaping by default; the
 * template never uses unescaped tags). Deterministic: the same review gives the same bytes
 * on the same machine; no clock is read.
 *
 * <p>With {@link Review#redactPeople()} set, people's names are replaced by stable pseudonyms
 * everywhere, chart labels included ({@link Redactor}).
 */
public final class ReportRenderer {
    static final String TEMPLATE = "report";

    private ReportRenderer() {
    }

    private static final class Holder {
        static final Template TEMPLATE = Mustache.compiler()
                .escapeHTML(true)
                .withLoader(ReportRenderer::partial)
                .compile(load(ReportRenderer.TEMPLATE));
    }

    /** The report for this review. */
    public static String render(Review review) {
        Objects.requireNonNull(review, "review");
        return Holder.TEMPLATE.execute(view(review));
    }

    /** The view model the template is filled from (for tests and for the job's own checks). */
    static ReportView view(Review review) {
        return new ReportViewBuilder(review).build();
    }

    private static Reader partial(String name) {
        if (!name.matches("[a-z]+")) {
            throw new IllegalArgumentException("bad partial name: " + name);
        }
        return new StringReader(load(name));
    }

    static String load(String name) {
        String resource = name + ".mustache";
        try (InputStream in = ReportRenderer.class.getResourceAsStream(resource)) {
            Objects.requireNonNull(in, "missing template resource " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
