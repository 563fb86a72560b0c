package io.hindsight.job;

import io.hindsight.analyse.Comparison;
import io.hindsight.analyse.Headline;
import io.hindsight.analyse.Review;
import io.hindsight.analyse.ReviewInput;
import io.hindsight.analyse.Reviews;
import io.hindsight.analyse.actions.FollowThrough;
import io.hindsight.analyse.timing.Distribution;
import io.hindsight.report.ReportRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Computes the review and writes {@code report.html}; returns the headline numbers for
 * {@code summary.json}, taken from the same {@link Review} the report shows.
 */
final class ReportStage {
    private static final Pattern IMG = Pattern.compile("<img\\b[^>]*src=\"data:image/png;base64,");

    private ReportStage() {
    }

    record Written(Map<String, Object> headline, long bytes, int charts) {
    }

    static Written write(ReviewInput input, OutputFolder out) throws IOException {
        Review review = Reviews.build(input);
        byte[] html = ReportRenderer.render(review).getBytes(StandardCharsets.UTF_8);
        try (OutputStream o = out.create("report.html")) {
            o.write(html);
        }
        int charts = 0;
        Matcher m = IMG.matcher(new String(html, StandardCharsets.UTF_8));
        while (m.find()) {
            charts++;
        }
        return new Written(headline(review), html.length, charts);
    }

    /** The quarter's headline metrics, as summary.json shows them. */
    static Map<String, Object> headline(Review r) {
        Headline h = r.headline();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("incidents", comparison(h.incidents()));
        Map<String, Object> bySeverity = new LinkedHashMap<>();
        for (Headline.SeverityCount s : h.bySeverity()) {
            bySeverity.put(s.severity(), comparison(s.count()));
        }
        m.put("incidents_by_severity", bySeverity);
        Map<String, Object> timings = new LinkedHashMap<>();
        for (Headline.KeyTiming t : h.timings()) {
            timings.put(t.metric().fieldName(), distribution(t.quarter()));
        }
        m.put("timings", timings);
        Headline.ImpactTotals i = h.impact();
        Map<String, Object> impact = new LinkedHashMap<>();
        impact.put("users_affected", i.usersAffected());
        impact.put("failed_requests", i.failedRequests());
        impact.put("revenue_loss_usd", i.revenueLossUsd());
        impact.put("support_tickets", i.supportTickets());
        impact.put("slo_breaches", i.sloBreaches());
        m.put("impact", impact);
        FollowThrough.Backlog b = r.actions().backlog();
        Map<String, Object> actions = new LinkedHashMap<>();
        actions.put("items", b.items());
        actions.put("done", b.done());
        actions.put("not_finished", b.notFinished());
        actions.put("overdue", b.overdue());
        actions.put("stalled", b.stalled());
        actions.put("without_owner", b.withoutOwner());
        actions.put("without_due_date", b.withoutDueDate());
        actions.put("recurrences_after_done", r.actions().recurrences().afterAnyDone());
        m.put("action_items", actions);
        m.put("median_quality_score", r.quality().scores().n() == 0 ? null : r.quality().scores().median());
        return m;
    }

    private static Map<String, Object> comparison(Comparison c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("quarter", c.current());
        m.put("previous_quarter", c.previous().isPresent() ? c.previous().getAsInt() : null);
        m.put("year_ago", c.yearAgo().isPresent() ? c.yearAgo().getAsInt() : null);
        return m;
    }

    private static Map<String, Object> distribution(Distribution d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", d.n());
        m.put("median", d.n() == 0 ? null : d.median());
        m.put("p90", d.n() == 0 ? null : d.p90());
        m.put("mean", d.n() == 0 ? null : Math.round(d.mean() * 10) / 10.0);
        return m;
    }
}
