package io.hindsight.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.analyse.HandCorpus;
import io.hindsight.analyse.IncidentDigest;
import io.hindsight.analyse.Review;
import io.hindsight.analyse.ReviewInput;
import io.hindsight.analyse.Reviews;
import io.hindsight.model.IncidentRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The report shows the review's numbers, self-contained, the same bytes every time. */
class ReportRendererTest {
    private static final Review HAND = HandCorpus.review();
    private static final String HTML = ReportRenderer.render(HAND);
    private static final String TEXT = Html.text(HTML);

    @Test
    void atLeastEightChartsAllDecodableAtTwiceTheirDisplaySize() {
        List<Html.Image> images = Html.images(HTML);
        assertThat(images).hasSizeGreaterThanOrEqualTo(8);
        assertThat(HTML.split("<img ", -1).length - 1).isEqualTo(images.size());
        for (Html.Image i : images) {
            assertThat(i.image()).isNotNull();
            assertThat(i.image().getWidth()).isEqualTo(2 * i.width());
            assertThat(i.image().getHeight()).isEqualTo(2 * i.height());
        }
        assertThat(ReportRenderer.view(HAND).chartCount()).isEqualTo(images.size());
    }

    @Test
    void selfContainedNoScriptNoExternalRequests() {
        assertThat(TEXT).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<link")
                .doesNotContainIgnoringCase("@import").doesNotContainIgnoringCase("url(").contains("@media print")
                .contains("<meta name=\"viewport\"");
        for (String u : Html.urls(HTML)) {
            if (u.startsWith("src=")) {
                assertThat(u).startsWith("src=data:image/png;base64,");
            } else {
                assertThat(u).matches("href=(#[A-Za-z0-9_-]+|https?://.+|mailto:.+@.+)");
            }
        }
    }

    @Test
    void showsTheReviewsNumbers() {
        // headline: 4 incidents, +2 vs 2026-Q2, +3 vs 2025-Q3
        assertThat(TEXT).contains("<div class=\"value\">4</div><div class=\"note\">+2 vs 2026-Q2 \u00b7 +3 vs 2025-Q3</div>");
        // SEV2 row: 2 now, 0 before (+2), 1 a year ago (+1)
        assertThat(TEXT).contains("<td>SEV2</td><td class=\"num\">2</td><td class=\"num\">0</td><td class=\"num\">+2</td>"
                + "<td class=\"num\">1</td><td class=\"num\">+1</td>");
        // key timing: TTD median 20 min, p90 1 h, change of median +15 min
        assertThat(TEXT).contains("<td>Time to detect</td><td class=\"num\">20 min</td><td class=\"num\">1 h</td>");
        assertThat(TEXT).contains("<td class=\"num\">5 min</td><td class=\"num\">+15 min</td>");
        // impact: users 1,500 stated by 2 of 4; nothing stated in 2026-Q2 is a dash, not zero
        assertThat(TEXT).contains("<td>Users affected</td><td class=\"num\">1,500</td><td class=\"num\">2 of 4</td>"
                + "<td class=\"num\">\u2014</td>");
        // follow-through: 40% implementation in 2026-Q3, 2 of 4 due items done
        assertThat(TEXT).contains("<td>2026-Q3</td><td class=\"num\">6</td><td class=\"num\">2</td><td class=\"num\">1</td>"
                + "<td class=\"num\">2</td><td class=\"num\">1</td><td class=\"num\">40%</td><td class=\"num\">2 of 4</td>"
                + "<td class=\"num\">50%</td>");
        // the blame phrase, quoted, with the guide's question
        assertThat(TEXT).contains("&ldquo;human error&rdquo;").contains("What gaps in our process or tooling made this error possible?");
        // the incident over the threshold without analysis
        assertThat(TEXT).contains("<td>SEV2</td><td>SEV2</td>");
        // recurrence: A's cert cause follows P2, whose one item is done (all done); B's retry cause
        // follows P1 with one of two done (some done); C's cause is new
        assertThat(TEXT).contains("1 of 4 incidents had a root cause we had already worked on: an earlier incident of the same"
                + " cause had all of its action items marked done (2 had one with at least some of them done).");
        assertThat(TEXT).contains("Causes back after fixes</div><div class=\"value\">1</div>");
        // data quality
        assertThat(TEXT).contains("<td>Files seen</td><td class=\"num\">10</td>").contains("not_utf8");
    }

    @Test
    void incidentIndexAnchorsAndLinksToThem() {
        for (String id : List.of("A", "B", "C", "D")) {
            assertThat(TEXT).contains("<tr id=\"incident-" + id + "\">");
        }
        assertThat(TEXT).contains("href=\"#incident-A\"").contains("href=\"#incident-C\"");
        // every internal link points at an id that exists
        for (String u : Html.urls(HTML)) {
            if (u.startsWith("href=#")) {
                assertThat(TEXT).contains("id=\"" + u.substring("href=#".length()) + "\"");
            }
        }
    }

    @Test
    void sameBytesTwiceAndWhateverTheInputOrder() {
        assertThat(ReportRenderer.render(HAND)).isEqualTo(HTML);
        ReviewInput in = HandCorpus.input(false);
        List<IncidentRecord> shuffled = new ArrayList<>(in.incidents());
        List<IncidentDigest> digests = new ArrayList<>(in.digests());
        Collections.shuffle(shuffled, new Random(3));
        Collections.shuffle(digests, new Random(3));
        Review again = Reviews.build(new ReviewInput(in.quarter(), in.asOf(), in.quartersOfHistory(), shuffled, digests,
                in.causes(), in.commonFactors(), in.investments(), in.run(), false));
        assertThat(ReportRenderer.render(again)).isEqualTo(HTML);
    }

    @Test
    void recurrenceHeadlineSaysWhenNoEarlierIncidentHadAllItemsDone() {
        // without Y1 and P2, A's cert cause has no earlier incident with items done; B's retry cause
        // still follows P1, one of two items done
        ReviewInput in = HandCorpus.input(false);
        List<IncidentRecord> withoutCertFixes = in.incidents().stream().filter(r -> !List.of("Y1", "P2").contains(r.id())).toList();
        List<IncidentDigest> digests = in.digests().stream().filter(d -> !List.of("Y1", "P2").contains(d.id())).toList();
        Review review = Reviews.build(new ReviewInput(in.quarter(), in.asOf(), in.quartersOfHistory(), withoutCertFixes, digests,
                in.causes(), in.commonFactors(), in.investments(), in.run(), false));
        String text = Html.text(ReportRenderer.render(review));
        assertThat(text).contains("1 of 4 incidents had a root cause we had already worked on: an earlier incident of the same cause"
                + " had some, not all, of its action items marked done.");
        assertThat(text).contains("Causes back after fixes</div><div class=\"value\">0</div>");
    }

    @Test
    void sampleRendersAndTemplateNeverUnescapes() {
        String sample = ReportRenderer.render(SampleReview.review());
        assertThat(Html.images(sample)).hasSize(12);
        for (String name : List.of("report", "link", "rich", "figure", "cell")) {
            String template = ReportRenderer.load(name);
            assertThat(template).as(name).doesNotContain("{{{").doesNotContain("{{&");
        }
    }

    @Test
    void emptyQuarterRendersWithNoData() {
        ReviewInput in = new ReviewInput(HandCorpus.QUARTER, HandCorpus.AS_OF, 4, List.of(), List.of(), List.of(), List.of(),
                List.of(), HandCorpus.run(), false);
        String html = ReportRenderer.render(Reviews.build(in));
        assertThat(Html.images(html)).hasSizeGreaterThanOrEqualTo(8);
        assertThat(Html.text(html)).contains("No incidents this quarter.");
    }
}
