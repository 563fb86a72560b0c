package io.hindsight.job;

import io.hindsight.analyse.causes.CauseCluster;
import io.hindsight.analyse.causes.Clustering;
import io.hindsight.analyse.causes.FactorInput;
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

    /** One object per contributing factor (root causes are clustered too, but are not factors), sorted by incident and position. */
    static List<Map<String, Object>> factorRows(List<FactorInput> sortedFactors, Clustering c) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (FactorInput f : sortedFactors) {
            if (f.rootCause()) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("incident_id", f.incidentId());
            m.put("text", f.text());
            m.put("cluster_id", c.clusterOfFactor().get(f.factorId()));
            m.put("theme", c.themeOfFactor().getOrDefault(f.factorId(), "other"));
            out.add(m);
        }
        return out;
    }

    static List<Map<String, Object>> clusters(Clustering c, Taxonomy t) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (CauseCluster k : c.clusters()) {
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
