package io.hindsight.job;

import io.hindsight.analyse.ReviewInput;
import io.hindsight.analyse.RunStats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The content of {@code data/summary.json} (CONTRACT section 3), in a fixed key order. */
final class SummaryFile {
    private SummaryFile() {
    }

    static Map<String, Object> of(JobConfig cfg, RunStats stats, int duplicates, Map<String, Object> headline, ReviewInput input) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("files_seen", stats.filesSeen());
        m.put("parsed", stats.parsed());
        m.put("rejected", stats.rejected());
        m.put("skipped", stats.skipped());
        m.put("skipped_by_extension", stats.skippedByExtension());
        m.put("rejected_records", stats.rejects().size());
        m.put("duplicates", duplicates);
        m.put("incidents", stats.incidents());
        m.put("warnings", stats.warnings());
        m.put("quarter", cfg.quarter().toString());
        m.put("as_of", cfg.asOf().toString());
        m.put("quarters_of_history", cfg.quartersOfHistory());
        m.put("headline", headline);
        Map<String, Object> review = new LinkedHashMap<>();
        List<Map<String, Object>> common = new ArrayList<>();
        for (ReviewInput.CommonFactorLine c : input.commonFactors()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("cluster_id", c.clusterId());
            row.put("label", c.label());
            row.put("incidents", c.incidentsThisQuarter());
            row.put("incidents_overall", c.incidentsOverall());
            common.add(row);
        }
        review.put("common_factors", common);
        List<Map<String, Object>> invest = new ArrayList<>();
        for (ReviewInput.InvestmentLine i : input.investments()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("theme", i.theme());
            row.put("recommendation", i.recommendation());
            row.put("incidents", i.incidents());
            row.put("action_items", i.actionItems());
            invest.add(row);
        }
        review.put("recommended_investments", invest);
        m.put("quarterly_review", review);
        return m;
    }
}
