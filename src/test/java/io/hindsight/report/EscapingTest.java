package io.hindsight.report;

import static io.hindsight.analyse.IncidentBuilder.incident;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.analyse.CauseSummary;
import io.hindsight.analyse.Review;
import io.hindsight.analyse.ReviewInput;
import io.hindsight.analyse.Reviews;
import io.hindsight.analyse.RunStats;
import io.hindsight.model.DetectionMethod;
import io.hindsight.model.IncidentRecord;
import io.hindsight.model.Quarter;
import io.hindsight.model.SectionKind;
import io.hindsight.model.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Hostile postmortem text everywhere the report shows text: escaped, never markup; bad links dropped. */
class EscapingTest {
    static final String SCRIPT = "<script>alert('t')</script>";
    static final String HOSTILE_ID = "x\"><script>alert(1)</script>";

    static Review hostile() {
        Quarter q = Quarter.parse("2026-Q3");
        IncidentRecord a = incident(HOSTILE_ID, "2026-07-02").title(SCRIPT + " <img src=x onerror=alert(2)>")
                .severity(Severity.SEV1).services("<img src=x onerror=alert(3)>", "api\" onmouseover=\"alert(4)")
                .detection(DetectionMethod.ALERT).ttd(5).ttm(30).ttr(60).rootCause("r").status("<!-- Draft")
                .action("1'><svg onload=alert(5)>", "[click me](javascript:alert(6)) and [ok](https://example.com/a?b=1&c=\"2\") "
                        + "<b onmouseover=alert(7)>bold</b> [data](data:text/html,<script>alert(8)</script>) "
                        + "[spaced](java\tscript:alert(9)) mailto:sre@example.com", "\"><svg onload=alert(10)>", "2026-07-10", "P1", "Open")
                .warnings("<style>body{display:none}</style>")
                .clusters("c1").quality(50, List.of(SectionKind.LESSONS_LEARNED), "<script>alert(11)</script>").build();
        IncidentRecord b = incident("b", "2026-08-01").title("ok").severity(Severity.SEV2).services("<iframe src=//evil.example>")
                .detection(DetectionMethod.CUSTOMER_REPORT).ttd(9).ttm(40).ttr(80).clusters("c1").quality(70, List.of()).build();
        CauseSummary c = new CauseSummary("c1", "</td><script>alert(12)</script>", List.of("<b>"), 2, List.of(HOSTILE_ID, "b"),
                new TreeMap<>(Map.of("2026-Q3", 2)), "t<1>", "<iframe src=//evil.example></iframe>",
                "JaVaScRiPt:alert(13) [x](JAVASCRIPT:alert(14)) <a href=\"javascript:alert(15)\">a</a>", "rising\"><script>");
        RunStats run = new RunStats(3, 2, 1, new TreeMap<>(Map.of("<svg>", 1L)), 1, 2,
                List.of(new RunStats.Reject("<script>alert(16)</script>.md", "<b>bad</b>", "<a href=javascript:alert(17)>x</a>")));
        List<IncidentRecord> incidents = List.of(a, b);
        return Reviews.build(new ReviewInput(q, LocalDate.parse("2026-10-01"), 4, incidents,
                incidents.stream().map(Reviews::digestOf).toList(), List.of(c),
                List.of(new ReviewInput.CommonFactorLine("c1", "<marquee>factor</marquee>", 2, 2)),
                List.of(new ReviewInput.InvestmentLine("<i>theme</i>", "[Do it](javascript:alert(18)) <script>", 2,
                        List.of("<img src=x onerror=alert(19)>"))),
                run, false));
    }

    private static final String HTML = ReportRenderer.render(hostile());
    private static final String TEXT = Html.text(HTML);

    @Test
    void noMarkupFromThePostmortemsSurvives() {
        assertThat(TEXT).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<svg")
                .doesNotContainIgnoringCase("<iframe").doesNotContainIgnoringCase("<marquee").doesNotContain("<b>")
                .doesNotContain("<i>").doesNotContain("<!--");
        assertThat(TEXT.split("<style>", -1)).hasSize(2);                  // only the report's own style sheet
        assertThat(TEXT.split("<img ", -1).length - 1).isEqualTo(Html.images(HTML).size());
        assertThat(Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE).matcher(TEXT).find()).isFalse();
        // escaped, so shown as text
        assertThat(TEXT).contains("&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;")
                .contains("&lt;img src&#x3D;x onerror&#x3D;alert(3)&gt;")
                .contains("api&quot; onmouseover&#x3D;&quot;alert(4)");
    }

    @Test
    void onlyHttpHttpsAndMailtoLinksAreKept() {
        List<String> urls = Html.urls(HTML);
        assertThat(urls).noneMatch(u -> u.toLowerCase(java.util.Locale.ROOT).contains("javascript"))
                .noneMatch(u -> u.startsWith("href=data:"))
                .contains("href=https://example.com/a?b=1&c=\"2\"".replace("\"", "&quot;"))
                .contains("href=mailto:sre@example.com");
        for (String u : urls) {
            assertThat(u).matches("src=data:image/png;base64,.*|href=#[A-Za-z0-9_-]+|href=https?://.+|href=mailto:.+@.+");
        }
        // the labels of dropped links stay, as text
        assertThat(TEXT).contains("click me").contains("Do it");
    }

    @Test
    void hostileIdsMakeSafeAnchorsThatLinksFind() {
        String anchor = "incident-x---script-alert-1---script-";
        assertThat(TEXT).contains("<tr id=\"" + anchor + "\">").contains("href=\"#" + anchor + "\"");
        assertThat(TEXT).contains("x&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void chartTextAlternativesAreEscapedToo() {
        // the causes chart's alt names the first cause, the service chart's alt the services
        assertThat(TEXT).contains("first: &lt;/td&gt;&lt;script&gt;alert(12)&lt;/script&gt;.")
                .contains("&lt;iframe src&#x3D;//evil.example&gt;");
    }
}
