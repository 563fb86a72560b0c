package io.hindsight.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Old wikis' markup read as the Markdown it stands for ({@link WikiMarkup}). */
class WikiMarkupTest {
    @Test
    void mediaWikiHeadingsBoldListsAndTablesBecomeMarkdown() {
        String wiki = """
                = Payroll export stalled - 4 March 2020 =

                [[Category:Outages]] [[Category:2020]]

                === Summary ===

                The nightly export to the bank stopped. See [[Runbooks/Payroll|the runbook]].

                * '''Date:''' 3/4/2020
                ** nested note

                === Timeline ===

                {| class="wikitable"
                ! Time !! Event
                |-
                | 01:10 || export job starts
                |-
                | 01:42 || job fails, ''no alert''
                |}

                # first step
                # second step
                """;
        assertThat(WikiMarkup.looksLike(wiki)).isTrue();
        String md = WikiMarkup.toMarkdown(wiki);
        assertThat(md).contains("# Payroll export stalled - 4 March 2020").contains("### Summary").contains("### Timeline")
                .contains("See the runbook.").contains("- **Date:** 3/4/2020").contains("  - nested note")
                .contains("| Time | Event |\n|---|---|\n| 01:10 | export job starts |\n| 01:42 | job fails, *no alert* |")
                .contains("1. first step\n1. second step")
                .doesNotContain("Category").doesNotContain("{|").doesNotContain("'''");
    }

    @Test
    void dokuWikiHeadingsCountDownAndItsTablesKeepTheirHeaderRow() {
        String wiki = """
                ====== Incident: downloads denied ======

                ===== Overview =====

                ^ Date | 2022-06-07 |
                ^ Severity | Sev 3 |

                **Date:** 2022-06-07 (Tue)\\\\
                **Lead:** Rhiannon

                ===== Timeline =====

                ^ Time (GMT) ^ What ^
                | 10:02 | ''terraform apply'' on the CDN workspace |
                """;
        assertThat(WikiMarkup.looksLike(wiki)).isTrue();
        String md = WikiMarkup.toMarkdown(wiki);
        assertThat(md).contains("# Incident: downloads denied").contains("## Overview").contains("## Timeline")
                .contains("- **Date:** 2022-06-07\n- **Severity:** Sev 3")
                .contains("**Date:** 2022-06-07 (Tue)  \n")
                .contains("| Time (GMT) | What |\n|---|---|\n| 10:02 | `terraform apply` on the CDN workspace |");
    }

    @Test
    void aMarkdownTitleIssueNumbersAndCodeStayAsWritten() {
        String md = WikiMarkup.toMarkdown("""
                # Redis outage

                == Summary ==

                #4471 closed the gap.

                == Fix ==

                ```bash
                # flush the cache
                redis-cli FLUSHALL
                ```
                """);
        assertThat(md).startsWith("# Redis outage").contains("#4471 closed the gap.").contains("```bash\n# flush the cache\n");
    }

    @Test
    void markdownWithASetextTitleOrOneEqualsLineIsNoWiki() {
        assertThat(WikiMarkup.looksLike("Checkout outage\n===============\n\n## Timeline\n\n- 10:00 deploy\n")).isFalse();
        assertThat(WikiMarkup.looksLike("# Title\n\n== Only one wiki heading ==\n\nText a == b\n")).isFalse();
        assertThat(WikiMarkup.looksLike("= Only a title =\ntext")).isFalse();
        assertThat(WikiMarkup.looksLike("= Title =\n== Summary ==")).isTrue();
    }
}
