package io.hindsight.report;

import static io.hindsight.analyse.IncidentBuilder.incident;

import io.hindsight.analyse.CauseSummary;
import io.hindsight.analyse.IncidentDigest;
import io.hindsight.analyse.Review;
import io.hindsight.analyse.ReviewInput;
import io.hindsight.analyse.Reviews;
import io.hindsight.analyse.RunStats;
import io.hindsight.model.DetectionMethod;
import io.hindsight.model.IncidentRecord;
import io.hindsight.model.Quarter;
import io.hindsight.model.Severity;
import io.hindsight.model.TimingMetric;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A realistic review input built in code: a retail platform's incidents from 2025 to 2026-Q3
 * (full records for the five quarters of the window, digests before), seven cause clusters in
 * four themes, the guide's quarterly_review block, and a run with a few rejected files.
 * Reviewed quarter 2026-Q3 as of 2026-10-01.
 *
 * <p>{@code main} renders it to {@code target/sample-report.html} (or the path given) and
 * prints the render time and size.
 */
public final class SampleReview {
    public static final Quarter QUARTER = Quarter.parse("2026-Q3");
    public static final LocalDate AS_OF = LocalDate.parse("2026-10-01");

    private SampleReview() {
    }

    /** Cluster id -> label, theme id, theme name. */
    private static final Map<String, String[]> CLUSTERS = new LinkedHashMap<>();

    static {
        CLUSTERS.put("cert-expiry", new String[] {"Certificate or secret expired, or renewed but not reloaded", "cert-lifecycle",
            "Certificate and secret lifecycle", "The renewed certificate was written to disk but the sidecar kept serving the old one until restart."});
        CLUSTERS.put("retry-storm", new String[] {"Client retries without backoff or budget amplified load", "resilience",
            "Resilience to dependency failure", "Every client retried immediately, three times, so a 2-second blip became a 6x load spike."});
        CLUSTERS.put("capacity-limits", new String[] {"Capacity or quota limits hit at peak traffic", "capacity",
            "Capacity planning", "The vCPU quota had not been raised for the sale and autoscaling stopped at 64 nodes."});
        CLUSTERS.put("config-change", new String[] {"Configuration change not validated before rollout", "change-safety",
            "Change safety", "The routing rule was edited directly in production; staging had a different provider list."});
        CLUSTERS.put("deploy-untested", new String[] {"Deployment without adequate testing", "change-safety",
            "Change safety", "The migration was tested on 12,000 rows; production has 4 million."});
        CLUSTERS.put("disk-capacity", new String[] {"Disk filled with no alert on growth", "capacity",
            "Capacity planning", "WAL segments grew for six hours; the only disk alert fired at 95%."});
        CLUSTERS.put("dependency-timeouts", new String[] {"No timeout or circuit breaker on a slow dependency", "resilience",
            "Resilience to dependency failure", "The breaker counted errors, not latency, so it never opened while calls took 30 s."});
    }

    public static List<IncidentRecord> incidents() {
        List<IncidentRecord> out = new ArrayList<>();
        // 2025-Q3 (a year before the review)
        out.add(base("INC-2025-031", "2025-07-15", "Mobile token refresh retry storm", Severity.SEV2, DetectionMethod.ALERT,
                12, 48, 95, "mobile-api", "auth").clusters("retry-storm").postmortem("2025-07-17")
                .action("1", "Exponential backoff with jitter in token refresh", "@atanaka", "2025-08-01", "P1", "Done")
                .action("2", "Server-side rate limit on /token", "@tlindqvist", "2025-08-15", "P1", "Done")
                .action("3", "Load test refresh path at 3x peak", "@atanaka", "2025-09-01", "P2", "Open").build());
        out.add(base("INC-2025-034", "2025-07-23", "Inventory database WAL disk full", Severity.SEV2, DetectionMethod.ALERT,
                6, 35, 70, "inventory").clusters("disk-capacity").postmortem("2025-07-25")
                .action("1", "Alert on disk growth rate, not only on 95%", "@nokafor", "2025-08-05", "P1", "Done")
                .action("2", "Archive WAL to object storage", "@nokafor", "2025-09-01", "P2", "Done").build());
        out.add(base("INC-2025-041", "2025-09-03", "CDN origin health check hit a removed path", Severity.SEV3,
                DetectionMethod.CUSTOMER_REPORT, 40, 60, 75, "web", "cdn").clusters("config-change").postmortem("2025-09-05")
                .action("1", "Health check path in the service contract tests", "@gwhitfield", "2025-09-20", "P2", "Done").build());
        // 2025-Q4
        out.add(base("INC-2025-047", "2025-10-07", "Apple sign-in failed after secret rotation", Severity.SEV2,
                DetectionMethod.CUSTOMER_REPORT, 55, 80, 130, "auth").clusters("cert-expiry").postmortem("2025-10-09")
                .action("1", "Track signing secrets in the certificate inventory", "@nokafor", "2025-10-31", "P1", "Done")
                .action("2", "Synthetic sign-in check per provider", "@atanaka", "2025-11-15", "P2", "Done").build());
        out.add(base("INC-2025-052", "2025-10-28", "Checkout capped by vCPU quota during autumn sale", Severity.SEV1,
                DetectionMethod.ALERT, 4, 42, 88, "checkout").clusters("capacity-limits").postmortem("2025-10-30")
                .impact(21000L, 8.0, 31000L, true)
                .action("1", "Quota review in the sale readiness checklist", "@tlindqvist", "2025-11-10", "P1", "Done")
                .action("2", "Alert at 80% of every cloud quota", "@nokafor", "2025-11-20", "P1", "Done").build());
        out.add(base("INC-2025-058", "2025-11-27", "Black Friday edge rate limit rejected checkout", Severity.SEV1,
                DetectionMethod.ALERT, 3, 25, 51, "edge", "checkout").clusters("capacity-limits").postmortem("2025-11-29")
                .impact(56000L, 14.0, 64000L, true)
                .action("1", "Per-route rate limits sized from last year's peak", "@gwhitfield", "2025-12-15", "P1", "Done")
                .action("2", "Game day before every peak event", "Grace Whitfield", "2026-01-31", "P2", "In progress").build());
        out.add(base("INC-2025-061", "2025-12-09", "Inventory bulk update regression", Severity.SEV3, DetectionMethod.INTERNAL,
                90, 120, 150, "inventory").clusters("deploy-untested").postmortem("2025-12-15")
                .action("1", "Bulk update path in the integration suite", "@atanaka", "2026-01-15", "P2", "Done").build());
        // 2026-Q1
        out.add(base("INC-2026-003", "2026-01-08", "Mobile web certificate renewed but not installed", Severity.SEV2,
                DetectionMethod.CUSTOMER_REPORT, 35, 50, 62, "web").clusters("cert-expiry").postmortem("2026-01-12")
                .action("1", "Renewal job verifies the served certificate", "@nokafor", "2026-01-31", "P1", "Done").build());
        out.add(base("INC-2026-007", "2026-01-21", "Checkout to inventory retry storm", Severity.SEV1, DetectionMethod.ALERT,
                7, 33, 74, "checkout", "inventory").minutes(TimingMetric.TIME_TO_ROLLBACK, 12).clusters("retry-storm")
                .postmortem("2026-01-23").impact(30500L, 11.0, 27000L, true)
                .action("1", "Retry budget in the checkout client", "@tlindqvist", "2026-02-15", "P1", "Done")
                .action("2", "Circuit breaker on inventory calls", "@tlindqvist", "2026-03-01", "P1", "Done").build());
        out.add(base("INC-2026-012", "2026-02-17", "Acquirer mTLS client certificate expired", Severity.SEV1, DetectionMethod.ALERT,
                9, 58, 66, "payments").clusters("cert-expiry").postmortem("2026-02-19").impact(18000L, 6.0, 41000L, true)
                .action("1", "Client certificates in the expiry dashboard", "@gwhitfield", "2026-03-01", "P1", "Done")
                .action("2", "Expiry alert 30 days ahead", "@gwhitfield", "2026-03-01", "P1", "Done").build());
        out.add(base("INC-2026-019", "2026-03-24", "Content-Security-Policy header only in production", Severity.SEV3,
                DetectionMethod.CUSTOMER_REPORT, 180, 200, 215, "web").clusters("config-change").postmortem("2026-03-30")
                .action("1", "Same header config in staging and production", "@atanaka", "2026-04-15", "P2", "Open").build());
        // 2026-Q2
        out.add(base("INC-2026-024", "2026-04-09", "Internal CA intermediate expired", Severity.SEV2, DetectionMethod.ALERT,
                14, 64, 98, "platform").clusters("cert-expiry").postmortem("2026-04-11")
                .action("1", "Intermediates in the certificate inventory", "@nokafor", "2026-04-30", "P1", "Done")
                .action("2", "Rotate intermediates a quarter ahead", "@nokafor", "2026-06-30", "P2", "Open").build());
        out.add(base("INC-2026-029", "2026-05-06", "Mobile home feed retry storm", Severity.SEV2, DetectionMethod.ALERT,
                5, 22, 47, "mobile-api").minutes(TimingMetric.TIME_TO_ROLLBACK, 9).clusters("retry-storm")
                .postmortem("2026-05-08")
                .action("1", "Shared retry policy library in the app", "@atanaka", "2026-05-31", "P1", "Done")
                .action("2", "Feed endpoint sheds load with 429", "@tlindqvist", "2026-06-15", "P1", "Done").build());
        out.add(base("INC-2026-033", "2026-05-27", "Payments latency with a blind circuit breaker", Severity.SEV2,
                DetectionMethod.CUSTOMER_REPORT, 26, 71, 112, "payments").clusters("dependency-timeouts")
                .postmortem("2026-06-03")
                .action("1", "Breaker opens on p99 latency", "@gwhitfield", "2026-06-30", "P1", "In progress")
                .action("2", "Timeouts on every outbound call", "@gwhitfield", "2026-07-15", "P1", "Open").build());
        out.add(base("INC-2026-038", "2026-06-09", "Unpaid-order TTL changed from minutes to seconds", Severity.SEV3,
                DetectionMethod.INTERNAL, 300, 320, 340, "orders").clusters("deploy-untested").postmortem("2026-06-12")
                .action("1", "Units in config keys (ttl_seconds)", "@tlindqvist", "2026-07-01", "P3", "Done").build());
        // 2026-Q3: the quarter under review
        out.add(base("INC-2026-041", "2026-07-01", "API certificate chain change broke pinned mobile apps", Severity.SEV1,
                DetectionMethod.CUSTOMER_REPORT, 21, 64, 118, "api-gateway", "mobile-api")
                .minutes(TimingMetric.TIME_TO_ROLLBACK, 30).clusters("cert-expiry").postmortem("2026-07-03")
                .author("Nadia Okafor (SRE)").participants("Nadia Okafor", "Tomás Lindqvist", "Aiko Tanaka")
                .impact(38000L, 12.0, 24000L, true)
                .summary("A new intermediate certificate on the API gateway was not in the set pinned by the mobile apps. "
                        + "Logins failed for 12% of users for two hours. See https://status.example.com/incidents/41.")
                .factors("Pinning to an intermediate instead of the root CA", "No pre-release check of the chain against app pins")
                .lessons("Pin the CA, not the intermediate")
                .action("1", "Pin the root CA in both apps", "@atanaka", "2026-07-20", "P1", "Done")
                .action("2", "Chain-versus-pins check in the gateway release pipeline", "@nokafor", "2026-08-01", "P1", "In progress")
                .action("3", "Runbook: rolling back a certificate chain ([draft](https://wiki.example.com/runbooks/cert-rollback))",
                        null, null, "P2", "Open").build());
        out.add(base("INC-2026-044", "2026-07-08", "PayPal routing config sent payments to a disabled provider", Severity.SEV2,
                DetectionMethod.ALERT, 4, 19, 41, "checkout", "payments").minutes(TimingMetric.TIME_TO_ROLLBACK, 6)
                .clusters("config-change").postmortem("2026-07-10").impact(4100L, 3.1, 9500L, true)
                .author("Grace Whitfield").participants("Grace Whitfield", "Tomás Lindqvist")
                .action("1", "Routing config through review and canary", "@gwhitfield", "2026-08-15", "P1", "Done")
                .action("2", "Alert on payment success rate per provider", "@gwhitfield", "2026-08-31", "P1", "Done").build());
        out.add(base("INC-2026-046", "2026-07-14", "Seller analytics disk full, restored from snapshot", Severity.SEV3,
                DetectionMethod.INTERNAL, 45, 190, 410, "seller-analytics").clusters("disk-capacity").postmortem("2026-07-24")
                .participants("Aiko Tanaka", "Nadia Okafor")
                .prose("The on-call engineer failed to check the disk alert. Aiko forgot to resize the volume after the last import.")
                .action("1", "Disk growth alert on analytics nodes", "@nokafor", "2026-08-01", "P2", "Open")
                .action("2", "Automatic volume expansion", null, "2026-09-15", "P3", "Open").build());
        out.add(base("INC-2026-048", "2026-07-21", "Refund retries overwhelmed the payments ledger", Severity.SEV2,
                DetectionMethod.ALERT, 6, 27, 52, "payments", "ledger").minutes(TimingMetric.TIME_TO_ROLLBACK, 8)
                .clusters("retry-storm", "dependency-timeouts").postmortem("2026-07-23").impact(1200L, 0.4, null, false)
                .action("1", "Refund worker uses the shared retry policy", "@tlindqvist", "2026-08-10", "P1", "Done")
                .action("2", "Idempotency keys on refund calls", "@tlindqvist", "2026-09-01", "P1", "In progress").build());
        out.add(base("INC-2026-050", "2026-07-29", "Inventory cache TTL left raised after the sale", Severity.SEV3,
                DetectionMethod.CUSTOMER_REPORT, 95, 110, 140, "inventory").clusters("config-change")
                .action("1", "Temporary config changes expire automatically", "@atanaka", "2026-09-30", "P2", "Open").build());
        out.add(base("INC-2026-053", "2026-08-12", "Remote-config experiment disabled retry backoff", Severity.SEV2,
                DetectionMethod.ALERT, 3, 16, 38, "mobile-api").minutes(TimingMetric.TIME_TO_ROLLBACK, 5)
                .clusters("retry-storm", "config-change").postmortem("2026-08-14")
                .action("1", "Experiments cannot change retry settings", "@atanaka", "2026-08-31", "P1", "Done").build());
        out.add(base("INC-2026-056", "2026-08-27", "Ledger sidecar kept serving an expired certificate", Severity.SEV2,
                DetectionMethod.ALERT, 11, 47, 73, "ledger").clusters("cert-expiry").postmortem("2026-08-31")
                .impact(0L, 0.0, 0L, true)
                .action("1", "Sidecar reloads certificates on change", "@nokafor", "2026-09-15", "P1", "Open")
                .action("2", "Served-certificate expiry probe", "@nokafor", "2026-09-30", "P2", "Open").build());
        out.add(incident("INC-2026-059", "2026-09-15").title("Order events consumer out of memory").severity(Severity.SEV2)
                .services("orders").detection(DetectionMethod.ALERT).ttd(8).ttm(35).ttr(96).status("Draft")
                .timeline("10:02 Consumer lag alert fired", "10:37 Consumer memory raised, lag draining").build());
        out.add(base("INC-2026-062", "2026-09-24", "Inbox messages not sent overnight", Severity.SEV4,
                DetectionMethod.CUSTOMER_REPORT, 610, 640, 660, "notifications").clusters("deploy-untested")
                .postmortem("2026-09-25")
                .action("1", "Queue age alert on the inbox sender", "@atanaka", "2026-10-15", "P3", "Open").build());
        return out;
    }

    /** A filled-in incident: summary, timeline, root cause, a factor, what went well, a lesson. */
    private static io.hindsight.analyse.IncidentBuilder base(String id, String date, String title, Severity sev,
                                                             DetectionMethod how, long ttd, long ttm, long ttr,
                                                             String... services) {
        return incident(id, date).title(title).severity(sev).detection(how).services(services).ttd(ttd).ttm(ttm).ttr(ttr)
                .status("Final").summary(title + ".").timeline("09:00 First sign of trouble", "09:30 Incident declared")
                .rootCause(title + " (root cause).").factors(title + " (contributing factor).")
                .well("Responders engaged quickly").poorly("Detection was slower than it should be")
                .lessons("Keep the runbook current");
    }

    /** Earlier incidents, known to the review only by digest. */
    static List<IncidentDigest> olderDigests() {
        return List.of(
                digest("INC-2025-002", "2025-01-14", Severity.SEV3, 2, 2, "deploy-untested"),
                digest("INC-2025-006", "2025-02-11", Severity.SEV2, 3, 3, "retry-storm"),
                digest("INC-2025-015", "2025-04-16", Severity.SEV2, 2, 2, "cert-expiry"),
                digest("INC-2025-019", "2025-05-06", Severity.SEV1, 4, 3, "capacity-limits"),
                digest("INC-2025-023", "2025-06-03", Severity.SEV2, 2, 1, "retry-storm", "dependency-timeouts"));
    }

    private static IncidentDigest digest(String id, String date, Severity s, int items, int done, String... clusters) {
        LocalDate d = LocalDate.parse(date);
        return new IncidentDigest(id, Optional.of(d), Optional.of(Quarter.of(d)), Optional.of(s), items, done, List.of(clusters));
    }

    /** The clustering stage's output, computed from the incidents and digests as that stage would. */
    static List<CauseSummary> causes(List<IncidentDigest> digests) {
        List<CauseSummary> out = new ArrayList<>();
        for (Map.Entry<String, String[]> e : CLUSTERS.entrySet()) {
            List<String> ids = new ArrayList<>();
            TreeMap<String, Integer> byQuarter = new TreeMap<>();
            for (IncidentDigest d : digests) {
                if (d.causeClusters().contains(e.getKey())) {
                    ids.add(d.id());
                    byQuarter.merge(d.quarter().orElseThrow().toString(), 1, Integer::sum);
                }
            }
            int now = byQuarter.getOrDefault(QUARTER.toString(), 0);
            int before = byQuarter.getOrDefault(QUARTER.minus(1).toString(), 0);
            String trend = ids.size() == now ? "new" : now > before ? "rising" : now < before ? "falling" : "steady";
            String[] c = e.getValue();
            out.add(new CauseSummary(e.getKey(), c[0], List.of(c[0].toLowerCase(Locale.ROOT).split("[ ,]+")).subList(0, 3),
                    ids.size(), ids, byQuarter, c[1], c[2], c[3], trend));
        }
        out.sort((a, b) -> Integer.compare(b.size(), a.size()) != 0 ? Integer.compare(b.size(), a.size()) : a.id().compareTo(b.id()));
        return out;
    }

    public static ReviewInput input(boolean redactPeople) {
        List<IncidentRecord> incidents = incidents();
        List<IncidentDigest> digests = new ArrayList<>(olderDigests());
        incidents.forEach(r -> digests.add(Reviews.digestOf(r)));
        List<CauseSummary> causes = causes(digests);
        Map<String, CauseSummary> byId = new HashMap<>();
        causes.forEach(c -> byId.put(c.id(), c));
        List<ReviewInput.CommonFactorLine> factors = new ArrayList<>();
        for (String id : List.of("cert-expiry", "retry-storm", "config-change", "deploy-untested")) {
            CauseSummary c = byId.get(id);
            factors.add(new ReviewInput.CommonFactorLine(id, c.label(), c.countByQuarter().getOrDefault(QUARTER.toString(), 0),
                    c.incidentIds().size()));
        }
        List<ReviewInput.InvestmentLine> investments = List.of(
                new ReviewInput.InvestmentLine("Certificate and secret lifecycle",
                        "Put every certificate and secret in one inventory with automated renewal, reload on change, and an "
                                + "expiry alert 30 days ahead.", 9,
                        List.of("Chain-versus-pins check in the gateway release pipeline", "Sidecar reloads certificates on change")),
                new ReviewInput.InvestmentLine("Resilience to dependency failure",
                        "Adopt one retry policy (exponential backoff, jitter, retry budget) in every service client and app.", 9,
                        List.of("Shared retry policy library in the app", "Refund worker uses the shared retry policy")),
                new ReviewInput.InvestmentLine("Change safety",
                        "Route configuration changes through review and canary, as code changes already are.", 8,
                        List.of("Routing config through review and canary")));
        RunStats run = new RunStats(64, 58, 3, new TreeMap<>(Map.of(".csv", 1L, ".html", 1L, ".txt", 1L)), 14, 61, List.of(
                new RunStats.Reject("exports/truncated-firehydrant-export-INC-2026-054.json", "truncated",
                        "JSON ends inside an object at byte 18211; re-export the incident"),
                new RunStats.Reject("2026/drafts/notes-latin1.md", "not_utf8",
                        "invalid UTF-8 at byte 412; save the file as UTF-8"),
                new RunStats.Reject("2025/q2-summary.md", "not_a_postmortem",
                        "no title and none of the postmortem sections (Summary, Timeline, Root cause, Action items)")));
        return new ReviewInput(QUARTER, AS_OF, 4, incidents, digests, causes, factors, investments, run, redactPeople);
    }

    public static Review review() {
        return Reviews.build(input(false));
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/sample-report.html");
        boolean redact = args.length > 1 && args[1].equals("--redact-people");
        Review review = Reviews.build(input(redact));
        ReportRenderer.render(review);   // warm-up: class loading, fonts
        long t0 = System.nanoTime();
        String html = ReportRenderer.render(review);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, html, StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "wrote %s: %,d bytes, rendered in %d ms (warm)%n", out, html.getBytes(StandardCharsets.UTF_8).length, ms);
    }
}
