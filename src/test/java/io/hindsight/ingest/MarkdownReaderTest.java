package io.hindsight.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** One reader serves a whole partition, so nothing of a bad file may leak into the next. */
class MarkdownReaderTest {
    private final MarkdownReader reader = new MarkdownReader();

    @Test
    void hugosTomlFrontMatterIsReadWithItsDatesAsWritten() throws Exception {
        MarkdownDocument doc = reader.read("+++\ntitle = \"Builds queued\"\ndate = 2026-03-06T11:00:00-08:00\ntags = [\"incident\"]\n+++\n\n# Outage\n\nText.\n");
        assertThat(doc.frontMatter()).containsEntry("title", "Builds queued").containsKey("tags");
        assertThat(String.valueOf(doc.frontMatter().get("date"))).startsWith("2026-03-06T11:00");
        assertThat(doc.sections()).extracting(Section::heading).contains("Outage");

        assertThatThrownBy(() -> reader.read("+++\ntitle = \"unclosed\n+++\n# X\n"))
                .isInstanceOf(MarkdownReader.FrontMatterException.class).hasMessageContaining("not valid TOML");
        // a "+++" line with no closing fence is no front matter: the text is the document's
        assertThat(reader.read("+++\n# Outage\n\nText.\n").frontMatter()).isEmpty();
    }

    @Test
    void aBrokenFrontMatterLeavesTheReaderAsItWas() throws Exception {
        String good = "---\nid: INC-1\nseverity: SEV2\n---\n# Outage\n\nText.\n";
        assertThat(reader.read(good).frontMatter()).containsEntry("id", "INC-1").containsEntry("severity", "SEV2");

        assertThatThrownBy(() -> reader.read("---\nid: [unclosed\n---\n# X\n"))
                .isInstanceOf(MarkdownReader.FrontMatterException.class).hasMessageContaining("not valid YAML");
        String bomb = "---\na: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\nd: &d [*c, *c]\ne: &e [*d, *d]\nf: &f [*e, *e]\n"
                + "g: &g [*f, *f]\nh: &h [*g, *g]\ni: &i [*h, *h]\nj: &j [*i, *i]\nk: &k [*j, *j]\n---\n# X\n";
        assertThatThrownBy(() -> reader.read(bomb)).isInstanceOf(MarkdownReader.FrontMatterException.class);
        assertThatThrownBy(() -> reader.read("---\n- a list\n- not a map\n---\n# X\n"))
                .isInstanceOf(MarkdownReader.FrontMatterException.class).hasMessageContaining("not a YAML mapping");

        MarkdownDocument again = reader.read("---\nid: INC-2\n---\n# Outage\n\nText.\n");
        assertThat(again.frontMatter()).containsOnlyKeys("id").containsEntry("id", "INC-2");
        assertThat(reader.read(good).frontMatter()).containsOnlyKeys("id", "severity");
    }

    @Test
    void aChatWritersNickInAngleBracketsIsTextButHtmlStaysOut() throws Exception {
        String text = reader.read("# Log\n\n- [14:02] <maria> seeing 502s <b>now</b> <script>x</script>\n").plainText();
        assertThat(text).contains("<maria> seeing 502s").doesNotContain("<b>").doesNotContain("<script>");
        assertThat(MarkdownReader.isChatNick("<pagerduty>")).isTrue();
        assertThat(MarkdownReader.isChatNick("<details>")).isFalse();
        assertThat(MarkdownReader.isChatNick("<a href=\"x\">")).isFalse();
    }

    @Test
    void linesAWikiJoinedWithBreakTagsAreLines() throws Exception {
        MarkdownDocument d = reader.read("# Log\n\n## Timeline\n\n09:12 — receipts lag<br>09:20 — alert pages Rahul<br/>09:23 — Rahul acks\n");
        Block.Paragraph p = d.sections().stream().flatMap(x -> x.blocks().stream()).filter(Block.Paragraph.class::isInstance)
                .map(Block.Paragraph.class::cast).findFirst().orElseThrow();
        assertThat(p.lines()).containsExactly("09:12 — receipts lag", "09:20 — alert pages Rahul", "09:23 — Rahul acks");
    }
}
