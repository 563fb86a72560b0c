package io.hindsight.analyse;

import static io.hindsight.analyse.IncidentBuilder.incident;

import io.hindsight.model.DetectionMethod;
import io.hindsight.model.IncidentRecord;
import io.hindsight.model.Quarter;
import io.hindsight.model.SectionKind;
import io.hindsight.model.Severity;
import io.hindsight.model.TimingMetric;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A small corpus whose every figure is computed by hand in the tests. Review of 2026-Q3 as of
 * 2026-10-01 with 4 quarters of history (window 2025-Q3 .. 2026-Q3).
 *
 * <pre>
 * id  date        sev   detected  services           ttd ttm ttr  clusters  actions (status, due, priority)
 * Z0  2024-11-01  SEV3  -         -                  (digest only)  c-retry,c-old  3 items, 0 done
 * Y1  2025-08-10  SEV2  alert     auth               10  50  80   c-cert    y1a Done 2025-08-20 P2; y1b Done 2025-09-01 P2
 * P1  2026-05-05  SEV1  customer  checkout           30  90  120  c-retry   a1 Done 2026-05-20 P1; a2 Open 2026-06-01 P1
 * P2  2026-06-20  SEV3  alert     auth               5   20  40   c-cert    p1 Done 2026-07-01 Medium
 * A   2026-07-02  SEV1  alert     checkout,payments  5   30  60   c-cert    x1 Done 07-10 High; x2 In progress 08-01 P2;
 *                                                     (rollback 10)           x3 Open, no owner, no due, Low
 * B   2026-08-15  SEV2  customer  checkout           20  45  100  c-retry   y1 Open 09-20 P1; y2 Won't do 09-30 P2
 * C   2026-09-01  SEV3  internal  search             60  70  90   c-new     z1 Done 09-10 P2
 * D   2026-09-20  SEV2  -         -                  -   -   -    -         none
 * </pre>
 */
public final class HandCorpus {
    public static final Quarter QUARTER = Quarter.parse("2026-Q3");
    public static final LocalDate AS_OF = LocalDate.parse("2026-10-01");

    private HandCorpus() {
    }

    public static List<IncidentRecord> incidents() {
        List<IncidentRecord> out = new ArrayList<>();
        out.add(incident("Y1", "2025-08-10").title("Auth token signing certificate expired").severity(Severity.SEV2)
                .services("auth").detection(DetectionMethod.ALERT).ttd(10).ttm(50).ttr(80).rootCause("Certificate expired")
                .action("y1a", "Automate renewal", "@sarah", "2025-08-20", "P2", "Done")
                .action("y1b", "Alert 30 days before expiry", "@sarah", "2025-09-01", "P2", "Done")
                .postmortem("2025-08-12").clusters("c-cert").quality(80, List.of()).build());
        out.add(incident("P1", "2026-05-05").title("Checkout retry storm").severity(Severity.SEV1).services("checkout")
                .detection(DetectionMethod.CUSTOMER_REPORT).ttd(30).ttm(90).ttr(120).rootCause("Retries without backoff")
                .action("a1", "Add jittered backoff", "@marco", "2026-05-20", "P1", "Done")
                .action("a2", "Add retry budget", "@marco", "2026-06-01", "P1", "Open")
                .postmortem("2026-05-07").clusters("c-retry").quality(85, List.of()).build());
        out.add(incident("P2", "2026-06-20").title("Internal CA intermediate expired").severity(Severity.SEV3)
                .services("auth").detection(DetectionMethod.ALERT).ttd(5).ttm(20).ttr(40).rootCause("Intermediate expired")
                .action("p1", "Track intermediates in inventory", "Priya Patel", "2026-07-01", "Medium", "Done")
                .postmortem("2026-06-22").clusters("c-cert").quality(75, List.of()).build());
        out.add(incident("A", "2026-07-02").title("API certificate chain broke pinned apps").severity(Severity.SEV1)
                .services("checkout", "payments").detection(DetectionMethod.ALERT).ttd(5)
                .minutes(TimingMetric.TIME_TO_ROLLBACK, 10).ttm(30).ttr(60).impact(1000L, 2.0, 5000L, true)
                .author("Sarah Chen (SRE)").participants("Sarah Chen", "Marco Rossi")
                .rootCause("New intermediate not in pinned set")
                .action("x1", "Pin the CA, not the intermediate", "@sarah", "2026-07-10", "High", "Done")
                .action("x2", "Add chain check to release", "@marco", "2026-08-01", "P2", "In progress")
                .action("x3", "Document pinning policy", null, null, "Low", "Open")
                .postmortem("2026-07-04").clusters("c-cert").quality(90, List.of()).build());
        out.add(incident("B", "2026-08-15").title("Checkout retries overwhelmed inventory").severity(Severity.SEV2)
                .services("checkout").detection(DetectionMethod.CUSTOMER_REPORT).ttd(20).ttm(45).ttr(100)
                .impact(500L, null, null, false).rootCause("Client retries multiplied load")
                .action("y1", "Retry budget in the client", "Priya Patel", "2026-09-20", "P1", "Open")
                .action("y2", "Rewrite inventory in Rust", "@marco", "2026-09-30", "P2", "Won't do")
                .postmortem("2026-08-25").clusters("c-retry").quality(70, List.of(SectionKind.LESSONS_LEARNED)).build());
        out.add(incident("C", "2026-09-01").title("Search mapping change dropped results").severity(Severity.SEV3)
                .services("search").detection(DetectionMethod.INTERNAL).ttd(60).ttm(70).ttr(90)
                .rootCause("Mapping changed without reindex")
                .action("z1", "Reindex check in CI", "@sarah", "2026-09-10", "P2", "Done")
                .clusters("c-new").quality(60, List.of(SectionKind.TIMELINE), "human error").build());
        out.add(incident("D", "2026-09-20").title("Payments page slow").severity(Severity.SEV2)
                .postmortem("2026-09-20").warnings("timeline: no times could be read")
                .quality(20, List.of(SectionKind.ROOT_CAUSE, SectionKind.CONTRIBUTING_FACTORS, SectionKind.ACTION_ITEMS,
                        SectionKind.LESSONS_LEARNED)).build());
        return out;
    }

    public static List<IncidentDigest> digests(List<IncidentRecord> incidents) {
        List<IncidentDigest> out = new ArrayList<>();
        out.add(new IncidentDigest("Z0", Optional.of(LocalDate.parse("2024-11-01")), Optional.of(Quarter.parse("2024-Q4")),
                Optional.of(Severity.SEV3), 3, 0, List.of("c-retry", "c-old")));
        incidents.forEach(r -> out.add(Reviews.digestOf(r)));
        return out;
    }

    public static List<CauseSummary> causes() {
        return List.of(
                cause("c-cert", "Certificate expiry", List.of("Y1", "P2", "A"), Map.of("2025-Q3", 1, "2026-Q2", 1, "2026-Q3", 1),
                        "t-change", "Change management", "steady", "The intermediate certificate expired unnoticed"),
                cause("c-retry", "Retry storms", List.of("Z0", "P1", "B"), Map.of("2024-Q4", 1, "2026-Q2", 1, "2026-Q3", 1),
                        "t-resilience", "Resilience", "steady", "Clients retried without backoff"),
                cause("c-new", "Search index mapping", List.of("C"), Map.of("2026-Q3", 1), "t-change", "Change management", "new",
                        "Mapping changed without a reindex"),
                cause("c-old", "Old cause", List.of("Z0"), Map.of("2024-Q4", 1), "t-resilience", "Resilience", "falling",
                        "Something old"));
    }

    static CauseSummary cause(String id, String label, List<String> ids, Map<String, Integer> counts, String theme,
                              String themeName, String trend, String example) {
        return new CauseSummary(id, label, List.of(label.toLowerCase(java.util.Locale.ROOT).split(" ")), ids.size(), ids,
                new TreeMap<>(counts), theme, themeName, example, trend);
    }

    public static RunStats run() {
        return new RunStats(10, 7, 2, new TreeMap<>(Map.of(".txt", 1L)), 3, 7, List.of(
                new RunStats.Reject("bad/a.md", "not_utf8", "byte 0xff at offset 12"),
                new RunStats.Reject("bad/b.json", "wrong_shape", "expected an object or an array")));
    }

    public static ReviewInput input(boolean redact) {
        List<IncidentRecord> incidents = incidents();
        return new ReviewInput(QUARTER, AS_OF, 4, incidents, digests(incidents), causes(),
                List.of(new ReviewInput.CommonFactorLine("c-cert", "Certificate expiry", 1, 3)),
                List.of(new ReviewInput.InvestmentLine("t-change", "Automate certificate inventory and renewal", 3,
                        List.of("Pin the CA, not the intermediate"))),
                run(), redact);
    }

    public static Review review() {
        return Reviews.build(input(false));
    }
}
