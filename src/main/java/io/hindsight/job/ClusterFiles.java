package io.hindsight.job;

import io.hindsight.analyse.causes.CauseCluster;
import io.hindsight.analyse.causes.Taxonomy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The rows of {@code factors.jsonl} and {@code clusters.json} (CONTRACT section 3), in output order. */
final class ClusterFiles {
    private ClusterFiles() {
    }

    /** The {@code factors.jsonl} object of a contributing factor (root causes are clustered too, but are not factors). */
    static Map<String, Object> factorRow(String incidentId, String text, String clusterId, String theme) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("incident_id", incidentId);
        m.put("text", text);
        m.put("cluster_id", clusterId);
        m.put("theme", theme);
        return m;
    }

    static List<Map<String, Object>> clusters(List<CauseCluster> clusters, Taxonomy t) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (CauseCluster k : clusters) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", k.id());
            m.put("label", k.label());
            m.put("top_terms", k.topTerms());
            m.put("size", k.size());
            m.put("incident_ids", k.incidentIds());
            m.put("count_by_quarter", k.countByQuarter());
            m.put("theme", k.theme());
            m.put("theme_name", t.theme(k.theme()).map(th -> th.name()).orElse(k.theme()));
            m.put("example", k.example());
            m.put("trend", k.trend().name().toLowerCase(Locale.ROOT));
            out.add(m);
        }
        return out;
    }
}
