package io.hindsight.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.ingest.Block;
import org.junit.jupiter.api.Test;

class PastedTableTest {
    @Test
    void tabSeparatedRowsUnderAHeaderAreATable() {
        Block.Table t = PastedTable.of("""
                time\tsource\tevent
                22:40:05\tpg_stat_activity\tfinance export starts on replica-2
                23:00:00\tscheduler\tinvoice-run starts
                23:52:10\tpagerduty\tInvoiceTotalsMismatch paged billing on-call
                """).orElseThrow();
        assertThat(t.header()).containsExactly("time", "source", "event");
        assertThat(t.rows()).hasSize(3);
        assertThat(t.rows().get(1)).containsExactly("23:00:00", "scheduler", "invoice-run starts");
    }

    @Test
    void csvKeepsQuotedCommasAndDoubledQuotesInOneCell() {
        Block.Table t = PastedTable.of("""
                Date,Time (UTC),Event,Owner
                2026-05-19,10:02,"Edge config v188 activated (cache rules cleanup, WEB-1432)",Ruth
                2026-05-19,10:26,"Support ticket: customer sees ""another"" person's orders",Support
                2026-05-19,,,
                2026-05-19,12:15,"Incident closed",Ruth
                """).orElseThrow();
        assertThat(t.header()).containsExactly("Date", "Time (UTC)", "Event", "Owner");
        assertThat(t.rows().get(0).get(2)).isEqualTo("Edge config v188 activated (cache rules cleanup, WEB-1432)");
        assertThat(t.rows().get(1).get(2)).isEqualTo("Support ticket: customer sees \"another\" person's orders");
    }

    @Test
    void rowsWithoutAHeaderGetABlankOne() {
        Block.Table t = PastedTable.of("""
                06:12:30\tsms-gw\tdelivery receipts start timing out
                06:27:41\tpagerduty\tOTPSuccessRateLow fired, paged identity on-call
                06:31:02\tpagerduty\tacked by Lea
                """).orElseThrow();
        assertThat(t.header()).containsExactly("", "", "");
        assertThat(t.rows()).hasSize(3);
    }

    @Test
    void aChatLogOrProseInACodeBlockIsNoTable() {
        assertThat(PastedTable.of("""
                10:02 alice: we're seeing errors, checking
                10:04 bob: on it
                10:07 alice: rolled back, errors dropping, watching
                """)).isEmpty();
        assertThat(PastedTable.of("""
                ERROR 2026-03-01 connection refused, retrying
                WARN pool exhausted, waiting
                INFO recovered
                """)).isEmpty();
    }
}
