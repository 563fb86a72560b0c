package io.hindsight.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.ingest.MarkdownDocument;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Collections that reach the outputs iterate in an order fixed by the data, never by the JVM
 * (Set.of and Map.copyOf randomise theirs per process, which broke cluster-vs-local equality).
 */
class DeterministicOrderTest {
    @Test
    void sectionsIterateInDeclarationOrder() {
        Incident i = new Incident("x", "x.md", SourceFormat.MARKDOWN, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(), List.of(),
                Timings.NONE, OptionalLong.empty(), Impact.NONE, Optional.empty(), Optional.empty(), List.of(), List.of(),
                List.of(), List.of(), List.of(), Set.of(SectionKind.TIMELINE, SectionKind.METADATA, SectionKind.IMPACT), List.of());
        assertThat(i.sections()).containsExactly(SectionKind.METADATA, SectionKind.IMPACT, SectionKind.TIMELINE);
    }

    @Test
    void frontMatterKeepsTheDocumentsKeyOrder() {
        Map<String, Object> fm = new LinkedHashMap<>();
        for (String k : List.of("zeta", "incident_date", "date", "alpha", "id")) {
            fm.put(k, k);
        }
        assertThat(new MarkdownDocument(fm, List.of(), List.of()).frontMatter().keySet())
                .containsExactly("zeta", "incident_date", "date", "alpha", "id");
    }
}
