package io.hindsight.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hindsight.model.Impact;
import io.hindsight.model.Incident;
import io.hindsight.model.SourceFormat;
import io.hindsight.model.Timings;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SimilarIncidentsTest {
    static Incident incident(String id, String title, String rootCause, String... factors) {
        return new Incident(id, id + ".md", SourceFormat.MARKDOWN, Optional.of(title), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(), List.of(),
                Timings.NONE, OptionalLong.empty(), Impact.NONE, Optional.empty(), Optional.of(rootCause), List.of(factors),
                List.of(), List.of(), List.of(), List.of(), Set.of(), List.of());
    }

    private static final List<Incident> CORPUS = List.of(
            incident("A", "Checkout down after TLS certificate expired", "The wildcard certificate on the edge expired; renewal job failed silently",
                    "No alert on certificate expiry", "Renewal runbook outdated"),
            incident("B", "Orders API 503s from connection pool exhaustion", "A slow query held database connections until the pool ran out",
                    "No statement timeout", "Staging data volume too small"),
            incident("C", "Search outage after config push", "An unreviewed search config change removed the synonym filter",
                    "Config pushed without review", "No canary for config"));

    @Test
    void findsTheIncidentWithTheSameCauseFirst() throws Exception {
        Incident draft = incident("NEW", "Payments API errors: expired certificate", "The mTLS client certificate expired over the weekend",
                "Certificate expiry was not monitored");
        try (SimilarIncidents index = new SimilarIncidents(CORPUS)) {
            List<SimilarIncidents.Match> matches = index.like(draft, 2);
            assertThat(matches).hasSize(2);
            assertThat(matches.get(0).incident().id()).isEqualTo("A");
            assertThat(matches.get(0).score()).isGreaterThan(matches.get(1).score());
        }
    }

    @Test
    void leavesTheDraftItselfOut() throws Exception {
        try (SimilarIncidents index = new SimilarIncidents(CORPUS)) {
            assertThat(index.like(CORPUS.get(1), 5)).extracting(m -> m.incident().id()).doesNotContain("B");
        }
    }

    @Test
    void rejectsABadLimit() throws Exception {
        try (SimilarIncidents index = new SimilarIncidents(CORPUS)) {
            assertThatThrownBy(() -> index.like(CORPUS.get(0), 0)).hasMessageContaining("limit must be >= 1, got 0");
        }
    }
}
