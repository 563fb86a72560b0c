package io.hindsight.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlTextTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            <div>Major Incident declared. MIM: Karen</div>           | Major Incident declared. MIM: Karen
            &lt;p&gt;14 further calls since 08:00&lt;/p&gt;          | 14 further calls since 08:00
            Hi Gloria,<br>I'm on this &amp; will update by 8:45     | Hi Gloria, I'm on this & will update by 8:45
            <maria> seeing 502s                                      | <maria> seeing 502s
            p95 < 200 ms & rising                                    | p95 < 200 ms & rising
            """)
    void readsANotesMarkupAndLeavesOtherBracketsAlone(String written, String words) {
        assertThat(HtmlText.plain(written)).isEqualTo(words);
    }

    @org.junit.jupiter.api.Test
    void keepsANotesLinesWhenAskedTo() {
        assertThat(HtmlText.lines("<div><b>Root cause</b><br>The listener tried the offline IP first.<br><br><b>Contributing factors</b>"
                + "<ol><li>Old connection strings</li><li>No posting test after patching</li></ol></div>"))
                .isEqualTo("Root cause\nThe listener tried the offline IP first.\n\nContributing factors\n\n- Old connection strings\n- No posting test after patching");
        assertThat(HtmlText.lines("&lt;p&gt;Contributing:&lt;br /&gt;- no dual-active detection&lt;/p&gt;"))
                .isEqualTo("Contributing:\n- no dual-active detection");
    }
}
