package io.hindsight.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CONTRACT section 4's worked example, from the guide's own text, must come out exactly. */
class WorkedExampleTest {
    @Test
    void guideExampleMatchesContract() throws Exception {
        Path root = Path.of(getClass().getResource("/guide").toURI());
        List<JsonNode> incidents = GoldenFiles.extract(root, root.resolve("worked-example.md"));
        assertThat(incidents).hasSize(1);
        JsonNode i = incidents.get(0);
        assertThat(i.get("title").asText()).isEqualTo("Primary Database Connection Pool Exhaustion");
        assertThat(i.get("date").asText()).isEqualTo("2026-02-12");
        assertThat(i.get("quarter").asText()).isEqualTo("2026-Q1");
        assertThat(i.get("started_at").asText()).isEqualTo("2026-02-12T09:32:00Z");
        assertThat(i.get("detected_at").asText()).isEqualTo("2026-02-12T09:47:00Z");
        assertThat(i.get("acknowledged_at").asText()).isEqualTo("2026-02-12T09:48:00Z");
        assertThat(i.get("declared_at").asText()).isEqualTo("2026-02-12T09:55:00Z");
        assertThat(i.get("identified_at").asText()).isEqualTo("2026-02-12T10:18:00Z");
        assertThat(i.get("rollback_started_at").asText()).isEqualTo("2026-02-12T10:25:00Z");
        assertThat(i.get("mitigated_at").asText()).isEqualTo("2026-02-12T10:41:00Z");
        assertThat(i.get("resolved_at").asText()).isEqualTo("2026-02-12T11:15:00Z");
        assertThat(i.get("closed_at").asText()).isEqualTo("2026-02-12T11:32:00Z");
        assertThat(i.get("ttd_minutes").asInt()).isEqualTo(15);
        assertThat(i.get("tta_minutes").asInt()).isEqualTo(1);
        assertThat(i.get("time_to_declare_minutes").asInt()).isEqualTo(8);
        assertThat(i.get("time_to_identify_minutes").asInt()).isEqualTo(23);
        assertThat(i.get("time_to_rollback_minutes").asInt()).isEqualTo(38);
        assertThat(i.get("rollback_duration_minutes").asInt()).isEqualTo(16);
        assertThat(i.get("ttm_minutes").asInt()).isEqualTo(69);
        assertThat(i.get("ttr_minutes").asInt()).isEqualTo(103);
        assertThat(i.get("duration_minutes").asInt()).isEqualTo(120);
        assertThat(i.get("stated_duration_minutes").asInt()).isEqualTo(105);
        assertThat(i.get("severity").asText()).isEqualTo("SEV1");
        assertThat(i.get("users_affected").asLong()).isEqualTo(42000);
        assertThat(i.get("users_affected_pct").asDouble()).isEqualTo(100.0);
        assertThat(i.get("failed_requests").asLong()).isEqualTo(1_200_000);
        assertThat(i.get("revenue_loss_usd").asLong()).isEqualTo(38000);
        assertThat(i.get("slo_breached").asBoolean()).isTrue();
        assertThat(i.get("support_tickets").asInt()).isEqualTo(312);
        assertThat(i.get("detection_method").asText()).isEqualTo("alert");
        assertThat(i.get("contributing_factors")).hasSize(4);
        assertThat(i.get("contributing_factors").get(0).asText()).startsWith("No query review in CI");
        assertThat(i.get("action_items")).hasSize(6);
        assertThat(i.get("action_items").findValuesAsText("status")).filteredOn("done"::equals).hasSize(3);
        assertThat(i.get("postmortem_lag_days").asInt()).isEqualTo(2);
        assertThat(i.get("author").asText()).isEqualTo("Sarah Chen");
        assertThat(i.get("participants")).hasSize(4);
        assertThat(i.get("warnings")).isEmpty();
    }
}
