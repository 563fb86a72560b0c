package io.hindsight.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables pasted as raw HTML into Markdown ({@link HtmlTables}). */
class HtmlTablesTest {
    @Test
    void headerCellsRowsAndDecodedText() {
        List<Block.Table> tables = HtmlTables.read("""
                <table>
                  <thead><tr><th>Time (PDT)</th><th>What happened</th></tr></thead>
                  <tbody>
                    <tr><td>8:30 AM</td><td>Flag <code>promo-v2</code> ramped 25% &rarr; 100%</td></tr>
                    <tr><td>9:14 AM</td><td>429 rate &gt; 5%<br>pages pricing on-call</td></tr>
                  </tbody>
                </table>
                """);
        assertThat(tables).singleElement().satisfies(t -> {
            assertThat(t.header()).containsExactly("Time (PDT)", "What happened");
            assertThat(t.rows()).containsExactly(
                    List.of("8:30 AM", "Flag promo-v2 ramped 25% \u2192 100%"),
                    List.of("9:14 AM", "429 rate > 5% pages pricing on-call"));
        });
    }

    @Test
    void withoutHeaderCellsTheFirstRowIsTheHeader() {
        List<Block.Table> tables = HtmlTables.read("<table><tr><td>Time</td><td>Event</td></tr><tr><td>10:02</td><td>Deploy</td></tr></table>");
        assertThat(tables).singleElement().satisfies(t -> {
            assertThat(t.header()).containsExactly("Time", "Event");
            assertThat(t.rows()).containsExactly(List.of("10:02", "Deploy"));
        });
    }

    @Test
    void htmlWithoutATableHoldsNone() {
        assertThat(HtmlTables.mayHold("<details><summary>More</summary></details>")).isFalse();
        assertThat(HtmlTables.read("<div>not a table</div>")).isEmpty();
    }

    @Test
    void aMarkdownDocumentReadsItsHtmlTableAsATable() throws Exception {
        MarkdownDocument doc = new MarkdownReader().read("""
                # Postmortem: promo codes rejected

                ## Timeline

                <table>
                <tr><th>Time</th><th>Event</th></tr>
                <tr><td>09:05</td><td>Support escalates</td></tr>
                </table>
                """);
        assertThat(doc.sections().get(1).blocks()).singleElement().isInstanceOf(Block.Table.class);
    }

    @Test
    void aHeadOfPlainCellsIsTheHeader() {
        List<Block.Table> tables = HtmlTables.read(
                "<table><thead><tr><td>When</td><td>What</td></tr></thead><tbody><tr><td>10:02</td><td>Deploy</td></tr></tbody></table>");
        assertThat(tables).singleElement().satisfies(t -> assertThat(t.header()).containsExactly("When", "What"));
    }
}
