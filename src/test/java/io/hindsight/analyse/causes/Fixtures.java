package io.hindsight.analyse.causes;

import io.hindsight.model.Quarter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small hand-written factor sets with known groups. */
final class Fixtures {
    static final Quarter Q1 = Quarter.parse("2026-Q1");
    static final Quarter Q2 = Quarter.parse("2026-Q2");
    static final Quarter Q4_2025 = Quarter.parse("2025-Q4");

    private Fixtures() {}

    static FactorInput factor(String id, String incident, Quarter q, String text) {
        return new FactorInput(id, incident, Optional.ofNullable(q), text, false);
    }

    /** Three recurring causes, one cause repeated inside a single incident, and two one-offs. */
    static List<FactorInput> threeCauses() {
        List<FactorInput> f = new ArrayList<>();
        f.add(factor("a1", "inc-01", Q4_2025, "No alert on consumer lag for the orders topic."));
        f.add(factor("a2", "inc-02", Q1, "Consumer lag was not alerted on, so the backlog grew unnoticed."));
        f.add(factor("a3", "inc-03", Q2, "Missing alert on consumer lag for the payments queue."));
        f.add(factor("a4", "inc-04", Q2, "No alerting on consumer lag or message age."));
        f.add(factor("c1", "inc-05", Q1, "The TLS certificate on the public load balancer expired."));
        f.add(factor("c2", "inc-06", Q2, "The wildcard certificate expired because its renewal failed silently."));
        f.add(factor("c3", "inc-07", Q2, "Expired TLS certificate on the API gateway."));
        f.add(factor("c4", "inc-08", Q2, "Certificate expiry was tracked in a spreadsheet and the cert expired."));
        f.add(factor("p1", "inc-09", Q1, "The database connection pool was exhausted under peak traffic."));
        f.add(factor("p2", "inc-10", Q2, "Connection pool exhausted: every DB connection was held by slow queries."));
        f.add(factor("p3", "inc-11", Q2, "The connection pool of the orders service ran out of connections."));
        f.add(factor("s1", "inc-12", Q2, "Retry storm from the mobile clients without jitter."));
        f.add(factor("s2", "inc-12", Q2, "The mobile clients retry storm had no jitter either."));
        f.add(factor("x1", "inc-01", Q4_2025, "The on-call laptop battery died during the handover."));
        f.add(factor("x2", "inc-03", Q2, "The office coffee was cold all week."));
        return f;
    }
}
