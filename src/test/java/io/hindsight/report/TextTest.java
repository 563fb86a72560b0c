package io.hindsight.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void markdownAndBareLinksWithAllowedSchemes() {
        assertThat(Text.segments("see [the dashboard](https://g.example/d?x=1) and https://x.example/a. Mail mailto:a@b.example"))
                .containsExactly(new Text.Segment("see ", false, ""),
                        new Text.Segment("the dashboard", true, "https://g.example/d?x=1"),
                        new Text.Segment(" and ", false, ""),
                        new Text.Segment("https://x.example/a", true, "https://x.example/a"),
                        new Text.Segment(". Mail ", false, ""),
                        new Text.Segment("mailto:a@b.example", true, "mailto:a@b.example"));
    }

    @Test
    void otherSchemesKeepOnlyTheirLabel() {
        assertThat(Text.segments("[x](javascript:alert(1))")).extracting(Text.Segment::link).containsOnly(false);
        assertThat(Text.segments("[x](JaVaScRiPt:alert(1))").get(0)).isEqualTo(new Text.Segment("x", false, ""));
        assertThat(Text.segments("[f](file:///etc/passwd)").get(0)).isEqualTo(new Text.Segment("f", false, ""));
        assertThat(Text.segments("[r](../secret.md)").get(0)).isEqualTo(new Text.Segment("r", false, ""));
        assertThat(Text.segments("javascript:alert(1)")).containsExactly(new Text.Segment("javascript:alert(1)", false, ""));
        assertThat(Text.allowed("mailto:nobody")).isFalse();
        assertThat(Text.allowed("https://")).isFalse();
        assertThat(Text.allowed("https://ok.example/\u0000")).isFalse();
        assertThat(Text.allowed("http://ok.example")).isTrue();
        assertThat(Text.segments("")).isEmpty();
        assertThat(Text.segments("plain")).isEqualTo(List.of(new Text.Segment("plain", false, "")));
    }
}
