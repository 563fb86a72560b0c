package io.hindsight.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A hurried note's items on one line ({@link InlineItems}). */
class InlineItemsTest {
    @Test
    void numberedBoxedAndSeparatedItemsAreSplit() {
        assertThat(InlineItems.split(List.of("1) revert key format (done 03-30) 2) sandbox test for retry path (in progress) 3) dup alert")))
                .containsExactly("revert key format (done 03-30)", "sandbox test for retry path (in progress)", "dup alert");
        assertThat(InlineItems.split(List.of("(1) no disk alerts on kafka nodes, dashboard only (2) retention change not capacity-checked")))
                .containsExactly("no disk alerts on kafka nodes, dashboard only", "retention change not capacity-checked");
        assertThat(InlineItems.split(List.of("[x] move batch to 02:00 \u00b7 [ ] lag alert at 60s not 300s \u00b7 [ ] throttle batch")))
                .containsExactly("[x] move batch to 02:00", "[ ] lag alert at 60s not 300s", "[ ] throttle batch");
        assertThat(InlineItems.split(List.of("disk alerts on all brokers (done) | capacity check in template (open) | 3rd disk (ordered)")))
                .hasSize(3);
        assertThat(InlineItems.split(List.of("pin sdk before bumps (jk, done) / canary mandatory for checkout-api (dana) / 5xx monitor (mp)")))
                .hasSize(3);
        assertThat(InlineItems.split(List.of("\u2022 retries count as accepted", "\u2022 no alert on provider errors")))
                .containsExactly("retries count as accepted", "no alert on provider errors");
    }

    @Test
    void pointsCountedInWordsAreSplitAtTheirOrdinals() {
        assertThat(InlineItems.counted("We see three. First, the checklist had no step for it. Secondly the notice went to an unread mailbox. "
                + "Finally, nothing tests payments in production."))
                .containsExactly("The checklist had no step for it.", "The notice went to an unread mailbox.", "Nothing tests payments in production.");
        // an ordinal out of order ends nothing: "Third" before "Second" is no count, and one ordinal is no list
        assertThat(InlineItems.counted("First, the alert was late. Third-party status pages were quiet.")).isEmpty();
        assertThat(InlineItems.counted("The first alert fired late. A second one never fired.")).isEmpty();
        assertThat(InlineItems.counted("Finally, we rolled back.")).isEmpty();
    }

    @Test
    void proseOneItemAndASignatureAreNoList() {
        assertThat(InlineItems.split(List.of("We will add an alert. Then we review the runbook / checklist together."))).isEmpty();
        assertThat(InlineItems.split(List.of("Add an alert on replica lag above 60 seconds"))).isEmpty();
        assertThat(InlineItems.split(List.of("--", "Femi Adeyemi", "Operations Systems \u00b7 Metro Transit", "Desk hours 07:00-15:30 \u00b7 +1 416 555 0134")))
                .isEmpty();
        assertThat(InlineItems.split(List.of("read/write split \u00b7 done"))).isEmpty(); // a lone status is no item
        assertThat(InlineItems.split(List.of("2) only the second number"))).isEmpty();
        assertThat(InlineItems.split(List.of("We will add read/write split monitoring to the primary / replica dashboards owned by the DBA team.")))
                .isEmpty();
    }

    @Test
    void aHurriedNotesLineOfItemsIsCountedWithTheirStatuses() {
        FilePipeline.Result r = new FilePipeline().run("note.md", """
                # P2 - ledger replica lag

                2026-02-17 \u00b7 times UTC

                - 08:55 interest batch starts
                - 09:22 replica lag alert fires, on-call paged
                - 10:05 reads failed over to replica-b, balances correct

                contributing: (1) batch writes 6x normal WAL (2) one replica only

                AIs: [x] move batch to 02:00 \u00b7 [ ] lag alert at 60s \u00b7 [ ] keep replica-b in rotation

                follow-ups: add jitter to backoff \u2014 shipped in #4471 \u2705 \u00b7 per-tenant cap as config \u2014 open
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        io.hindsight.model.Incident i = r.parsed().get(0).incident();
        assertThat(i.contributingFactors()).hasSize(2);
        assertThat(i.actionItems()).extracting(a -> a.status().map(Enum::name).orElse("-"))
                .containsExactly("DONE", "OPEN", "OPEN", "DONE", "OPEN");
    }
}
