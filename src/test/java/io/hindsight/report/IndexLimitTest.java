package io.hindsight.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.analyse.IncidentRef;
import io.hindsight.analyse.IndexRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The e-mailed report stays bounded: a huge quarter lists its most severe incidents, in date order. */
class IndexLimitTest {
    @Test
    void aSmallQuarterIsListedWhole() {
        List<IndexRow> index = rows(30);
        assertThat(ReportViewBuilder.listedInIndex(index)).isEqualTo(index);
    }

    @Test
    void aHugeQuarterKeepsTheMostSevereInDateOrder() {
        int n = ReportViewBuilder.INDEX_LIMIT * 3;
        List<IndexRow> index = rows(n);
        List<IndexRow> listed = ReportViewBuilder.listedInIndex(index);

        assertThat(listed).hasSize(ReportViewBuilder.INDEX_LIMIT);
        // every SEV1 and SEV2 is kept (a quarter of the rows each, 600 in all, more than the limit: SEV1s first)
        long sev1 = index.stream().filter(r -> r.severity().equals("SEV1")).count();
        assertThat(listed.stream().filter(r -> r.severity().equals("SEV1")).count()).isEqualTo(sev1);
        assertThat(listed).noneMatch(r -> r.severity().equals("SEV3") || r.severity().equals("unknown"));
        // the order of the index (by date) is kept
        assertThat(listed).isSortedAccordingTo((a, b) -> a.incident().date().get().compareTo(b.incident().date().get()));
        // among the SEV2s that fit, the earliest are kept
        LocalDate lastSev2 = listed.stream().filter(r -> r.severity().equals("SEV2")).map(r -> r.incident().date().get())
                .max(LocalDate::compareTo).orElseThrow();
        assertThat(index.stream().filter(r -> r.severity().equals("SEV2") && !listed.contains(r)))
                .allMatch(r -> !r.incident().date().get().isBefore(lastSev2));
    }

    private static List<IndexRow> rows(int n) {
        String[] severities = {"SEV3", "SEV1", "unknown", "SEV2"};
        List<IndexRow> out = new ArrayList<>();
        LocalDate start = LocalDate.of(2026, 7, 1);
        for (int i = 0; i < n; i++) {
            IncidentRef ref = new IncidentRef("INC-" + i, Optional.of("incident " + i), Optional.of(start.plusDays(i / 20)),
                    Optional.of("incident-" + i));
            out.add(new IndexRow(ref, severities[i % 4], List.of(), "alert", List.of(), List.of(), 80, OptionalLong.empty(),
                    OptionalLong.empty(), OptionalLong.empty(), Optional.empty(), Optional.empty(), 0, 0, 0));
        }
        return out;
    }
}
