package io.hindsight.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An intranet page saved as Markdown, read as Markdown ({@link HtmlMarkup}). */
class HtmlMarkupTest {
    @Test
    void headingsFieldsListsAndParagraphsBecomeMarkdownAndTablesStayBlocks() {
        String html = """
                <h2>Post-Incident Review: basket lost at payment</h2>

                <b>Date of incident:</b> 19.06.2021 (Saturday)<br/>
                <b>Severity:</b> Major<br/>

                <h3>Impact</h3>
                <ul>
                  <li>Web bookings 312 vs ~780 expected</li>
                  <li>Revenue at risk &amp; CRO calls 2.1x</li>
                </ul>

                <h3>Timeline</h3>

                <table>
                <tr><td><b>Time</b></td><td><b>Event</b></td></tr>

                <tr><td>09.12</td><td>job sets maxmemory</td></tr>
                </table>
                """;
        assertThat(HtmlMarkup.looksLike(html)).isTrue();
        String md = HtmlMarkup.toMarkdown(html);
        assertThat(md).contains("## Post-Incident Review: basket lost at payment").contains("**Date of incident:** 19.06.2021 (Saturday)\n")
                .contains("### Impact").contains("- Web bookings 312 vs ~780 expected").contains("- Revenue at risk & CRO calls 2.1x")
                .contains("<table>\n<tr><td><b>Time</b></td><td><b>Event</b></td></tr>\n<tr><td>09.12</td>")
                .doesNotContain("<h3>").doesNotContain("<li>").doesNotContain("<br/>");
    }

    @Test
    void theReaderFindsTheSectionsOfSuchAPage() throws Exception {
        MarkdownDocument doc = new MarkdownReader().read("""
                <h2>Outage review</h2>
                <p>Copied from the old CMS.</p>
                <h3>Root cause</h3>
                <p>A missing zero in <code>maxmemory</code>.</p>
                """);
        assertThat(doc.sections()).extracting(Section::heading).containsExactly("Outage review", "Root cause");
        assertThat(doc.sections().get(1).text()).contains("A missing zero in `maxmemory`.").doesNotContain("<p>");
    }

    @Test
    void markdownWithOneHtmlTableOrDetailsIsLeftAlone() {
        assertThat(HtmlMarkup.looksLike("# Title\n\n<table><tr><td>a</td></tr></table>\n\n<details><summary>x</summary>y</details>\n")).isFalse();
        assertThat(HtmlMarkup.looksLike("# Title\n\np95 < 200 ms and <maria> said hi\n")).isFalse();
        assertThat(HtmlMarkup.looksLike("# Title\n\n```html\n<div>\n<p>Price &amp; tax</p>\n</div>\n```\n\n<p>a</p>\n")).isFalse();
        String fenced = HtmlMarkup.toMarkdown("<h2>Review</h2>\n<p>x</p>\n\n```html\n<p>Price &amp; tax</p>\n```\n");
        assertThat(fenced).contains("```html\n<p>Price &amp; tax</p>\n```").contains("## Review");
    }
}
