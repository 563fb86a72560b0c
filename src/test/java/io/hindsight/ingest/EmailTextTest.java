package io.hindsight.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Mail headers, attributions and quote markers go; the postmortem inside stays Markdown. */
class EmailTextTest {
    @Test
    void aMarkdownPostmortemOpeningWithFieldLinesIsNoMail() {
        assertThat(EmailText.looksLike("Date: 2026-03-01\nSeverity: SEV2\n\n# Postmortem: x\n")).isFalse();
        assertThat(EmailText.looksLike("# Postmortem: x\n\nFrom: the on-call\nSubject: deploys\n")).isFalse();
    }

    @Test
    void outlookHeadersCountAsAMailToo() {
        assertThat(EmailText.looksLike("From: Ana\nSent: Tuesday, March 3, 2026 4:47 PM\nTo: SRE\nSubject: PIR: checkout\n\nHi,\n")).isTrue();
    }

    @Test
    void headersAttributionsAndQuoteMarkersGoAndNestedQuotesUnwrap() {
        String md = EmailText.toMarkdown("""
                From: Owen <owen@example.com>
                Subject: Re: Re: [Postmortem] Lab results delayed
                Date: Mon, 24 Aug 2026 14:26:09 +0100

                Thanks, corrected.

                > On Mon, 24 Aug 2026 at 11:52, Grace <grace@example.com> wrote:
                >
                > One correction to item 3.
                >
                >> On Mon, 24 Aug 2026 at 09:30, Owen <owen@example.com> wrote:
                >>
                >> ## Timeline
                >>
                >> 1. 23:49 PagerDuty fires
                """);
        assertThat(md).startsWith("# [Postmortem] Lab results delayed\n");
        assertThat(md).doesNotContain("From:", "Date:", "wrote:", ">");
        assertThat(md).contains("\n## Timeline\n", "\n1. 23:49 PagerDuty fires");
        assertThat(md).contains("Thanks, corrected.", "One correction to item 3.");
    }

    @Test
    void aForwardedMessagesHeadersGoAndTheTextsOwnTitleIsKept() {
        String md = EmailText.toMarkdown("""
                From: Chloe <c@example.com>
                Subject: Fwd: Outage

                FYI.

                ---------- Forwarded message ---------
                From: Femi <f@example.com>
                Date: Thu, Oct 15, 2026 at 4:18 PM
                Subject: Outage

                # Postmortem: Arrivals frozen
                """);
        assertThat(md).doesNotContain("Forwarded message", "Femi", "Oct 15");
        assertThat(md.lines().filter(l -> l.startsWith("# "))).containsExactly("# Postmortem: Arrivals frozen");
    }

    @Test
    void aMailsRulesSetBlocksApartInsteadOfMakingThemHeadings() {
        String md = EmailText.toMarkdown("""
                From: Colleen Ashby
                Subject: RE: [Incident] Stale dashboards - writeup

                ==========================================================
                INCIDENT WRITEUP: Customer dashboards stale
                Date: Tue 6/23/2020
                Sev: Sev2
                ==========================================================

                WHAT HAPPENED
                """);
        assertThat(md).doesNotContain("=====").contains("\nINCIDENT WRITEUP: Customer dashboards stale\nDate: Tue 6/23/2020\nSev: Sev2\n\n");
    }
}
