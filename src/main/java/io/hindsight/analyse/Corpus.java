package io.hindsight.analyse;

import io.hindsight.model.Incident;
import io.hindsight.model.IncidentRecord;
import io.hindsight.model.Quarter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The review input indexed once for the analyses: incidents by quarter in a stable order,
 * digests by id, the trend window, which quarters the corpus covers, and the index anchors.
 * Every list here is sorted by (date, id) so that whatever is derived from it is deterministic
 * whatever order the job delivered the records in.
 */
public final class Corpus {
    /** Sorts incidents by date (undated last), then id. */
    public static final Comparator<IncidentRecord> BY_DATE_THEN_ID = Comparator
            .comparing((IncidentRecord r) -> r.incident().date().orElse(LocalDate.MAX))
            .thenComparing(IncidentRecord::id).thenComparing(r -> r.incident().sourcePath());

    private final ReviewInput input;
    private final List<Quarter> window;
    private final List<IncidentRecord> all;
    private final Map<Quarter, List<IncidentRecord>> byQuarter;
    private final Map<String, IncidentDigest> digests;
    private final Map<String, IncidentRecord> records;
    private final Map<String, String> anchors;
    private final Map<IncidentRecord, String> rowAnchors = new java.util.IdentityHashMap<>();
    private final Optional<Quarter> earliest;

    public Corpus(ReviewInput input) {
        this.input = input;
        List<Quarter> w = new ArrayList<>();
        for (int k = input.quartersOfHistory(); k >= 0; k--) {
            w.add(input.quarter().minus(k));
        }
        this.window = List.copyOf(w);
        List<IncidentRecord> sorted = new ArrayList<>(input.incidents());
        sorted.sort(BY_DATE_THEN_ID);
        this.all = List.copyOf(sorted);
        Map<Quarter, List<IncidentRecord>> bq = new TreeMap<>();
        Map<String, IncidentRecord> rec = new HashMap<>();
        for (IncidentRecord r : all) {
            r.incident().quarter().ifPresent(q -> bq.computeIfAbsent(q, k -> new ArrayList<>()).add(r));
            // two documents may claim one id (an export and its Markdown); each keeps its index row
            // (anchors are made unique), look-ups by id find the first by date
            rec.putIfAbsent(r.id(), r);
        }
        this.byQuarter = bq;
        this.records = rec;
        Map<String, IncidentDigest> dg = new HashMap<>();
        for (IncidentDigest d : input.digests()) {
            dg.put(d.id(), d);
        }
        this.digests = dg;
        Optional<Quarter> first = input.digests().stream().flatMap(d -> d.quarter().stream()).min(Comparator.naturalOrder());
        Optional<Quarter> firstFull = byQuarter.keySet().stream().findFirst();
        if (first.isEmpty() || (firstFull.isPresent() && firstFull.get().compareTo(first.get()) < 0)) {
            first = firstFull;
        }
        this.earliest = first;
        Map<String, String> a = new LinkedHashMap<>();
        java.util.Set<String> used = new java.util.HashSet<>();
        for (IncidentRecord r : quarterIncidents()) {
            String base = "incident-" + r.id().replaceAll("[^A-Za-z0-9_-]", "-");
            String anchor = base;
            for (int k = 2; !used.add(anchor); k++) {
                anchor = base + "-" + k;
            }
            a.putIfAbsent(r.id(), anchor);
            rowAnchors.put(r, anchor);
        }
        this.anchors = a;
    }

    public ReviewInput input() {
        return input;
    }

    public Quarter quarter() {
        return input.quarter();
    }

    public LocalDate asOf() {
        return input.asOf();
    }

    /** The trend window, oldest first, ending with the quarter under review. */
    public List<Quarter> window() {
        return window;
    }

    /** Every incident that travelled in full, by date then id. */
    public List<IncidentRecord> all() {
        return all;
    }

    public List<IncidentRecord> in(Quarter q) {
        return byQuarter.getOrDefault(q, List.of());
    }

    public List<IncidentRecord> quarterIncidents() {
        return in(quarter());
    }

    /**
     * Whether the corpus reaches back to this quarter: some incident (full or digest) is dated
     * in it or before it. Zero incidents in a covered quarter is a real zero; in an uncovered
     * one it means "no data", and comparisons with it are not made.
     */
    public boolean covers(Quarter q) {
        return earliest.isPresent() && earliest.get().compareTo(q) <= 0;
    }

    public Optional<IncidentDigest> digest(String id) {
        return Optional.ofNullable(digests.get(id));
    }

    public Optional<IncidentRecord> record(String id) {
        return Optional.ofNullable(records.get(id));
    }

    /** The quarter of any incident of the corpus, full or digest. */
    public Optional<Quarter> quarterOf(String id) {
        IncidentRecord r = records.get(id);
        if (r != null && r.incident().quarter().isPresent()) {
            return r.incident().quarter();
        }
        IncidentDigest d = digests.get(id);
        return d == null ? Optional.empty() : d.quarter();
    }

    public Optional<String> anchor(String id) {
        return Optional.ofNullable(anchors.get(id));
    }

    public IncidentRef ref(String id) {
        IncidentRecord r = records.get(id);
        Optional<LocalDate> date = r != null ? r.incident().date()
                : digest(id).flatMap(IncidentDigest::date);
        Optional<String> title = r == null ? Optional.empty() : r.incident().title();
        return new IncidentRef(id, title, date, anchor(id));
    }

    /** The reference to this very record: its own index row, even when another record shares its id. */
    public IncidentRef ref(IncidentRecord r) {
        return new IncidentRef(r.id(), r.incident().title(), r.incident().date(), Optional.ofNullable(rowAnchors.get(r)));
    }
}
