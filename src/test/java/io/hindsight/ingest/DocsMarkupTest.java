package io.hindsight.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Documentation sites' blocks read as the Markdown they hold ({@link DocsMarkup}). */
class DocsMarkupTest {
    @Test
    void mkdocsTabsAndAdmonitionsBecomeHeadingsOverTheirDedentedContent() {
        String md = DocsMarkup.toMarkdown("""
                # products-v14 hit the field limit

                !!! abstract "Summary"

                    New listings stopped appearing in search.

                === "Timeline"

                    - `09:52` `IndexerDLQGrowth` pages search on-call
                    - `09:55` Karim acks

                !!! note

                    An untitled note.

                Back to plain text.
                """);
        assertThat(md).contains("## Summary\n\n\nNew listings stopped appearing in search.")
                .contains("## Timeline\n\n\n- `09:52` `IndexerDLQGrowth` pages search on-call\n- `09:55` Karim acks")
                .contains("\nAn untitled note.")
                .doesNotContain("!!!").doesNotContain("===")
                .contains("Back to plain text.");
    }

    @Test
    void docusaurusBlocksLoseTheirFences() {
        String md = DocsMarkup.toMarkdown("""
                :::danger Impact
                Checkout failed for 14% of sessions.
                :::
                """);
        assertThat(md).isEqualTo("## Impact\n\nCheckout failed for 14% of sessions.\n\n");
    }

    @Test
    void aTimelineInATabIsReadAsOne() throws Exception {
        MarkdownDocument doc = new MarkdownReader().read("""
                # Search outage

                === "Timeline"

                    - 09:52 alert pages search on-call
                    - 09:55 Karim acks
                """);
        assertThat(doc.sections()).extracting(Section::heading).contains("Timeline");
        assertThat(doc.sections().stream().filter(s -> s.heading().equals("Timeline")).findFirst().orElseThrow().blocks())
                .anySatisfy(b -> assertThat(b).isInstanceOf(Block.ListBlock.class));
    }
}
