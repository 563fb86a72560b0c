package io.hindsight.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes a synthetic corpus of incident postmortems for benchmarks and scale tests, with a
 * ground-truth file beside it. Test scope only: the output is never shipped as data.
 *
 * <pre>
 * scripts/generate-corpus --out DIR --count N --seed S [--broken-share 0.02] [--skipped-share 0.01]
 * </pre>
 *
 * <p><b>What it writes.</b> {@code N} files under {@code DIR}, spread over
 * {@code YEAR/TEAM/} folders like a postmortem repository, in every input style of CONTRACT
 * section 2 with fixed shares (see {@link Style}): the complete and short templates, Google SRE,
 * Atlassian, YAML front matter, native JSON (single objects, arrays, JSON Lines) and two
 * incident-tool exports ({@code milestones[]}, {@code incident_timestamps[]}). Incidents fall
 * in 2024-Q1..2026-Q4 with volume growing over time. Every incident has one primary cause
 * family drawn from {@link #PRIMARY} with a skewed (Zipf, s=0.8) distribution; its root cause,
 * title, trigger and first contributing factor are phrased from that family's bank in
 * {@code corpus-phrases.txt}, and further factors come from other families. Timelines cover
 * every timing case of CONTRACT section 4 (dormant changes, unpaged thresholds, rejected and
 * ineffective rollbacks, backup restores, several recovery events, events after closing,
 * midnight roll-over, zones in heading / column / cell / date line / front matter, HH:MM,
 * HH:MM:SS, am/pm and ISO times).
 *
 * <p>A known share of files is broken (not UTF-8, empty, truncated JSON, binary with a
 * {@code .md} name, readable documents that are not postmortems, JSON of the wrong shape) and a
 * known share has extensions the job skips ({@code .png .txt .csv .html}).
 *
 * <p><b>Truth.</b> {@code DIR/../NAME-truth.tsv} (outside the corpus, so it is never read as
 * input) has one row per incident record, and one per broken or skipped file: the file, the
 * record's {@code source_path} as {@code incidents.jsonl} would show it ({@code file#i} in an
 * array, {@code file:line} in JSON Lines), the expected outcome ({@code parsed},
 * {@code skipped}, {@code rejected:REASON}), the document's own id (empty when it states
 * none), style, cause family, the families of the contributing factors as written, severity,
 * date, detection method, and the nine phase timestamps in ISO-8601 UTC computed from the
 * events as written, by the rules of CONTRACT section 4.
 *
 * <p><b>Determinism.</b> The same count and seed give byte-identical files: each file draws
 * from its own {@link SplittableRandom} seeded from (seed, index), all text is composed with
 * {@link Locale#ROOT}, and nothing depends on hash iteration order, thread timing or the clock.
 * Files are composed in parallel in batches of {@value #BATCH}, then named (duplicate names get
 * a suffix), written and recorded in index order; memory holds one batch and the set of paths.
 */
public final class CorpusGenerator {
    static final String PHRASES = "corpus-phrases.txt";
    static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
    static final int QUARTERS = 12;
    static final int BATCH = 512;

    /** Primary cause families, most frequent first; the Zipf weights follow this order. */
    static final List<String> PRIMARY = List.of(
            "config-change-unvalidated", "no-canary", "third-party-outage", "connection-pool-exhaustion", "cert-expiry",
            "retry-storm-no-circuit-breaker", "missing-alert", "disk-full", "schema-migration-lock", "dns-misconfig",
            "memory-leak-oom", "feature-flag-misconfig", "untested-deploy", "traffic-spike", "dependency-version-upgrade",
            "autoscaling-limit", "secret-rotation", "data-corruption-bad-backfill", "clock-time-bug", "network-partition");
    /** Families that appear only as secondary contributing factors. */
    static final List<String> SECONDARY = List.of("runbook-outdated", "staging-parity", "noisy-alerts-fatigue", "rate-limit-missing");
    /** Families whose trigger is a change that can be rolled back. */
    private static final Set<String> ROLLBACKABLE = Set.of("config-change-unvalidated", "no-canary", "untested-deploy",
            "dependency-version-upgrade", "memory-leak-oom", "clock-time-bug", "connection-pool-exhaustion");
    private static final Set<String> DORMANT = Set.of("config-change-unvalidated", "schema-migration-lock", "cert-expiry",
            "feature-flag-misconfig", "dependency-version-upgrade", "disk-full", "memory-leak-oom", "clock-time-bug", "missing-alert");
    private static final double ZIPF_S = 0.8;

    /** File styles and their shares (per cent of the postmortem files; broken and skipped come off the top). */
    enum Style {
        COMPLETE("md-complete", 22), SHORT("md-short", 19), GOOGLE_SRE("md-google-sre", 12), ATLASSIAN("md-atlassian", 12),
        FRONT_MATTER("md-front-matter", 10), JSON_NATIVE("json-native", 8), JSON_ARRAY("json-array", 3),
        JSON_LINES("json-lines", 2), EXPORT_MILESTONES("json-export-milestones", 5),
        EXPORT_TIMESTAMPS("json-export-timestamps", 4), BROKEN("broken", 0), SKIPPED("skipped", 0);

        final String label;
        final int weight;

        Style(String label, int weight) {
            this.label = label;
            this.weight = weight;
        }
    }

    /** The phases of CONTRACT section 4, in truth-file column order. */
    enum Ph {
        STARTED, DETECTED, ACKNOWLEDGED, DECLARED, IDENTIFIED, ROLLBACK_STARTED, MITIGATED, RESOLVED, CLOSED, NONE;

        String column() {
            return name().toLowerCase(Locale.ROOT) + "_at";
        }
    }

    static final List<Ph> PHASES = List.of(Ph.STARTED, Ph.DETECTED, Ph.ACKNOWLEDGED, Ph.DECLARED, Ph.IDENTIFIED,
            Ph.ROLLBACK_STARTED, Ph.MITIGATED, Ph.RESOLVED, Ph.CLOSED);

    /** Columns of the truth file. */
    static final List<String> TRUTH_COLUMNS;

    static {
        List<String> c = new ArrayList<>(List.of("file", "source_path", "expected", "incident_id", "style", "cause_family",
                "factor_families", "severity", "date", "detection_method"));
        PHASES.forEach(p -> c.add(p.column()));
        TRUTH_COLUMNS = List.copyOf(c);
    }

    /** Command-line options, validated together. */
    public record Options(Path out, int count, long seed, double brokenShare, double skippedShare) {
        public Options {
            Objects.requireNonNull(out, "out");
            List<String> problems = problems(count, brokenShare, skippedShare);
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException(String.join("; ", problems));
            }
        }

        static List<String> problems(int count, double brokenShare, double skippedShare) {
            List<String> p = new ArrayList<>();
            if (count < 1) {
                p.add("--count must be at least 1, got " + count);
            }
            if (!(brokenShare >= 0 && brokenShare <= 0.5)) {
                p.add("--broken-share must be between 0 and 0.5, got " + brokenShare);
            }
            if (!(skippedShare >= 0 && skippedShare <= 0.5)) {
                p.add("--skipped-share must be between 0 and 0.5, got " + skippedShare);
            }
            return p;
        }

        /** {@code DIR/../NAME-truth.tsv}. */
        public Path truthFile() {
            Path abs = out.toAbsolutePath().normalize();
            return abs.resolveSibling(abs.getFileName() + "-truth.tsv");
        }
    }

    /** What a run wrote. */
    public record Summary(int files, int incidents, long bytes, SortedMap<String, Integer> filesByStyle,
                          SortedMap<String, Integer> incidentsByFamily, SortedMap<String, Integer> outcomes, Path truthFile) {
    }

    private CorpusGenerator() {
    }

    public static void main(String[] args) {
        Path out = null;
        Integer count = null;
        Long seed = null;
        double broken = 0.02;
        double skipped = 0.01;
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                System.out.println("usage: generate-corpus --out DIR --count N --seed S [--broken-share 0.02] [--skipped-share 0.01]");
                return;
            }
            if (i + 1 >= args.length) {
                problems.add("missing value after " + a);
                break;
            }
            String v = args[++i];
            try {
                switch (a) {
                    case "--out" -> out = Path.of(v);
                    case "--count" -> count = Integer.parseInt(v);
                    case "--seed" -> seed = Long.parseLong(v);
                    case "--broken-share" -> broken = Double.parseDouble(v);
                    case "--skipped-share" -> skipped = Double.parseDouble(v);
                    default -> problems.add("unknown option " + a);
                }
            } catch (NumberFormatException e) {
                problems.add("not a number for " + a + ": '" + v + "'");
            }
        }
        if (out == null) {
            problems.add("--out DIR is required");
        }
        if (count == null) {
            problems.add("--count N is required");
        }
        if (seed == null) {
            problems.add("--seed S is required");
        }
        if (count != null) {
            problems.addAll(Options.problems(count, broken, skipped));
        }
        if (out != null && Files.isDirectory(out)) {
            try (var s = Files.list(out)) {
                if (s.findAny().isPresent()) {
                    problems.add("--out " + out + " is not empty; remove it or choose another folder");
                }
            } catch (IOException e) {
                problems.add("cannot read --out " + out + ": " + e.getMessage());
            }
        } else if (out != null && Files.exists(out)) {
            problems.add("--out " + out + " exists and is not a folder");
        }
        if (!problems.isEmpty()) {
            System.err.println("generate-corpus: " + String.join("; ", problems));
            System.exit(2);
        }
        long t0 = System.nanoTime();
        try {
            Summary s = generate(new Options(out, count, seed, broken, skipped));
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "wrote %d files (%d incident records, %.1f MB) to %s in %.1f s (%.0f files/s)%n",
                    s.files(), s.incidents(), s.bytes() / 1e6, out, secs, s.files() / secs);
            System.out.println("truth: " + s.truthFile());
            System.out.println("files by style: " + s.filesByStyle());
            System.out.println("expected outcomes (records): " + s.outcomes());
            System.out.println("incidents by cause family: " + s.incidentsByFamily());
        } catch (IOException e) {
            System.err.println("generate-corpus: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Generates the corpus and its truth file. */
    public static Summary generate(Options o) throws IOException {
        Phrases phrases = Phrases.load();
        Planner planner = new Planner(phrases);
        Path root = o.out();
        Files.createDirectories(root);
        Style[] styles = planStyles(o.count(), o.seed(), o.brokenShare(), o.skippedShare());
        SortedMap<String, Integer> byStyle = new TreeMap<>();
        SortedMap<String, Integer> byFamily = new TreeMap<>();
        SortedMap<String, Integer> outcomes = new TreeMap<>();
        Set<String> usedPaths = new HashSet<>();
        Set<Path> madeDirs = new HashSet<>();
        int incidents = 0;
        long bytes = 0;
        long started = System.nanoTime();
        int threads = Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "corpus-generator");
            t.setDaemon(true);
            return t;
        });
        try (BufferedWriter truth = Files.newBufferedWriter(o.truthFile(), StandardCharsets.UTF_8)) {
            truth.write(String.join("\t", TRUTH_COLUMNS));
            truth.write('\n');
            int nextReport = styles.length / 10;
            for (int from = 0; from < styles.length; from += BATCH) {
                int to = Math.min(styles.length, from + BATCH);
                List<Future<Composed>> composing = new ArrayList<>(to - from);
                for (int i = from; i < to; i++) {
                    final int index = i;
                    composing.add(pool.submit(() -> compose(planner, phrases, index, styles[index], o.seed())));
                }
                List<Callable<Void>> writes = new ArrayList<>(to - from);
                List<List<TruthRow>> rows = new ArrayList<>(to - from);
                for (int i = from; i < to; i++) {
                    Composed c = await(composing.get(i - from));
                    String rel = unique(usedPaths, c.path());
                    Path target = root.resolve(rel);
                    if (madeDirs.add(target.getParent())) {
                        Files.createDirectories(target.getParent());
                    }
                    writes.add(() -> {
                        Files.write(target, c.content());
                        return null;
                    });
                    bytes += c.content().length;
                    List<TruthRow> fixed = new ArrayList<>(c.rows().size());
                    for (TruthRow row : c.rows()) {
                        fixed.add(row.renamed(c.path(), rel));
                    }
                    rows.add(fixed);
                    byStyle.merge(styles[i].label, 1, Integer::sum);
                }
                for (Future<Void> f : pool.invokeAll(writes)) {
                    await(f);
                }
                for (List<TruthRow> fileRows : rows) {
                    for (TruthRow row : fileRows) {
                        truth.write(row.tsv());
                        truth.write('\n');
                        String outcome = row.expected().contains(":") ? row.expected().substring(0, row.expected().indexOf(':')) : row.expected();
                        outcomes.merge(outcome, 1, Integer::sum);
                        if (!row.family().isEmpty()) {
                            byFamily.merge(row.family(), 1, Integer::sum);
                            incidents++;
                        }
                    }
                }
                if (styles.length >= 20_000 && to >= nextReport) {
                    System.err.printf(Locale.ROOT, "generate-corpus: %d/%d files, %.1f s%n", to, styles.length,
                            (System.nanoTime() - started) / 1e9);
                    nextReport += styles.length / 10;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        return new Summary(styles.length, incidents, bytes, byStyle, byFamily, outcomes, o.truthFile());
    }

    /** One composed file: where it wants to go, its bytes, and its truth rows. */
    record Composed(String path, byte[] content, List<TruthRow> rows) {
    }

    static Composed compose(Planner planner, Phrases phrases, int index, Style style, long seed) throws IOException {
        SplittableRandom r = new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + index + 1));
        Writer w = new Writer(phrases, planner);
        List<TruthRow> rows = w.file(index, style, r);
        return new Composed(w.path, w.content, rows);
    }

    private static <T> T await(Future<T> f) throws IOException, InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** The path, or the path with "-2", "-3"... before its extension when it is taken. */
    static String unique(Set<String> used, String relative) {
        if (used.add(relative)) {
            return relative;
        }
        int slash = relative.lastIndexOf('/');
        int dot = relative.indexOf('.', slash + 2);
        String base = dot < 0 ? relative : relative.substring(0, dot);
        String ext = dot < 0 ? "" : relative.substring(dot);
        for (int k = 2; ; k++) {
            String candidate = base + "-" + k + ext;
            if (used.add(candidate)) {
                return candidate;
            }
        }
    }

    /** Exact quotas per style (largest remainder), in a seeded random order. */
    static Style[] planStyles(int n, long seed, double brokenShare, double skippedShare) {
        int broken = (int) Math.round(n * brokenShare);
        int skipped = (int) Math.round(n * skippedShare);
        int rest = Math.max(0, n - broken - skipped);
        List<Style> pm = new ArrayList<>();
        int total = 0;
        for (Style s : Style.values()) {
            if (s.weight > 0) {
                pm.add(s);
                total += s.weight;
            }
        }
        int[] counts = new int[pm.size()];
        double[] remainders = new double[pm.size()];
        int assigned = 0;
        for (int k = 0; k < pm.size(); k++) {
            double exact = (double) rest * pm.get(k).weight / total;
            counts[k] = (int) Math.floor(exact);
            remainders[k] = exact - counts[k];
            assigned += counts[k];
        }
        while (assigned < rest) {
            int best = 0;
            for (int k = 1; k < pm.size(); k++) {
                if (remainders[k] > remainders[best]) {
                    best = k;
                }
            }
            counts[best]++;
            remainders[best] = -1;
            assigned++;
        }
        Style[] out = new Style[n];
        int at = 0;
        for (int k = 0; k < pm.size(); k++) {
            for (int c = 0; c < counts[k]; c++) {
                out[at++] = pm.get(k);
            }
        }
        for (int c = 0; c < broken && at < n; c++) {
            out[at++] = Style.BROKEN;
        }
        while (at < n) {
            out[at++] = Style.SKIPPED;
        }
        SplittableRandom r = new SplittableRandom(mix(seed ^ 0x5DEECE66DL));
        for (int k = n - 1; k > 0; k--) {
            int j = r.nextInt(k + 1);
            Style t = out[k];
            out[k] = out[j];
            out[j] = t;
        }
        return out;
    }

    /** SplitMix64's finaliser: neighbouring indexes get unrelated random streams. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    // =========================================================================================
    // Truth
    // =========================================================================================

    /** One row of the truth file. */
    record TruthRow(String file, String sourcePath, String expected, String id, String style, String family, String factorFamilies,
                    String severity, String date, String detection, Map<Ph, Instant> phases) {
        String tsv() {
            StringBuilder sb = new StringBuilder(256);
            for (String s : List.of(file, sourcePath, expected, id, style, family, factorFamilies, severity, date, detection)) {
                sb.append(clean(s)).append('\t');
            }
            for (int k = 0; k < PHASES.size(); k++) {
                Instant at = phases.get(PHASES.get(k));
                sb.append(at == null ? "" : DateTimeFormatter.ISO_INSTANT.format(at));
                if (k < PHASES.size() - 1) {
                    sb.append('\t');
                }
            }
            return sb.toString();
        }

        private static String clean(String s) {
            return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ');
        }

        TruthRow renamed(String from, String to) {
            if (from.equals(to)) {
                return this;
            }
            return new TruthRow(to, to + sourcePath.substring(from.length()), expected, id, style, family, factorFamilies, severity,
                    date, detection, phases);
        }

        static TruthRow fileOnly(String file, String expected, String style) {
            return new TruthRow(file, file, expected, "", style, "", "", "", "", "", Map.of());
        }
    }

    /** A timeline event as written, with the phase a careful reader of CONTRACT section 4 gives it. */
    record Ev(Instant at, String text, String source, Ph label, Kind kind) {
    }

    enum Kind {
        BACKGROUND, TRIGGER, SIGN, THRESHOLD, DETECT, ACK, DECLARE, STATUS, SUSPECT, IDENTIFY, RB_REJECTED, RB_START,
        RB_NOEFFECT, RB_DONE, MITIGATE, PARTIAL, RESTORE_START, RESTORE_DONE, RESOLVED_INTERIM, MONITORING, RESOLVED_FINAL,
        CLOSE, AFTER_CLOSE
    }

    /**
     * The phase timestamps of CONTRACT section 4 from labelled events: leading events more than
     * 24 hours before the next are background; started is the first remaining event; closed the
     * first closing event; every other phase its first event at or before closed, except
     * resolved, the last recovery event at or before closed.
     */
    static Map<Ph, Instant> truthOf(List<Ev> written) {
        List<Ev> evs = new ArrayList<>(written);
        evs.sort((a, b) -> a.at().compareTo(b.at()));
        int first = 0;
        while (first + 1 < evs.size() && Duration.between(evs.get(first).at(), evs.get(first + 1).at()).compareTo(Duration.ofHours(24)) > 0) {
            first++;
        }
        Map<Ph, Instant> out = new EnumMap<>(Ph.class);
        if (evs.isEmpty()) {
            return out;
        }
        List<Ev> window = evs.subList(first, evs.size());
        out.put(Ph.STARTED, window.get(0).at());
        Instant end = null;
        for (Ev e : window) {
            if (e.label() == Ph.CLOSED) {
                end = e.at();
                out.put(Ph.CLOSED, e.at());
                break;
            }
        }
        for (Ev e : window) {
            if (end != null && e.at().isAfter(end)) {
                break;
            }
            Ph p = e.label();
            if (p == Ph.NONE || p == Ph.CLOSED || p == Ph.STARTED) {
                continue;
            }
            if (p == Ph.RESOLVED) {
                out.put(p, e.at());
            } else {
                out.putIfAbsent(p, e.at());
            }
        }
        return out;
    }

    // =========================================================================================
    // Phrase banks
    // =========================================================================================

    /** The phrase banks of {@code corpus-phrases.txt}: sections of alternatives. */
    static final class Phrases {
        private final Map<String, String[]> sections;

        private Phrases(Map<String, String[]> sections) {
            this.sections = sections;
        }

        static Phrases load() {
            Map<String, List<String>> raw = new LinkedHashMap<>();
            try (InputStream in = CorpusGenerator.class.getResourceAsStream(PHRASES)) {
                Objects.requireNonNull(in, "missing resource " + PHRASES);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                List<String> current = null;
                int lineNo = 0;
                while ((line = r.readLine()) != null) {
                    lineNo++;
                    String t = line.strip();
                    if (t.isEmpty() || t.startsWith("#")) {
                        continue;
                    }
                    if (t.startsWith("[") && t.endsWith("]")) {
                        String key = t.substring(1, t.length() - 1);
                        if (raw.containsKey(key)) {
                            throw new IllegalStateException(PHRASES + ":" + lineNo + ": section [" + key + "] appears twice");
                        }
                        current = new ArrayList<>();
                        raw.put(key, current);
                        continue;
                    }
                    if (current == null) {
                        throw new IllegalStateException(PHRASES + ":" + lineNo + ": text before the first [section]");
                    }
                    if (t.contains("|")) {
                        throw new IllegalStateException(PHRASES + ":" + lineNo + ": '|' would break Markdown tables");
                    }
                    current.add(t);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, String[]> out = new HashMap<>();
            raw.forEach((k, v) -> out.put(k, v.toArray(String[]::new)));
            return new Phrases(out);
        }

        String pick(String key, SplittableRandom r) {
            String[] alts = sections.get(key);
            if (alts == null || alts.length == 0) {
                throw new IllegalStateException("no phrases for [" + key + "] in " + PHRASES);
            }
            return alts[r.nextInt(alts.length)];
        }

        boolean has(String key) {
            return sections.containsKey(key);
        }

        /** Distinct alternatives of a section, picked without repeats. */
        List<String> pickDistinct(String key, int n, SplittableRandom r) {
            String[] pool = sections.get(key).clone();
            int left = pool.length;
            List<String> out = new ArrayList<>(Math.min(n, left));
            for (int k = 0; k < n && left > 0; k++) {
                int j = r.nextInt(left);
                out.add(pool[j]);
                pool[j] = pool[--left];
            }
            return out;
        }
    }

    /** The values an incident's phrases are filled with; numbers are drawn afresh for each use. */
    static final class Ctx {
        private final Map<String, String> vars = new HashMap<>();
        private final SplittableRandom r;

        Ctx(SplittableRandom r) {
            this.r = r;
        }

        Ctx put(String k, String v) {
            vars.put(k, v);
            return this;
        }

        String get(String k) {
            return value(k);
        }

        String fill(String t) {
            StringBuilder sb = new StringBuilder(t.length() + 40);
            int i = 0;
            while (i < t.length()) {
                char c = t.charAt(i);
                int end;
                if (c == '{' && (end = t.indexOf('}', i)) > i) {
                    sb.append(value(t.substring(i + 1, end)));
                    i = end + 1;
                } else {
                    sb.append(c);
                    i++;
                }
            }
            return sb.toString();
        }

        private String value(String key) {
            switch (key) {
                case "ms":
                    return String.valueOf(100 * between(r, 8, 60));
                case "mins":
                    return String.valueOf(between(r, 20, 240));
                case "secs":
                    return String.valueOf(between(r, 10, 60));
                case "pods":
                    return String.valueOf(between(r, 8, 48));
                case "bigpods":
                    return String.valueOf(between(r, 60, 240));
                case "count":
                    return thousands(between(r, 5, 900) * 1000L);
                case "mult":
                    return String.valueOf(between(r, 3, 12));
                case "pct":
                    return String.valueOf(between(r, 2, 60));
                case "pct2":
                    return String.valueOf(between(r, 1, 9));
                case "level": {
                    String metric = vars.getOrDefault("metric", "").toLowerCase(Locale.ROOT);
                    if (metric.contains("latency")) {
                        return 100 * between(r, 8, 60) + " ms";
                    }
                    if (metric.contains("lag") || metric.contains("backlog")) {
                        return thousands(between(r, 5, 500) * 100L) + " messages";
                    }
                    return between(r, 2, 95) + "%";
                }
                default:
                    String v = vars.get(key);
                    if (v == null) {
                        throw new IllegalStateException("no value for {" + key + "}");
                    }
                    return v;
            }
        }
    }

    // =========================================================================================
    // Small helpers
    // =========================================================================================

    static int between(SplittableRandom r, int lo, int hiInclusive) {
        return lo + r.nextInt(hiInclusive - lo + 1);
    }

    static boolean chance(SplittableRandom r, double p) {
        return r.nextDouble() < p;
    }

    static <T> T pick(SplittableRandom r, List<T> xs) {
        return xs.get(r.nextInt(xs.size()));
    }

    static String pick(SplittableRandom r, String... xs) {
        return xs[r.nextInt(xs.length)];
    }

    static int weighted(SplittableRandom r, double... w) {
        double total = 0;
        for (double x : w) {
            total += x;
        }
        double u = r.nextDouble() * total;
        for (int k = 0; k < w.length; k++) {
            u -= w[k];
            if (u < 0) {
                return k;
            }
        }
        return w.length - 1;
    }

    /** A log-normal draw around a median, clamped. */
    static int lognormal(SplittableRandom r, double median, double sigma, int lo, int hi) {
        double g = gaussian(r);
        long v = Math.round(median * Math.exp(sigma * g));
        return (int) Math.max(lo, Math.min(hi, v));
    }

    static double gaussian(SplittableRandom r) {
        double u1 = Math.max(1e-12, r.nextDouble());
        double u2 = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    static String thousands(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }

    /** Upper-cases the first letter of a sentence, but leaves identifiers (edge-proxy, mTLS, cert-manager) alone. */
    static String capitalise(String s) {
        if (s.isEmpty() || !Character.isLowerCase(s.charAt(0))) {
            return s;
        }
        int space = s.indexOf(' ');
        String first = space < 0 ? s : s.substring(0, space);
        for (int k = 0; k < first.length(); k++) {
            char c = first.charAt(k);
            if (!Character.isLowerCase(c) && c != '\'') {
                return s;
            }
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String slug(String title, int maxWords) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int k = 0; k <= title.length() && words.size() < maxWords; k++) {
            char c = k < title.length() ? Character.toLowerCase(title.charAt(k)) : ' ';
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                w.append(c);
            } else if (w.length() > 0) {
                words.add(w.toString());
                w.setLength(0);
            }
        }
        return words.isEmpty() ? "incident" : String.join("-", words);
    }

    /** Wraps prose at about {@code width} characters, as many hand-written postmortems are. */
    static String wrap(String text, int width) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        int col = 0;
        for (String word : text.split(" ")) {
            if (col > 0 && col + 1 + word.length() > width) {
                sb.append('\n');
                col = 0;
            } else if (col > 0) {
                sb.append(' ');
                col++;
            }
            sb.append(word);
            col += word.length();
        }
        return sb.toString();
    }

    // =========================================================================================
    // The world incidents happen in
    // =========================================================================================

    static final String[][] TEAMS = {
            {"payments", "payments-gateway", "checkout-api", "ledger", "refunds-service", "fraud-scoring"},
            {"commerce", "order-service", "cart-service", "inventory", "pricing", "fulfilment-bridge"},
            {"search", "search-api", "indexer", "autocomplete", "ranking-service"},
            {"identity", "auth-service", "sso-bridge", "session-store", "user-profile"},
            {"platform", "api-gateway", "service-mesh", "edge-proxy", "k8s-platform", "internal-dns"},
            {"data", "data-pipeline", "warehouse-loader", "kafka-connect", "reporting-api"},
            {"mobile", "mobile-api", "push-notifications", "app-config"},
            {"web", "web-frontend", "cdn-edge", "static-assets", "image-resizer"},
            {"messaging", "notifications", "email-sender", "sms-gateway"},
            {"seller", "seller-portal", "seller-api", "webhooks-dispatcher"},
    };
    static final String[] FIRST = {"Sarah", "Marco", "Priya", "James", "Olu", "Kwame", "Hannah", "Leila", "Dev", "Carmen",
            "Jonah", "Mei-Lin", "Grace", "Sasha", "Rafael", "Marta", "Tomasz", "Lena", "Victor", "Aisha", "Noah", "Yuki", "Ravi",
            "Elena", "Omar", "Fatima", "Lukas", "Ingrid", "Chen", "Amara", "Diego", "Nadia", "Arjun", "Sofia", "Kenji", "Zoë",
            "José", "Søren", "Łukasz", "Chloé", "Emeka", "Ana", "Pavel", "Hiroshi", "Maya", "Tariq", "Beatriz", "Finn", "Ines"};
    static final String[] LAST = {"Chen", "Rossi", "Patel", "O'Brien", "Adeyemi", "Mensah", "Feld", "Haddad", "Raman", "Ruiz",
            "Brandt", "Zhou", "Whitfield", "Petrenko", "Duarte", "Sokolova", "Wicz", "Park", "Lam", "Bakare", "Okafor", "Nakamura",
            "Iyer", "Popescu", "Farouk", "Kowalski", "Lindqvist", "Mbeki", "Silva", "Novak", "Tanaka", "Rahman", "Costa",
            "Müller", "García", "Jensen", "Dubois", "Nwosu", "Ferreira", "Sato", "Khan", "Moreau", "Schulz", "Vega"};
    static final String[] VENDORS = {"Corvia Payments", "TaxGrid", "SendPulse SMS", "MailRelay", "GeoLookup", "EdgeCDN",
            "NimbusDNS", "AddressCheck", "Helix Acquiring", "SecurePath 3DS", "ShipStream", "PushBridge"};
    static final String[] REGIONS = {"eu-west-1", "us-east-1", "us-west-2", "eu-central-1", "ap-southeast-1"};
    static final String[] FLAGS = {"new-checkout-flow", "search.personalization", "retry.experiment.v2", "payments.3ds2",
            "cart.merge-on-login", "home.feed-v3", "orders.async-confirm", "seller.bulk-edit", "auth.passkeys", "pricing.dynamic"};
    static final String[] CONFIGS = {"routing.yaml", "rate-limits.conf", "checkout-timeouts", "pool-settings", "edge-routes",
            "session-config", "upstreams.json", "cache-policy", "payment-routing", "search-weights"};
    static final String[] TABLES = {"orders", "ledger_entries", "payments", "sessions", "inventory_items", "seller_payouts",
            "shipments", "order_events", "refunds"};
    static final String[] DBS = {"orders-db", "ledger-pg", "payments-db", "inventory-db", "sessions-pg", "catalog-db"};
    static final String[] JOBS = {"nightly-settlement", "revenue_daily", "search-reindex", "payout-batch", "catalog-export",
            "invoice-run", "reconciliation", "feed-builder"};
    static final String[] QUEUES = {"order-events", "settlement-events", "email-outbox", "webhook-deliveries", "inventory-updates",
            "push-outbox"};
    static final String[] LIBS = {"okhttp", "grpc-java", "pgjdbc", "jackson-databind", "netty", "openssl", "hikaricp", "node-fetch",
            "redis-client", "aws-sdk"};
    static final String[] DASH = {"Grafana", "Datadog", "New Relic", "Kibana"};
    static final String[] PAGERS = {"PagerDuty", "Opsgenie"};
    static final String[] DEPLOY_TOOLS = {"ArgoCD", "Spinnaker", "Jenkins", "GitHub Actions", "Harness"};
    static final String[] HOST_PREFIX = {"api", "img", "m", "pay", "seller", "static", "auth", "cdn", "help", "www"};
    static final String BRAND = "fernhill";

    /** A time zone as a postmortem names it; abbreviations are fixed offsets (as CONTRACT's readers treat them). */
    record Zone(String label, ZoneOffset offset) {
        boolean utc() {
            return offset.getTotalSeconds() == 0;
        }
    }

    private static final ZoneId US_PACIFIC = ZoneId.of("America/Los_Angeles");
    private static final ZoneId CENTRAL_EUROPE = ZoneId.of("Europe/Berlin");

    /** A zone for an incident on {@code date}, with the summer or winter abbreviation that date would use. */
    static Zone zoneFor(SplittableRandom r, LocalDate date) {
        int k = weighted(r, 58, 10, 8, 10, 3, 3, 5, 3);
        boolean summer = US_PACIFIC.getRules().isDaylightSavings(date.atStartOfDay(US_PACIFIC).toInstant());
        boolean euSummer = CENTRAL_EUROPE.getRules().isDaylightSavings(date.atStartOfDay(ZoneOffset.UTC).toInstant());
        return switch (k) {
            case 0 -> new Zone(pick(r, "UTC", "UTC", "UTC", "GMT"), ZoneOffset.UTC);
            case 1 -> summer ? new Zone("PDT", ZoneOffset.ofHours(-7)) : new Zone("PST", ZoneOffset.ofHours(-8));
            case 2 -> summer ? new Zone("EDT", ZoneOffset.ofHours(-4)) : new Zone("EST", ZoneOffset.ofHours(-5));
            case 3 -> euSummer ? new Zone("CEST", ZoneOffset.ofHours(2)) : new Zone("CET", ZoneOffset.ofHours(1));
            case 4 -> new Zone("UTC+2", ZoneOffset.ofHours(2));
            case 5 -> new Zone("IST", ZoneOffset.ofHoursMinutes(5, 30));
            case 6 -> euSummer ? new Zone("BST", ZoneOffset.ofHours(1)) : new Zone("GMT", ZoneOffset.UTC);
            default -> new Zone("JST", ZoneOffset.ofHours(9));
        };
    }

    // =========================================================================================
    // The incident model and planner
    // =========================================================================================

    record Factor(String family, String lead, String text) {
    }

    record Action(String text, String owner, String ownerName, String due, String priority, String status, String canonicalStatus) {
    }

    record Impact(long users, int pct, long failed, long revenue, boolean slo, int tickets, boolean publicComms) {
    }

    enum Detect {
        ALERT("alert"), CUSTOMER("customer_report"), NOTICED("internal"), SYNTHETIC("alert");

        final String method;

        Detect(String method) {
            this.method = method;
        }
    }

    /** One planned incident: the facts, and its events in time order. */
    static final class Incident {
        String id;
        String family;
        List<Factor> factors = new ArrayList<>();
        String title;
        String summary;
        String root;
        String identifyText;
        int sev;
        Zone zone;
        LocalDate date;
        LocalDate pmDate;
        String team;
        List<String> services = new ArrayList<>();
        String author;
        List<String> participants = new ArrayList<>();
        String status;
        Impact impact;
        List<Ev> events = new ArrayList<>();
        Detect detect;
        boolean rolledBack;
        List<Action> actions = new ArrayList<>();
        List<String> well = new ArrayList<>();
        List<String> poorly = new ArrayList<>();
        List<String> lessons = new ArrayList<>();
        List<String> lucky = new ArrayList<>();
        Ctx ctx;
        boolean seconds;

        private Map<Ph, Instant> truth;

        /** The phase timestamps of the planned events (computed once: events do not change after planning). */
        Map<Ph, Instant> truth() {
            if (truth == null) {
                truth = truthOf(events);
            }
            return truth;
        }

        String factorFamilies() {
            List<String> f = new ArrayList<>();
            factors.forEach(x -> f.add(x.family()));
            return String.join(",", f);
        }

        String sevCanonical() {
            return "SEV" + sev;
        }
    }

    /** Plans incidents: who, what, when, why, and the timeline. */
    static final class Planner {
        private final Phrases p;

        Planner(Phrases p) {
            this.p = p;
        }

        /**
         * @param seconds  whether the document shows seconds (events then carry them)
         * @param dormant  whether a dormant change may lead the timeline
         * @param utcOnly  whether the document can only express UTC
         */
        Incident plan(SplittableRandom r, String id, boolean seconds, boolean dormant, boolean utcOnly) {
            return plan(r, id, seconds, dormant, utcOnly, -1, -1);
        }

        /** As above, in a given quarter (0 = 2024-Q1) and team (index into {@link #TEAMS}); -1 draws them. */
        Incident plan(SplittableRandom r, String id, boolean seconds, boolean dormant, boolean utcOnly, int inQuarter, int inTeam) {
            Incident inc = new Incident();
            inc.id = id;
            inc.seconds = seconds;
            int quarter = inQuarter >= 0 ? inQuarter : weighted(r, quarterWeights());
            LocalDate qStart = FIRST_DAY.plusMonths(3L * quarter);
            int days = (int) ChronoUnit.DAYS.between(qStart, qStart.plusMonths(3));
            LocalDate localDay = qStart.plusDays(r.nextInt(days));
            inc.family = PRIMARY.get(weighted(r, familyWeights(quarter)));
            inc.sev = 1 + weighted(r, 7, 25, 45, 23);
            inc.zone = utcOnly ? new Zone("UTC", ZoneOffset.UTC) : zoneFor(r, localDay);
            String[] team = TEAMS[inTeam >= 0 ? inTeam : r.nextInt(TEAMS.length)];
            inc.team = team[0];
            String svc = team[1 + r.nextInt(team.length - 1)];
            String svc2 = svc;
            while (svc2.equals(svc)) {
                String[] other = TEAMS[r.nextInt(TEAMS.length)];
                svc2 = other[1 + r.nextInt(other.length - 1)];
            }
            inc.services.add(svc);
            if (chance(r, 0.6)) {
                inc.services.add(svc2);
            }
            List<String> people = new ArrayList<>();
            while (people.size() < 5) {
                String name = pick(r, FIRST) + " " + pick(r, LAST);
                if (!people.contains(name)) {
                    people.add(name);
                }
            }
            inc.author = people.get(0);
            inc.participants.addAll(people.subList(0, between(r, 2, 5)));
            inc.ctx = context(r, inc, svc, svc2, people, localDay);
            Ctx c = inc.ctx;

            String fam = inc.family;
            inc.title = capitalise(c.fill(p.pick(fam + ".title", r)));
            inc.identifyText = c.fill(p.pick(fam + ".identify", r));
            c.put("cause", inc.identifyText);
            inc.root = c.fill(p.pick(fam + ".root", r));
            inc.factors = factors(r, inc);
            inc.impact = impact(r, inc.sev);

            // --- the timeline -----------------------------------------------------------------
            int startMinute = startMinuteOfDay(r);
            LocalDateTime startLocal = localDay.atStartOfDay().plusMinutes(startMinute);
            if (seconds) {
                startLocal = startLocal.plusSeconds(r.nextInt(60));
            }
            Instant t0 = startLocal.toInstant(inc.zone.offset());
            boolean withDormant = dormant && DORMANT.contains(fam) && chance(r, 0.22);
            timeline(r, inc, t0, withDormant);
            inc.date = LocalDateTime.ofInstant(inc.truth().get(Ph.STARTED), inc.zone.offset()).toLocalDate();
            inc.pmDate = inc.date.plusDays(lognormal(r, 3, 0.8, 0, 40));
            inc.status = pick(r, "Final", "Final", "Final", "In Review", "Draft", "Complete", "Published");
            inc.summary = summary(r, inc);
            inc.actions = actions(r, inc);
            inc.well = coherent(inc, distinctFilled(r, c, "well", between(r, 2, 5)), 4);
            inc.poorly = coherent(inc, distinctFilled(r, c, "poorly", between(r, 1, 4)), 3);
            inc.lessons = distinctFilled(r, c, "lesson", between(r, 2, 3));
            inc.lucky = distinctFilled(r, c, "lucky", between(r, 1, 2));
            return inc;
        }

        /** Drops praise or regret for things that did not happen in this incident (a rollback, a restore, a failover). */
        private static List<String> coherent(Incident inc, List<String> lines, int max) {
            boolean restore = inc.events.stream().anyMatch(e -> e.kind() == Kind.RESTORE_DONE);
            boolean ineffective = inc.events.stream().anyMatch(e -> e.kind() == Kind.RB_NOEFFECT);
            boolean failover = inc.events.stream().anyMatch(e -> e.text().contains("fail") && e.text().contains("over"));
            boolean paged = inc.detect == Detect.ALERT || inc.detect == Detect.SYNTHETIC;
            List<String> out = new ArrayList<>();
            for (String l : lines) {
                String t = l.toLowerCase(Locale.ROOT);
                boolean keep = (!t.contains("rollback") || inc.rolledBack)
                        && (!t.contains("snapshot") || restore)
                        && (!t.contains("revert we tried") || ineffective)
                        && (!(t.contains("failover") || t.contains("secondary provider")) || failover)
                        && (!t.contains("alert fired") || paged)
                        && (!(t.contains("customers noticed") || t.contains("nobody was paged")) || !paged);
                if (keep && out.size() < max) {
                    out.add(l);
                }
            }
            if (out.isEmpty()) {
                out.add(lines.get(0).contains("ollback") ? "Responders coordinated well in the incident channel." : lines.get(0));
            }
            return out;
        }

        private List<String> distinctFilled(SplittableRandom r, Ctx c, String key, int n) {
            List<String> out = new ArrayList<>();
            for (String s : p.pickDistinct(key, n, r)) {
                out.add(c.fill(s));
            }
            return out;
        }

        private static final double[] QUARTER_WEIGHTS = new double[QUARTERS];

        static {
            for (int q = 0; q < QUARTERS; q++) {
                QUARTER_WEIGHTS[q] = 1.0 + 0.06 * q;
            }
        }

        /** Incident volume grows by 6% of the first quarter's each quarter. */
        static double[] quarterWeights() {
            return QUARTER_WEIGHTS;
        }

        private static final double[][] FAMILY_WEIGHTS = new double[QUARTERS][];

        static {
            for (int q = 0; q < QUARTERS; q++) {
                FAMILY_WEIGHTS[q] = computeFamilyWeights(q);
            }
        }

        static double[] familyWeights(int quarter) {
            return FAMILY_WEIGHTS[quarter];
        }

        /** Zipf over {@link #PRIMARY}, with retry storms rising and certificate expiries falling over the quarters. */
        private static double[] computeFamilyWeights(int quarter) {
            double[] w = new double[PRIMARY.size()];
            for (int k = 0; k < w.length; k++) {
                w[k] = 1.0 / Math.pow(k + 1, ZIPF_S);
                String f = PRIMARY.get(k);
                if (f.equals("retry-storm-no-circuit-breaker")) {
                    w[k] *= 0.6 + 0.1 * quarter;
                } else if (f.equals("cert-expiry")) {
                    w[k] *= 1.5 - 0.08 * quarter;
                }
            }
            return w;
        }

        private static int startMinuteOfDay(SplittableRandom r) {
            int band = weighted(r, 8, 14, 48, 18, 12);
            int hour = switch (band) {
                case 0 -> between(r, 0, 5);
                case 1 -> between(r, 6, 8);
                case 2 -> between(r, 9, 17);
                case 3 -> between(r, 18, 20);
                default -> between(r, 21, 23);
            };
            return hour * 60 + r.nextInt(60);
        }

        private Ctx context(SplittableRandom r, Incident inc, String svc, String svc2, List<String> people, LocalDate day) {
            Ctx c = new Ctx(r);
            int major = between(r, 1, 9);
            int minor = between(r, 0, 40);
            int patch = between(r, 1, 9);
            c.put("svc", svc).put("svc2", svc2).put("team", inc.team)
                    .put("ver", "v" + major + "." + minor + "." + patch)
                    .put("prevver", "v" + major + "." + minor + "." + (patch - 1))
                    .put("author", people.get(0)).put("ic", people.get(1)).put("oncall", people.get(2))
                    .put("eng", people.get(3)).put("eng2", people.get(4))
                    .put("vendor", pick(r, VENDORS)).put("region", REGIONS[r.nextInt(REGIONS.length)])
                    .put("host", pick(r, HOST_PREFIX) + "." + BRAND + ".example")
                    .put("flag", pick(r, FLAGS)).put("cfg", pick(r, CONFIGS)).put("table", pick(r, TABLES))
                    .put("db", pick(r, DBS)).put("job", pick(r, JOBS)).put("queue", pick(r, QUEUES))
                    .put("dash", pick(r, DASH)).put("pager", pick(r, PAGERS)).put("deploytool", pick(r, DEPLOY_TOOLS))
                    .put("lib", pick(r, LIBS)).put("libver", between(r, 2, 9) + "." + between(r, 0, 20) + ".0")
                    .put("oldlibver", between(r, 1, 8) + "." + between(r, 0, 20) + "." + between(r, 1, 9))
                    .put("pool", String.valueOf(pick(r, List.of(10, 20, 30, 50, 100))))
                    .put("ticket", pick(r, "OPS", "CHG", "PLAT", "SRE", "INFRA") + "-" + between(r, 100, 9999))
                    .put("chan", "inc-" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + svc)
                    .put("sev", sevTimelineText(r, inc.sev));
            String region2 = c.get("region");
            while (region2.equals(c.get("region"))) {
                region2 = REGIONS[r.nextInt(REGIONS.length)];
            }
            c.put("region2", region2);
            String camel = camel(svc);
            c.put("alert", camel + pick(r, "ErrorRateHigh", "5xxBurnRate", "LatencyHigh", "AvailabilityLow", "SLOBurn"));
            c.put("metric", switch (inc.family) {
                case "connection-pool-exhaustion" -> pick(r, "Connection pool usage", svc + " pool utilisation");
                case "disk-full" -> pick(r, "Disk usage on " + svc, "Root volume usage");
                case "missing-alert" -> pick(r, "Queue lag", svc + " backlog");
                case "traffic-spike", "autoscaling-limit" -> pick(r, svc + " CPU", svc + " p99 latency");
                default -> pick(r, svc + " error rate", svc + " 5xx rate", svc + " p99 latency");
            });
            if (inc.family.equals("config-change-unvalidated")) {
                c.put("rbwhat", "the " + c.get("cfg") + " change").put("rbto", "the previous " + c.get("cfg"));
            } else {
                c.put("rbwhat", svc + " " + c.get("ver")).put("rbto", c.get("prevver"));
            }
            return c;
        }

        private static String camel(String svc) {
            StringBuilder sb = new StringBuilder();
            for (String part : svc.split("-")) {
                if (!part.isEmpty()) {
                    sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
                }
            }
            return sb.toString();
        }

        static String sevTimelineText(SplittableRandom r, int sev) {
            return switch (r.nextInt(4)) {
                case 0, 1 -> "SEV" + sev;
                case 2 -> "P" + sev;
                default -> "Sev " + sev;
            };
        }

        private List<Factor> factors(SplittableRandom r, Incident inc) {
            List<Factor> out = new ArrayList<>();
            int own = chance(r, 0.55) ? 2 : 1;
            for (String line : p.pickDistinct(inc.family + ".factor", own, r)) {
                out.add(factor(inc.family, inc.ctx.fill(line)));
            }
            int others = between(r, 1, 3);
            List<String> used = new ArrayList<>(List.of(inc.family));
            for (int k = 0; k < others; k++) {
                String fam;
                if (chance(r, 0.45)) {
                    fam = SECONDARY.get(r.nextInt(SECONDARY.size()));
                } else {
                    fam = PRIMARY.get(weighted(r, familyWeights(5)));
                }
                if (used.contains(fam)) {
                    continue;
                }
                used.add(fam);
                out.add(factor(fam, inc.ctx.fill(p.pick(fam + ".factor", r))));
            }
            // the primary family's factor is not always listed first
            if (out.size() > 1 && chance(r, 0.3)) {
                Factor f = out.remove(0);
                out.add(between(r, 1, out.size()), f);
            }
            return out;
        }

        private static Factor factor(String family, String line) {
            int sep = line.indexOf(" :: ");
            return sep < 0 ? new Factor(family, "", line) : new Factor(family, line.substring(0, sep), line.substring(sep + 4));
        }

        private static Impact impact(SplittableRandom r, int sev) {
            int pct = switch (sev) {
                case 1 -> between(r, 40, 100);
                case 2 -> between(r, 8, 60);
                case 3 -> between(r, 1, 15);
                default -> between(r, 0, 3);
            };
            long base = between(r, 20, 400) * 1000L;
            long users = Math.max(0, base * pct / 100);
            long failed = users * between(r, 2, 40);
            long revenue = sev <= 2 ? between(r, 5, 400) * 1000L : sev == 3 ? between(r, 0, 30) * 500L : 0;
            int tickets = (int) Math.min(5000, users / between(r, 50, 400));
            return new Impact(users, pct, failed, revenue, sev <= 2 && chance(r, 0.85), tickets, sev <= 2);
        }

        /** Builds the events of one incident (see the class comment for the timing cases). */
        private void timeline(SplittableRandom r, Incident inc, Instant t0, boolean withDormant) {
            String fam = inc.family;
            Ctx c = inc.ctx;
            List<Ev> evs = inc.events;
            boolean sec = inc.seconds;
            // detection
            boolean silent = fam.equals("missing-alert");
            inc.detect = silent ? (chance(r, 0.5) ? Detect.CUSTOMER : Detect.NOTICED)
                    : Detect.values()[weighted(r, 60, 18, 14, 8)];
            int ttd = switch (inc.detect) {
                case ALERT, SYNTHETIC -> lognormal(r, 7, 0.8, 1, 240);
                case CUSTOMER -> lognormal(r, 25, 0.8, 3, 600);
                case NOTICED -> lognormal(r, 35, 0.9, 3, 600);
            };
            if (silent) {
                ttd = lognormal(r, 200, 0.8, 30, 1200);
            }
            Cursor at = new Cursor(t0, r, sec);
            if (withDormant) {
                long back = between(r, 26 * 60, 9 * 24 * 60);
                Instant bg = t0.minus(back, ChronoUnit.MINUTES);
                if (sec) {
                    bg = bg.plusSeconds(r.nextInt(60));
                }
                evs.add(new Ev(bg, capitalise(c.fill(p.pick(fam + ".dormant", r))), "Change log", Ph.NONE, Kind.BACKGROUND));
                evs.add(ev(at.now(), c.fill(p.pick(fam + ".sign", r)), c.get("dash"), Ph.NONE, Kind.SIGN));
            } else {
                evs.add(ev(at.now(), c.fill(p.pick(fam + ".trigger", r)), triggerSource(r, c), Ph.NONE, Kind.TRIGGER));
                if (ttd >= 3 && chance(r, 0.6)) {
                    evs.add(ev(at.plus(between(r, 1, Math.max(1, ttd / 2))), c.fill(p.pick(fam + ".sign", r)), c.get("dash"), Ph.NONE, Kind.SIGN));
                }
            }
            long used = at.minutesSinceStart();
            if (ttd - used >= 2 && chance(r, 0.18)) {
                evs.add(ev(at.plus(between(r, 1, (int) (ttd - used - 1))), c.fill(p.pick("threshold.unpaged", r)),
                        c.get("dash") + " dashboard", Ph.NONE, Kind.THRESHOLD));
            }
            used = at.minutesSinceStart();
            at.plus((int) Math.max(1, ttd - used));
            String detectKey = switch (inc.detect) {
                case ALERT -> "detect.alert";
                case CUSTOMER -> "detect.customer";
                case NOTICED -> "detect.noticed";
                case SYNTHETIC -> "detect.synthetic";
            };
            String detectSource = switch (inc.detect) {
                case ALERT, SYNTHETIC -> c.get("pager");
                case CUSTOMER -> pick(r, "Support", "Zendesk", "Customer report");
                case NOTICED -> pick(r, "Slack", "Engineer", "Dashboard");
            };
            evs.add(ev(at.now(), c.fill(p.pick(detectKey, r)), detectSource, Ph.DETECTED, Kind.DETECT));
            boolean paged = inc.detect == Detect.ALERT || inc.detect == Detect.SYNTHETIC;
            if (chance(r, paged ? 0.92 : 0.6)) {
                evs.add(ev(at.plus(paged ? between(r, 1, 12) : between(r, 2, 30)), c.fill(p.pick(paged ? "ack" : "ack.unpaged", r)),
                        paged ? c.get("pager") : "Slack", Ph.ACKNOWLEDGED, Kind.ACK));
            }
            boolean declared = chance(r, inc.sev <= 2 ? 0.95 : 0.7);
            boolean declareLate = declared && chance(r, 0.15);
            if (declared && !declareLate) {
                evs.add(ev(at.plus(between(r, 1, 20)), c.fill(p.pick("declare", r)), "Slack", Ph.DECLARED, Kind.DECLARE));
            }
            for (String status : p.pickDistinct("status", between(r, 0, 2), r)) {
                evs.add(ev(at.plus(between(r, 2, 15)), c.fill(status), pick(r, "Statuspage", "Slack", "Comms"), Ph.NONE, Kind.STATUS));
            }
            if (chance(r, 0.3)) {
                evs.add(ev(at.plus(between(r, 3, 20)), c.fill(p.pick("suspect", r)), "Investigation", Ph.NONE, Kind.SUSPECT));
            }
            if (declareLate) {
                evs.add(ev(at.plus(between(r, 1, 15)), c.fill(p.pick("declare", r)), "Slack", Ph.DECLARED, Kind.DECLARE));
            }
            // response path
            boolean identify = chance(r, 0.93);
            boolean rollbackable = ROLLBACKABLE.contains(fam) && !withDormant;
            int path = rollbackable ? weighted(r, 35, 12, 12, 41) : 3;
            String identifyLine = c.fill(p.pick("identify.lead", r));
            String mitigation = fam.equals("third-party-outage") || !chance(r, 0.12)
                    ? c.fill(p.pick(fam + ".mitigate", r)) : c.fill(p.pick("mitigate.generic", r));
            switch (path) {
                case 0 -> { // rollback that works; identification before or after it
                    boolean identifyFirst = chance(r, 0.6);
                    if (identify && identifyFirst) {
                        evs.add(ev(at.plus(between(r, 5, 60)), identifyLine, "Investigation", Ph.IDENTIFIED, Kind.IDENTIFY));
                    }
                    evs.add(ev(at.plus(between(r, 2, 25)), c.fill(p.pick("rollback.start", r)), c.get("deploytool"),
                            Ph.ROLLBACK_STARTED, Kind.RB_START));
                    evs.add(ev(at.plus(between(r, 3, 25)), c.fill(p.pick("rollback.done", r)), c.get("dash"), Ph.MITIGATED, Kind.RB_DONE));
                    inc.rolledBack = true;
                    if (identify && !identifyFirst) {
                        evs.add(ev(at.plus(between(r, 5, 60)), identifyLine, "Investigation", Ph.IDENTIFIED, Kind.IDENTIFY));
                    }
                }
                case 1 -> { // rollback that changes nothing; the real mitigation comes later
                    evs.add(ev(at.plus(between(r, 3, 30)), c.fill(p.pick("rollback.start", r)), c.get("deploytool"),
                            Ph.ROLLBACK_STARTED, Kind.RB_START));
                    evs.add(ev(at.plus(between(r, 4, 20)), c.fill(p.pick("rollback.noeffect", r)), c.get("dash"), Ph.NONE, Kind.RB_NOEFFECT));
                    if (identify) {
                        evs.add(ev(at.plus(between(r, 5, 45)), identifyLine, "Investigation", Ph.IDENTIFIED, Kind.IDENTIFY));
                    }
                    evs.add(ev(at.plus(between(r, 5, 45)), mitigation, "Responder", Ph.MITIGATED, Kind.MITIGATE));
                }
                case 2 -> { // rollback discussed and rejected
                    if (identify) {
                        evs.add(ev(at.plus(between(r, 5, 60)), identifyLine, "Investigation", Ph.IDENTIFIED, Kind.IDENTIFY));
                    }
                    evs.add(ev(at.plus(between(r, 2, 15)), c.fill(p.pick("rollback.rejected", r)), "Slack", Ph.NONE, Kind.RB_REJECTED));
                    evs.add(ev(at.plus(between(r, 5, 50)), mitigation, "Responder", Ph.MITIGATED, Kind.MITIGATE));
                }
                default -> { // fix forward; occasionally mitigate first and find the cause afterwards
                    boolean mitigateFirst = chance(r, 0.15);
                    if (identify && !mitigateFirst) {
                        evs.add(ev(at.plus(between(r, 5, 90)), identifyLine, "Investigation", Ph.IDENTIFIED, Kind.IDENTIFY));
                    }
                    evs.add(ev(at.plus(between(r, 4, 60)), mitigation, "Responder", Ph.MITIGATED, Kind.MITIGATE));
                    if (identify && mitigateFirst) {
                        evs.add(ev(at.plus(between(r, 5, 60)), identifyLine, "Investigation", Ph.IDENTIFIED, Kind.IDENTIFY));
                    }
                }
            }
            // recovery
            if (chance(r, 0.35)) {
                evs.add(ev(at.plus(between(r, 3, 30)), c.fill(p.pick("partial", r)), c.get("dash"), Ph.NONE, Kind.PARTIAL));
            }
            double restore = switch (fam) {
                case "data-corruption-bad-backfill" -> 1.0;
                case "disk-full" -> 0.3;
                case "schema-migration-lock", "network-partition" -> 0.1;
                default -> 0.03;
            };
            if (chance(r, restore)) {
                evs.add(ev(at.plus(between(r, 5, 40)), c.fill(p.pick("restore.start", r)), "Ops", Ph.NONE, Kind.RESTORE_START));
                evs.add(ev(at.plus(between(r, 20, 180)), c.fill(p.pick("restore.done", r)), "Ops", Ph.NONE, Kind.RESTORE_DONE));
            }
            boolean interim = chance(r, 0.45);
            if (interim) {
                evs.add(ev(at.plus(between(r, 5, 60)), c.fill(p.pick("resolved.interim", r)), c.get("dash"), Ph.RESOLVED,
                        Kind.RESOLVED_INTERIM));
            }
            if (chance(r, 0.3)) {
                evs.add(ev(at.plus(between(r, 5, 30)), c.fill(p.pick("monitoring", r)), "Slack", Ph.NONE, Kind.MONITORING));
            }
            // always an explicit recovery event: mitigations often read as recovery too ("requests succeeding
            // again"), and the truth should not hang on that reading
            if (!interim || chance(r, 0.9)) {
                evs.add(ev(at.plus(between(r, 5, 90)), c.fill(p.pick("resolved.final", r)), c.get("dash"), Ph.RESOLVED,
                        Kind.RESOLVED_FINAL));
            }
            if (chance(r, 0.88)) {
                evs.add(ev(at.plus(between(r, 5, 120)), c.fill(p.pick("close", r)), "Slack", Ph.CLOSED, Kind.CLOSE));
                if (chance(r, 0.15)) {
                    for (String s : p.pickDistinct("afterclose", between(r, 1, 2), r)) {
                        evs.add(ev(at.plus(between(r, 15, 3 * 24 * 60)), c.fill(s), pick(r, "Slack", c.get("pager"), "Calendar"),
                                Ph.NONE, Kind.AFTER_CLOSE));
                    }
                }
            }
        }

        private static String triggerSource(SplittableRandom r, Ctx c) {
            return pick(r, c.get("deploytool"), "Deploy log", "Change log", "Audit log", "Scheduler");
        }

        private static Ev ev(Instant at, String text, String source, Ph label, Kind kind) {
            return new Ev(at, capitalise(text), source, label, kind);
        }

        private String summary(SplittableRandom r, Incident inc) {
            Ctx c = inc.ctx;
            Map<Ph, Instant> t = inc.truth();
            Instant start = t.get(Ph.STARTED);
            Instant end = t.getOrDefault(Ph.RESOLVED, t.getOrDefault(Ph.MITIGATED, t.get(Ph.DETECTED)));
            long mins = end == null ? 0 : Duration.between(start, end).toMinutes();
            String dur = durationWords(r, mins);
            String impact = switch (r.nextInt(4)) {
                case 0 -> "About " + thousands(inc.impact.users()) + " users were affected over " + dur + ".";
                case 1 -> "Roughly " + inc.impact.pct() + "% of requests to " + c.get("svc") + " failed for " + dur + ".";
                case 2 -> "Customers were affected for " + dur + ".";
                default -> "The impact lasted " + dur + " from the first errors to full recovery.";
            };
            String fix = inc.rolledBack ? " Service was restored by rolling back to " + c.get("rbto") + "."
                    : chance(r, 0.5) ? " Service was restored once the mitigation took effect." : "";
            return c.fill(p.pick(inc.family + ".summary", r)) + " " + impact + fix;
        }

        private List<Action> actions(SplittableRandom r, Incident inc) {
            List<String> texts = new ArrayList<>();
            texts.addAll(p.pickDistinct(inc.family + ".action", between(r, 1, 3), r));
            for (Factor f : inc.factors) {
                if (!f.family().equals(inc.family) && p.has(f.family() + ".action") && chance(r, 0.6)) {
                    String a = p.pick(f.family() + ".action", r);
                    if (!texts.contains(a)) {
                        texts.add(a);
                    }
                }
            }
            List<Action> out = new ArrayList<>();
            for (String t : texts) {
                String canonical = List.of("done", "in_progress", "open", "wont_do").get(weighted(r, 40, 20, 32, 8));
                String status = switch (canonical) {
                    case "done" -> pick(r, "Done", "Done", "DONE", "done", "Completed", "Complete", "Closed", "Fixed", "✅ Done", "Shipped");
                    case "in_progress" -> pick(r, "In Progress", "In progress", "in-progress", "WIP", "Ongoing", "Started", "In review");
                    case "open" -> pick(r, "Open", "Open", "TODO", "To do", "Not started", "Backlog", "Planned", "Outstanding");
                    default -> pick(r, "Won't do", "Won't fix", "Cancelled", "Canceled", "Not doing", "Dropped");
                };
                if (chance(r, 0.04)) {
                    status = "";
                    canonical = "";
                }
                String person = pick(r, inc.participants);
                String firstName = person.substring(0, person.indexOf(' ')).toLowerCase(Locale.ROOT);
                String owner = switch (weighted(r, 40, 33, 8, 6, 13)) {
                    case 0 -> "@" + ascii(firstName);
                    case 1 -> person;
                    case 2 -> ascii(person.toLowerCase(Locale.ROOT).replace(' ', '.').replace("'", "")) + "@" + BRAND + ".example";
                    case 3 -> "Team " + capitalise(inc.team);
                    default -> "";
                };
                String due;
                int dueKind = weighted(r, 76, 12, 7, 5);
                LocalDate dueDate = inc.pmDate.plusDays(between(r, 3, 90));
                due = switch (dueKind) {
                    case 0 -> dueDate.toString();
                    case 1 -> "";
                    case 2 -> dueDate.format(DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ROOT));
                    default -> pick(r, "TBD", "Q" + (1 + (dueDate.getMonthValue() - 1) / 3), "next sprint");
                };
                String priority = chance(r, 0.7) ? "P" + between(r, 1, 3) : pick(r, "High", "Medium", "Low");
                out.add(new Action(inc.ctx.fill(t), owner, person, due, priority, status, canonical));
            }
            return out;
        }
    }

    static String ascii(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char ch = s.charAt(k);
            sb.append(switch (ch) {
                case 'é', 'è' -> 'e';
                case 'ë' -> 'e';
                case 'ø' -> 'o';
                case 'ü' -> 'u';
                case 'ł' -> 'l';
                case 'í' -> 'i';
                case 'á' -> 'a';
                case 'Ł' -> 'L';
                default -> ch;
            });
        }
        return sb.toString();
    }

    static String durationWords(SplittableRandom r, long mins) {
        long h = mins / 60;
        long m = mins % 60;
        if (h == 0) {
            return mins + " minutes";
        }
        return switch (r.nextInt(3)) {
            case 0 -> h + (h == 1 ? " hour" : " hours") + (m == 0 ? "" : " and " + m + " minutes");
            case 1 -> h + "h " + m + "min";
            default -> mins + " minutes";
        };
    }

    /** Moves through an incident's time in whole minutes (plus fixed seconds when the document shows them). */
    static final class Cursor {
        private final Instant start;
        private final SplittableRandom r;
        private final boolean seconds;
        private long minutes;
        private Instant now;

        Cursor(Instant start, SplittableRandom r, boolean seconds) {
            this.start = start;
            this.r = r;
            this.seconds = seconds;
            this.now = start;
        }

        Instant now() {
            return now;
        }

        Instant plus(int mins) {
            minutes += Math.max(1, mins);
            now = start.plus(minutes, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES);
            if (seconds) {
                now = now.plusSeconds(r.nextInt(60));
            }
            return now;
        }

        long minutesSinceStart() {
            return minutes;
        }
    }

    // =========================================================================================
    // Writing files
    // =========================================================================================

    enum TimeFmt { HHMM, HHMMSS, AMPM, ISO_T, DATE_SPACE }

    enum ZonePlace { NONE, HEADING, COLUMN, CELL, DATELINE, FRONT_MATTER }

    enum Layout { TABLE2, TABLE3, BULLETS, PLAIN }

    /** How one document writes its timeline. */
    record TimelineSpec(Layout layout, TimeFmt fmt, ZonePlace zone, int bullet, int ampm, boolean zulu) {
    }

    /** Composes one file (its path, bytes and truth rows); used once per file, on any thread. */
    static final class Writer {
        private final Phrases p;
        private final Planner planner;
        String path;
        byte[] content;

        Writer(Phrases p, Planner planner) {
            this.p = p;
            this.planner = planner;
        }

        List<TruthRow> file(int index, Style style, SplittableRandom r) throws IOException {
            return switch (style) {
                case COMPLETE, SHORT, GOOGLE_SRE, ATLASSIAN, FRONT_MATTER -> markdownFile(index, style, r);
                case JSON_NATIVE -> jsonNativeFile(index, r);
                case JSON_ARRAY -> jsonArrayFile(index, r);
                case JSON_LINES -> jsonLinesFile(index, r);
                case EXPORT_MILESTONES -> exportFile(index, r, true);
                case EXPORT_TIMESTAMPS -> exportFile(index, r, false);
                case BROKEN -> brokenFile(index, r);
                case SKIPPED -> skippedFile(index, r);
            };
        }

        private String id(SplittableRandom r, int index, int record, int year) {
            String prefix = pick(r, "INC", "INC", "INC", "PM", "IR");
            return String.format(Locale.ROOT, "%s-%d-%05d", prefix, year, index * 8 + record + 1);
        }

        private String write(String relative, byte[] bytes) {
            if (path != null) {
                throw new IllegalStateException("one file per Writer: " + path + " and " + relative);
            }
            path = relative;
            content = bytes;
            return relative;
        }

        private static String folder(Incident inc, SplittableRandom r) {
            String base = inc.date.getYear() + "/" + inc.team;
            return chance(r, 0.04) ? base + "/drafts" : base;
        }

        // ---------------------------------------------------------------- Markdown
        private List<TruthRow> markdownFile(int index, Style style, SplittableRandom r) throws IOException {
            TimeFmt fmt = TimeFmt.values()[weighted(r, 58, 10, 12, 10, 10)];
            boolean seconds = fmt == TimeFmt.HHMMSS || (fmt == TimeFmt.ISO_T && chance(r, 0.4));
            Incident probe = planner.plan(r, null, seconds, true, false);
            boolean hasId = chance(r, style == Style.SHORT ? 0.3 : 0.8);
            probe.id = hasId ? id(r, index, 0, probe.date.getYear()) : null;
            Md md = new Md(chance(r, 0.03) ? "\r\n" : "\n");
            Style body = style;
            if (style == Style.FRONT_MATTER) {
                body = List.of(Style.SHORT, Style.SHORT, Style.COMPLETE, Style.ATLASSIAN).get(r.nextInt(4));
            }
            TimelineSpec spec = timelineSpec(r, body, probe, fmt, style == Style.FRONT_MATTER);
            boolean statedDate = true;
            if (style == Style.FRONT_MATTER) {
                frontMatter(md, probe, r, spec.zone() == ZonePlace.FRONT_MATTER);
            }
            switch (body) {
                case COMPLETE -> complete(md, probe, r, spec, style == Style.FRONT_MATTER);
                case SHORT -> statedDate = shortTemplate(md, probe, r, spec, style == Style.FRONT_MATTER);
                case GOOGLE_SRE -> googleSre(md, probe, r, spec);
                default -> atlassian(md, probe, r, spec, style == Style.FRONT_MATTER);
            }
            String ext = chance(r, 0.03) ? ".markdown" : ".md";
            // a postmortem that states no date is dated by its file's name when that opens with the day; half of
            // them are named by their slug alone, and stay undated
            boolean namedByDate = statedDate || md.anyDated || chance(r, 0.5);
            String name = (namedByDate ? probe.date + "-" : "") + slug(probe.title, 6) + ext;
            byte[] bytes = md.bytes(chance(r, 0.02));
            String rel = write(folder(probe, r) + "/" + name, bytes);
            boolean dated = statedDate || md.anyDated || namedByDate;
            Map<Ph, Instant> phases = dated ? probe.truth() : Map.of();
            return List.of(new TruthRow(rel, rel, "parsed", probe.id == null ? "" : probe.id, style.label, probe.family,
                    md.writtenFactors, md.severityWritten ? probe.sevCanonical() : "", dated ? probe.date.toString() : "", probe.detect.method, phases));
        }

        private TimelineSpec timelineSpec(SplittableRandom r, Style body, Incident inc, TimeFmt fmt, boolean frontMatter) {
            Layout layout = switch (body) {
                case COMPLETE -> List.of(Layout.TABLE3, Layout.TABLE3, Layout.TABLE3, Layout.TABLE3, Layout.TABLE3, Layout.TABLE3,
                        Layout.TABLE3, Layout.TABLE3, Layout.TABLE2, Layout.BULLETS).get(r.nextInt(10));
                case SHORT -> Layout.values()[weighted(r, 50, 0, 40, 10)];
                case GOOGLE_SRE -> chance(r, 0.85) ? Layout.PLAIN : Layout.BULLETS;
                default -> chance(r, 0.75) ? Layout.BULLETS : Layout.TABLE2;
            };
            if (fmt == TimeFmt.AMPM && chance(r, 0.3)) {
                fmt = TimeFmt.HHMM;
            }
            ZonePlace zone;
            boolean table = layout == Layout.TABLE2 || layout == Layout.TABLE3;
            if (layout == Layout.PLAIN && fmt != TimeFmt.ISO_T && fmt != TimeFmt.DATE_SPACE) {
                zone = chance(r, 0.8) ? ZonePlace.DATELINE : ZonePlace.HEADING;
            } else if (fmt == TimeFmt.ISO_T) {
                zone = ZonePlace.CELL;
            } else if (inc.zone.utc()) {
                zone = ZonePlace.values()[weighted(r, 30, 50, table ? 10 : 0, 10, 0, 0)];
            } else {
                zone = ZonePlace.values()[weighted(r, 0, 45, table ? 20 : 0, 20, 0, frontMatter ? 25 : 0)];
            }
            return new TimelineSpec(layout, fmt, zone, r.nextInt(6), r.nextInt(4), chance(r, 0.5));
        }

        /** Markdown being written, with what it wrote that the truth depends on. */
        static final class Md {
            final StringBuilder sb = new StringBuilder(4096);
            final String nl;
            boolean anyDated;
            boolean severityWritten;
            String writtenFactors = "";

            Md(String nl) {
                this.nl = nl;
            }

            Md line(String s) {
                if (nl.equals("\n")) {
                    sb.append(s).append('\n');
                } else {
                    sb.append(s.replace("\n", nl)).append(nl);
                }
                return this;
            }

            Md blank() {
                sb.append(nl);
                return this;
            }

            Md bullets(List<String> items) {
                for (String i : items) {
                    line("- " + i);
                }
                return blank();
            }

            byte[] bytes(boolean bom) {
                byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
                if (!bom) {
                    return b;
                }
                byte[] out = new byte[b.length + 3];
                out[0] = (byte) 0xEF;
                out[1] = (byte) 0xBB;
                out[2] = (byte) 0xBF;
                System.arraycopy(b, 0, out, 3, b.length);
                return out;
            }
        }

        private String para(SplittableRandom r, String text) {
            return chance(r, 0.5) ? wrap(text, between(r, 80, 100)) : text;
        }

        private static String sevText(Md md, SplittableRandom r, int sev) {
            md.severityWritten = true;
            return sevText(r, sev);
        }

        private static String sevText(SplittableRandom r, int sev) {
            return switch (weighted(r, 40, 8, 6, 18, 14, 6, 4, 4)) {
                case 0 -> "SEV" + sev;
                case 1 -> "SEV-" + sev;
                case 2 -> "Sev " + sev;
                case 3 -> "P" + sev;
                case 4 -> List.of("Critical", "Major", "Moderate", "Minor").get(sev - 1);
                case 5 -> "SEV" + sev + " (" + List.of("Critical", "Major", "Moderate", "Minor").get(sev - 1) + ")";
                case 6 -> "Severity " + sev;
                default -> sev <= 2 ? (sev == 1 ? "Critical" : "High") : sev == 3 ? "Medium" : "Low";
            };
        }

        private void frontMatter(Md md, Incident inc, SplittableRandom r, boolean zone) {
            md.line("---");
            if (inc.id != null) {
                md.line("id: " + inc.id);
            }
            md.line("title: \"" + inc.title.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
            md.line("date: " + inc.date);
            md.line("severity: " + sevText(md, r, inc.sev));
            md.line("services: [" + String.join(", ", inc.services) + "]");
            md.line("author: \"" + inc.author.replace("\"", "") + "\"");
            md.line("postmortem_date: " + inc.pmDate);
            md.line("status: " + inc.status.toLowerCase(Locale.ROOT));
            md.line("participants:");
            for (String s : inc.participants) {
                md.line("  - \"" + s + "\"");
            }
            if (zone) {
                md.line("timezone: " + inc.zone.label());
            }
            md.line("tags: [" + inc.family.split("-")[0] + ", " + inc.team + "]");
            md.line("---");
            md.blank();
        }

        private void complete(Md md, Incident inc, SplittableRandom r, TimelineSpec spec, boolean fm) {
            Ctx c = inc.ctx;
            md.line("# " + pick(r, "Postmortem: ", "Postmortem: ", "Post-mortem: ", "Incident Postmortem: ") + inc.title);
            if (!fm) {
                md.line("# Date: " + inc.date);
            }
            md.blank();
            if (!fm) {
                md.line("## Metadata");
                if (inc.id != null) {
                    md.line("- **Incident ID**: " + inc.id);
                }
                md.line("- **Severity**: " + sevText(md, r, inc.sev));
                md.line("- **Duration**: " + statedDuration(inc, r));
                md.line("- **Author**: " + inc.author + pick(r, "", " (SRE)", " (" + capitalise(inc.team) + ")", " (IC)"));
                md.line("- **Postmortem date**: " + inc.pmDate);
                md.line("- **Status**: " + inc.status);
                md.line("- **Participants**: " + String.join(", ", inc.participants));
                if (chance(r, 0.6)) {
                    md.line("- **Services**: " + String.join(", ", inc.services));
                }
                md.blank();
            }
            md.line("## " + pick(r, "Executive Summary", "Executive Summary", "Summary")).line(para(r, inc.summary)).blank();
            md.line("## Impact");
            impactBullets(md, inc, r, true);
            timeline(md, inc, r, spec, true);
            md.line("## Detection");
            md.line("- **How was the incident detected?** " + detectionAnswer(inc, r));
            md.line("- **Time to detect (TTD)**: " + ttdText(inc, r));
            md.line("- **Were existing alerts effective?** " + pick(r, "Yes", "Partially — the alert fired but described only the symptom",
                    "No — there was no alert for this failure mode", "Partially — a warning fired earlier but did not page anyone"));
            md.blank();
            md.line("## " + pick(r, "Root Cause", "Root Cause", "Root Cause", "Root Causes", "ROOT CAUSE")).line(para(r, inc.root)).blank();
            md.line("## " + pick(r, "Contributing Factors", "Contributing Factors", "Contributing factors", "Contributing Causes"));
            List<String> fams = new ArrayList<>();
            int n = 1;
            for (Factor f : inc.factors) {
                md.line(n++ + ". " + (f.lead().isEmpty() ? f.text() : "**" + f.lead() + "** — " + f.text()));
                fams.add(f.family());
            }
            md.writtenFactors = String.join(",", fams);
            md.blank();
            md.line("## What Went Well").bullets(inc.well);
            md.line("## " + pick(r, "What Went Poorly", "What Went Poorly", "What went wrong")).bullets(inc.poorly);
            md.line("## " + pick(r, "Action Items", "Action Items", "Action Items", "Follow-ups", "Remediation items", "Corrective Actions"));
            if (chance(r, 0.9)) {
                md.line("| ID | Action | Owner | Due Date | Priority | Status |").line("|----|--------|-------|----------|----------|--------|");
                int k = 1;
                for (Action a : inc.actions) {
                    md.line("| " + k++ + " | " + a.text() + " | " + a.owner() + " | " + a.due() + " | " + a.priority() + " | " + a.status() + " |");
                }
                md.blank();
            } else {
                actionList(md, inc, r);
            }
            md.line("## " + pick(r, "Lessons Learned", "Lessons Learned", "Lessons learned", "Key takeaways")).bullets(inc.lessons);
            if (chance(r, 0.7)) {
                md.line("## Appendix");
                md.line("- [" + c.get("dash") + " dashboard for " + c.get("svc") + "](https://" + c.get("dash").toLowerCase(Locale.ROOT)
                        .replace(' ', '-') + ".internal/d/" + c.get("svc") + ")");
                md.line("- [Incident channel #" + c.get("chan") + "](https://chat.internal/archives/" + c.get("chan") + ")");
                md.blank();
            }
        }

        private boolean shortTemplate(Md md, Incident inc, SplittableRandom r, TimelineSpec spec, boolean fm) {
            md.line("# " + pick(r, "Postmortem: ", "Postmortem: ", "Incident: ", "") + inc.title);
            md.blank();
            boolean stated = true;
            if (!fm) {
                int k = weighted(r, 50, 30, 10, 10);
                stated = k < 3 || spec.fmt() == TimeFmt.ISO_T || spec.fmt() == TimeFmt.DATE_SPACE || spec.layout() == Layout.PLAIN
                        || needsDate(inc);
                if (k < 3 || stated) {
                    md.line(switch (k) {
                        case 0 -> "**Date:** " + inc.date;
                        case 1 -> "**Date**: " + inc.date;
                        default -> "Date: " + inc.date;
                    });
                    md.blank();
                }
                if (inc.id != null) {
                    md.line("**Incident ID:** " + inc.id).blank();
                }
            }
            md.line("## " + pick(r, "Summary", "Summary", "TL;DR", "Overview")).line(para(r, inc.summary)).blank();
            md.line("## Impact");
            if (!fm && chance(r, 0.7)) {
                md.line("- Severity: " + sevText(md, r, inc.sev));
            }
            impactBullets(md, inc, r, false);
            timeline(md, inc, r, spec, false);
            md.line("## " + pick(r, "Root Cause", "Root Cause", "Root cause", "What caused it")).line(para(r, inc.root)).blank();
            md.line("## " + pick(r, "Contributing Factors", "Contributing Factors", "Contributing Causes", "Contributing factors"));
            List<String> fams = new ArrayList<>();
            for (Factor f : inc.factors) {
                md.line("- " + f.text());
                fams.add(f.family());
            }
            md.writtenFactors = String.join(",", fams);
            md.blank();
            md.line("## What Went Well").bullets(inc.well);
            md.line("## " + pick(r, "Action Items", "Action Items", "Follow-ups", "Remediation items", "Action items"));
            if (chance(r, 0.8)) {
                md.line("| Action | Owner | Due Date | Status |").line("|--------|-------|----------|--------|");
                for (Action a : inc.actions) {
                    md.line("| " + a.text() + " | " + a.owner() + " | " + a.due() + " | " + a.status() + " |");
                }
                md.blank();
            } else {
                actionList(md, inc, r);
            }
            md.line("## Lessons Learned").bullets(inc.lessons);
            return stated;
        }

        private void googleSre(Md md, Incident inc, SplittableRandom r, TimelineSpec spec) {
            Ctx c = inc.ctx;
            String title = inc.title;
            md.line("# " + title + " Postmortem" + (inc.id != null ? " (" + inc.id + ")" : ""));
            md.blank();
            md.line("**Date:** " + inc.date).blank();
            if (inc.id != null) {
                md.line("**Incident ID:** " + inc.id).blank();
            }
            md.line("**Authors:** " + String.join(", ", inc.participants.subList(0, Math.min(2, inc.participants.size())))).blank();
            md.line("**Status:** " + pick(r, "Complete, action items in progress", "Final", "Draft", "Reviewed")).blank();
            md.line("**Severity:** " + sevText(md, r, inc.sev)).blank();
            md.line("**Services:** " + String.join(", ", inc.services)).blank();
            md.line("## Summary").line(para(r, inc.summary)).blank();
            md.line("## Impact").line(para(r, impactProse(inc, r))).blank();
            md.line("## Root Causes").line(para(r, inc.root)).blank();
            List<String> fams = new ArrayList<>();
            if (chance(r, 0.5)) {
                md.line("## Contributing Factors");
                for (Factor f : inc.factors) {
                    md.line("- " + f.text());
                    fams.add(f.family());
                }
                md.blank();
            }
            md.writtenFactors = String.join(",", fams);
            Ev trigger = inc.events.stream().filter(e -> e.kind() == Kind.TRIGGER || e.kind() == Kind.BACKGROUND).findFirst().orElse(inc.events.get(0));
            md.line("## Trigger").line(trigger.text() + ".").blank();
            Ev mitigation = inc.events.stream().filter(e -> e.label() == Ph.MITIGATED).findFirst().orElse(null);
            md.line("## Resolution").line(mitigation == null ? "The service recovered on its own." : mitigation.text() + ".").blank();
            md.line("## Detection").line(detectionProse(inc, r)).blank();
            md.line("## Action Items");
            md.line("| Action Item | Type | Owner | Bug |").line("|---|---|---|---|");
            for (Action a : inc.actions) {
                String bug = c.get("ticket").split("-")[0] + "-" + between(r, 100, 9999);
                String statusMark = a.canonicalStatus().equals("done") ? " **DONE**" : a.canonicalStatus().equals("wont_do") ? " (won't fix)" : "";
                md.line("| " + a.text() + " | " + pick(r, "prevent", "mitigate", "process", "detect") + " | " + (a.owner().startsWith("@")
                        ? a.ownerName() : a.owner()) + " | " + bug + statusMark + " |");
            }
            md.blank();
            md.line("## Lessons Learned").blank();
            md.line("### What went well").bullets(inc.well);
            md.line("### What went wrong").bullets(inc.poorly);
            md.line("### Where we got lucky").bullets(inc.lucky);
            timeline(md, inc, r, spec, false);
        }

        private void atlassian(Md md, Incident inc, SplittableRandom r, TimelineSpec spec, boolean fm) {
            Ctx c = inc.ctx;
            md.line("# " + pick(r, "Incident review: ", "Incident review: ", "Post-incident review: ", "") + inc.title).blank();
            if (!fm) {
                md.line("| Property | Value |").line("|---|---|");
                if (inc.id != null) {
                    md.line("| Incident ID | " + inc.id + " |");
                }
                md.line("| Incident date | " + inc.date + " |");
                md.line("| Severity | " + sevText(md, r, inc.sev) + " |");
                md.line("| Services | " + String.join(", ", inc.services) + " |");
                md.line("| Owner | " + inc.author + " |");
                md.line("| Review date | " + inc.pmDate + " |");
                md.line("| Status | " + pick(r, "Closed", "Resolved", "In review") + " |");
                md.blank();
            }
            md.line("## Incident summary").line(para(r, inc.summary)).blank();
            Ev first = inc.events.get(0);
            md.line("## Leadup").line(para(r, first.text() + ". " + c.fill("Nothing else had changed on {svc} that day."))).blank();
            md.line("## Fault").line(para(r, capitalise(inc.identifyText) + ".")).blank();
            md.line("## Impact");
            impactBullets(md, inc, r, false);
            md.line("## Detection").line(para(r, detectionProse(inc, r))).blank();
            md.line("## Response").line(para(r, responseProse(inc))).blank();
            Ev mitigation = inc.events.stream().filter(e -> e.label() == Ph.MITIGATED).findFirst().orElse(null);
            md.line("## Recovery").line(para(r, (mitigation == null ? "The service recovered without intervention." : mitigation.text() + ".")
                    + " We confirmed full recovery afterwards.")).blank();
            timeline(md, inc, r, spec, false);
            md.line("## Five whys");
            md.line("1. " + c.fill(p.pick("whys.first", r)));
            List<String> whys = p.pickDistinct("whys", between(r, 2, 4), r);
            for (int k = 0; k < whys.size(); k++) {
                md.line((k + 2) + ". " + c.fill(whys.get(k)));
            }
            md.blank();
            md.line("## Root cause").line(para(r, inc.root)).blank();
            List<String> fams = new ArrayList<>();
            if (chance(r, 0.5)) {
                md.line("## Contributing factors");
                for (Factor f : inc.factors) {
                    md.line("- " + f.text());
                    fams.add(f.family());
                }
                md.blank();
            }
            md.writtenFactors = String.join(",", fams);
            md.line("## Lessons learned").bullets(inc.lessons);
            md.line("## Corrective actions");
            md.line("| Action | Owner | Jira | Due | Status |").line("|---|---|---|---|---|");
            for (Action a : inc.actions) {
                md.line("| " + a.text() + " | " + (a.owner().startsWith("@") ? a.ownerName() : a.owner()) + " | "
                        + c.get("ticket").split("-")[0] + "-" + between(r, 100, 9999) + " | " + a.due() + " | " + a.status() + " |");
            }
            md.blank();
        }

        private void actionList(Md md, Incident inc, SplittableRandom r) {
            for (Action a : inc.actions) {
                String box = a.canonicalStatus().equals("done") ? "[x] " : "[ ] ";
                StringBuilder sb = new StringBuilder("- ").append(box).append(a.text());
                if (!a.owner().isEmpty()) {
                    sb.append(" — ").append(a.owner().startsWith("@") ? a.owner() : "owner: " + a.owner());
                }
                if (!a.due().isEmpty() && Character.isDigit(a.due().charAt(0))) {
                    sb.append(", due ").append(a.due());
                }
                if (!a.status().isEmpty() && !a.canonicalStatus().equals("done") && !a.canonicalStatus().equals("open")) {
                    sb.append(" (").append(a.status()).append(")");
                }
                md.line(sb.toString());
            }
            md.blank();
        }

        private void impactBullets(Md md, Incident inc, SplittableRandom r, boolean bold) {
            Impact im = inc.impact;
            String users = switch (r.nextInt(4)) {
                case 0 -> thousands(im.users()) + " (" + im.pct() + "% of active users)";
                case 1 -> "~" + thousands(im.users());
                case 2 -> im.pct() + "% of users";
                default -> "about " + thousands(im.users()) + " customers";
            };
            String failed = im.failed() >= 1_000_000 && chance(r, 0.5)
                    ? String.format(Locale.ROOT, "%.1f million requests returned errors", im.failed() / 1e6)
                    : thousands(im.failed()) + pick(r, " failed requests", " API calls returned 5xx", " failed transactions");
            String revenue = im.revenue() == 0 ? pick(r, "none measurable", "$0", "n/a")
                    : pick(r, "$" + thousands(im.revenue()), "USD " + thousands(im.revenue()), "~$" + (im.revenue() >= 1000 ? im.revenue() / 1000 + "k" : im.revenue()));
            String slo = im.slo() ? pick(r, "Yes — monthly availability SLO (99.9%) breached", "Yes", "Yes, error budget exhausted")
                    : pick(r, "No", "No — within error budget");
            if (bold) {
                md.line("- **Users affected**: " + users);
                md.line("- **Failed requests / transactions**: " + failed);
                md.line("- **Estimated revenue loss**: " + revenue);
                md.line("- **SLA/SLO breached**: " + slo);
                md.line("- **Support tickets opened**: " + im.tickets());
                md.line("- **Public communication sent**: " + (im.publicComms() ? "Yes — status page updated" : "No"));
            } else {
                Map<Ph, Instant> t = inc.truth();
                Instant a = t.get(Ph.STARTED);
                Instant b = t.getOrDefault(Ph.RESOLVED, t.get(Ph.MITIGATED));
                if (b != null && chance(r, 0.6)) {
                    md.line("- Duration: " + durationWords(r, Duration.between(a, b).toMinutes()));
                }
                md.line("- Users affected: " + users);
                if (chance(r, 0.7)) {
                    md.line("- Failed requests: " + failed);
                }
                md.line("- Revenue impact: " + revenue);
                md.line("- Support tickets: " + im.tickets());
                if (chance(r, 0.5)) {
                    md.line("- SLO breached: " + slo);
                }
            }
            md.blank();
        }

        private static String impactProse(Incident inc, SplittableRandom r) {
            Impact im = inc.impact;
            Ctx c = inc.ctx;
            return "About " + thousands(im.users()) + " users (" + im.pct() + "%) were affected and " + thousands(im.failed())
                    + " requests to " + c.get("svc") + " failed. "
                    + (im.revenue() > 0 ? "We estimate $" + thousands(im.revenue()) + " in lost revenue. " : "No revenue impact was measured. ")
                    + im.tickets() + " support tickets were opened. "
                    + (im.slo() ? "The monthly availability SLO was breached." : pick(r, "The SLO was not breached.", "We stayed within the error budget."));
        }

        private static String detectionAnswer(Incident inc, SplittableRandom r) {
            Ctx c = inc.ctx;
            return switch (inc.detect) {
                case ALERT -> pick(r, "Automated alert on " + c.get("metric"), "Alert — " + c.get("pager") + " page for " + c.get("alert"), "Alert");
                case SYNTHETIC -> pick(r, "Synthetic monitoring alert", "External uptime probe alert");
                case CUSTOMER -> pick(r, "Customer report via support", "Customer reports", "Support tickets from customers");
                case NOTICED -> pick(r, "Internal — an engineer noticed it on a dashboard", "Internal observation", "Noticed by an engineer");
            };
        }

        private static String ttdText(Incident inc, SplittableRandom r) {
            Map<Ph, Instant> t = inc.truth();
            long m = Duration.between(t.get(Ph.STARTED), t.get(Ph.DETECTED)).toMinutes();
            if (m >= 120 && chance(r, 0.5)) {
                return m / 60 + "h " + m % 60 + "min";
            }
            return m + (m == 1 ? " minute" : " minutes") + pick(r, "", "", " after the first errors", " after the change");
        }

        private static String detectionProse(Incident inc, SplittableRandom r) {
            Ctx c = inc.ctx;
            Map<Ph, Instant> t = inc.truth();
            long m = Duration.between(t.get(Ph.STARTED), t.get(Ph.DETECTED)).toMinutes();
            String how = switch (inc.detect) {
                case ALERT -> "The " + c.get("alert") + " alert paged the on-call";
                case SYNTHETIC -> "A synthetic check against " + c.get("host") + " paged the on-call";
                case CUSTOMER -> "Customers reported the problem to support before any alert fired";
                case NOTICED -> c.get("eng") + " noticed the problem on a dashboard; no alert fired";
            };
            return how + ", " + m + " minutes after impact began. Time to detect (TTD): " + m + " minutes.";
        }

        private static String responseProse(Incident inc) {
            Ctx c = inc.ctx;
            return c.get("oncall") + " responded and brought in " + c.get("ic") + " as incident manager. "
                    + "The team worked in #" + c.get("chan") + ".";
        }

        private static String statedDuration(Incident inc, SplittableRandom r) {
            Map<Ph, Instant> t = inc.truth();
            Instant a = t.get(Ph.DETECTED);
            Instant b = t.getOrDefault(Ph.CLOSED, t.getOrDefault(Ph.RESOLVED, t.get(Ph.MITIGATED)));
            if (a == null || b == null) {
                return "unknown";
            }
            DateTimeFormatter hm = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
            long mins = Duration.between(a, b).toMinutes();
            return LocalDateTime.ofInstant(a, inc.zone.offset()).format(hm) + " — " + LocalDateTime.ofInstant(b, inc.zone.offset()).format(hm)
                    + " " + inc.zone.label() + " (" + (mins / 60) + "h " + (mins % 60) + "min)";
        }

        // ---------------------------------------------------------------- timelines
        private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
        private static final DateTimeFormatter HHMMSS = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
        private static final DateTimeFormatter ISO_LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);

        private void timeline(Md md, Incident inc, SplittableRandom r, TimelineSpec spec, boolean withSource) {
            Zone z = inc.zone;
            String zoneLabel = z.label();
            String heading = "## " + pick(r, "Timeline", "Timeline", "Timeline", "Timeline", "TIMELINE", "Incident timeline", "Timeline of events");
            if (spec.zone() == ZonePlace.HEADING) {
                heading += pick(r, " (" + zoneLabel + ")", " (" + zoneLabel + ")", " (all times " + zoneLabel + ")");
            }
            md.line(heading).blank();
            Layout layout = spec.layout();
            if (layout == Layout.TABLE3 && !withSource) {
                layout = Layout.TABLE2;
            }
            String timeHeader = "Time" + (spec.zone() == ZonePlace.COLUMN ? " (" + zoneLabel + ")" : "");
            if (layout == Layout.TABLE3) {
                md.line("| " + timeHeader + " | Event | Source |").line("|------|-------|--------|");
            } else if (layout == Layout.TABLE2) {
                md.line("| " + timeHeader + " | Event |").line("|------|-------|");
            }
            LocalDate ctxDay = inc.date;
            LocalDateTime prev = null;
            if (layout == Layout.PLAIN) {
                String zoneNote = spec.zone() == ZonePlace.DATELINE ? pick(r, " (all times " + zoneLabel + ")", " (times in " + zoneLabel + ")",
                        " — all times " + zoneLabel) : "";
                if (spec.fmt() != TimeFmt.ISO_T && spec.fmt() != TimeFmt.DATE_SPACE) {
                    // the first date line is the first event's day: a dormant change days earlier comes first
                    ctxDay = LocalDateTime.ofInstant(inc.events.get(0).at(), z.offset()).toLocalDate();
                    md.line(ctxDay + zoneNote).blank();
                    md.anyDated = true;
                }
            }
            List<String> plainLines = new ArrayList<>();
            for (Ev e : inc.events) {
                LocalDateTime local = LocalDateTime.ofInstant(e.at(), z.offset());
                boolean needDate = !timeOnlyOk(ctxDay, prev, local);
                if (spec.fmt() == TimeFmt.ISO_T || spec.fmt() == TimeFmt.DATE_SPACE) {
                    needDate = true;
                }
                if (layout == Layout.PLAIN && needDate && spec.fmt() != TimeFmt.ISO_T && spec.fmt() != TimeFmt.DATE_SPACE) {
                    flushPlain(md, plainLines);
                    md.line(local.toLocalDate().toString()).blank();
                    md.anyDated = true;
                    ctxDay = local.toLocalDate();
                    prev = null;
                    needDate = false;
                }
                if (needDate) {
                    md.anyDated = true;
                }
                String stamp = stamp(local, needDate, spec, z);
                switch (layout) {
                    case TABLE3 -> md.line("| " + stamp + " | " + e.text() + " | " + e.source() + " |");
                    case TABLE2 -> md.line("| " + stamp + " | " + e.text() + " |");
                    case BULLETS -> md.line(bullet(spec.bullet(), stamp, e.text()));
                    case PLAIN -> plainLines.add(stamp + " " + e.text());
                }
                ctxDay = local.toLocalDate();
                prev = local;
            }
            flushPlain(md, plainLines);
            if (layout != Layout.PLAIN) {
                md.blank();
            }
        }

        private static void flushPlain(Md md, List<String> lines) {
            if (!lines.isEmpty()) {
                for (String l : lines) {
                    md.line(l);
                }
                md.blank();
                lines.clear();
            }
        }

        /** Whether some event cannot be written as a bare time after the incident date. */
        static boolean needsDate(Incident inc) {
            LocalDate day = inc.date;
            LocalDateTime prev = null;
            for (Ev e : inc.events) {
                LocalDateTime local = LocalDateTime.ofInstant(e.at(), inc.zone.offset());
                if (!timeOnlyOk(day, prev, local)) {
                    return true;
                }
                day = local.toLocalDate();
                prev = local;
            }
            return false;
        }

        /**
         * Whether a reader can place a time without a date: on the current day moving forward, or
         * past midnight into the next day within twelve hours of the previous entry.
         */
        static boolean timeOnlyOk(LocalDate ctxDay, LocalDateTime prev, LocalDateTime local) {
            if (prev == null) {
                return local.toLocalDate().equals(ctxDay);
            }
            if (local.toLocalDate().equals(ctxDay)) {
                return !local.isBefore(prev);
            }
            return local.toLocalDate().equals(ctxDay.plusDays(1)) && local.toLocalTime().isBefore(prev.toLocalTime())
                    && Duration.between(prev, local).toHours() < 12;
        }

        private static String bullet(int style, String stamp, String text) {
            return switch (style) {
                case 0, 1 -> "- " + stamp + " — " + text;
                case 2 -> "- **" + stamp + "** " + text;
                case 3 -> "* " + stamp + ": " + text;
                case 4 -> "- " + stamp + " - " + text;
                default -> "- `" + stamp + "` " + text;
            };
        }

        private static String stamp(LocalDateTime l, boolean dated, TimelineSpec spec, Zone z) {
            String cellZone = spec.zone() == ZonePlace.CELL ? (z.utc() && spec.zulu() ? "Z" : " " + z.label()) : "";
            String date = l.toLocalDate().toString();
            switch (spec.fmt()) {
                case ISO_T:
                    return l.format(ISO_LOCAL) + (z.utc() ? "Z" : z.offset().getId());
                case DATE_SPACE:
                    return date + " " + l.format(HHMM) + (cellZone.equals("Z") ? " UTC" : cellZone);
                case HHMMSS:
                    return (dated ? date + " " : "") + l.format(HHMMSS) + cellZone;
                case AMPM: {
                    int h = l.getHour() % 12 == 0 ? 12 : l.getHour() % 12;
                    String ap = l.getHour() < 12 ? "am" : "pm";
                    String suffix = switch (spec.ampm()) {
                        case 0 -> " " + ap;
                        case 1 -> " " + ap.toUpperCase(Locale.ROOT);
                        case 2 -> ap;
                        default -> " " + ap.charAt(0) + ".m.";
                    };
                    return (dated ? date + " " : "") + h + ":" + String.format(Locale.ROOT, "%02d", l.getMinute()) + suffix
                            + (cellZone.equals("Z") ? " UTC" : cellZone);
                }
                default:
                    return (dated ? date + " " : "") + l.format(HHMM) + cellZone;
            }
        }

        // ---------------------------------------------------------------- JSON
        private Map<String, Object> nativeJson(Incident inc, SplittableRandom r, int jsonTime) {
            Map<String, Object> o = new LinkedHashMap<>();
            if (inc.id != null) {
                o.put(chance(r, 0.85) ? "id" : "incident_id", inc.id);
            }
            o.put("title", inc.title);
            o.put("date", inc.date.toString());
            o.put("severity", sevText(r, inc.sev));
            o.put("status", inc.status);
            o.put("services", new ArrayList<>(inc.services));
            o.put("author", inc.author);
            if (chance(r, 0.7)) {
                o.put("participants", new ArrayList<>(inc.participants));
            }
            o.put("postmortem_date", inc.pmDate.toString());
            o.put("summary", inc.summary);
            Map<String, Object> impact = new LinkedHashMap<>();
            impact.put("users_affected", inc.impact.users());
            impact.put("failed_requests", inc.impact.failed());
            impact.put("revenue_loss_usd", inc.impact.revenue());
            impact.put("slo_breached", inc.impact.slo());
            impact.put("support_tickets", inc.impact.tickets());
            if (chance(r, 0.2)) {
                impact.put("regions", List.of(inc.ctx.get("region")));
            }
            o.put("impact", impact);
            List<Object> tl = new ArrayList<>();
            LocalDate ctxDay = inc.date;
            LocalDateTime prev = null;
            for (Ev e : inc.events) {
                Map<String, Object> ev = new LinkedHashMap<>();
                LocalDateTime local = LocalDateTime.ofInstant(e.at(), inc.zone.offset());
                DateTimeFormatter f = inc.seconds ? HHMMSS : HHMM;
                if (jsonTime == 0) {
                    ev.put("time", DateTimeFormatter.ISO_INSTANT.format(e.at()));
                } else if (jsonTime == 1) {
                    ev.put("time", local.format(ISO_LOCAL) + inc.zone.offset().getId().replace("Z", "+00:00"));
                } else if (timeOnlyOk(ctxDay, prev, local)) {
                    ev.put("time", local.format(f));
                } else {
                    ev.put("date", local.toLocalDate().toString());
                    ev.put("time", local.format(f));
                }
                ctxDay = local.toLocalDate();
                prev = local;
                ev.put("event", e.text());
                ev.put("source", e.source());
                tl.add(ev);
            }
            o.put("timeline", tl);
            Map<String, Object> det = new LinkedHashMap<>();
            det.put("method", inc.detect.method);
            Map<Ph, Instant> t = inc.truth();
            det.put("ttd_minutes", Duration.between(t.get(Ph.STARTED), t.get(Ph.DETECTED)).toMinutes());
            o.put("detection", det);
            o.put("root_cause", inc.root);
            List<Object> factors = new ArrayList<>();
            inc.factors.forEach(f -> factors.add(f.text()));
            o.put("contributing_factors", factors);
            o.put("what_went_well", new ArrayList<>(inc.well));
            o.put("what_went_poorly", new ArrayList<>(inc.poorly));
            List<Object> actions = new ArrayList<>();
            int k = 1;
            for (Action a : inc.actions) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", String.valueOf(k++));
                m.put("action", a.text());
                m.put("owner", a.owner().isEmpty() ? null : a.owner());
                m.put("due_date", a.due().isEmpty() ? null : a.due());
                m.put("priority", a.priority());
                m.put("status", a.status());
                actions.add(m);
            }
            o.put("action_items", actions);
            o.put("lessons_learned", new ArrayList<>(inc.lessons));
            if (chance(r, 0.3)) {
                o.put("tags", List.of(inc.team, inc.family.split("-")[0]));
            }
            if (chance(r, 0.15)) {
                o.put("_schema", "postmortem/v" + between(r, 1, 3));
            }
            return o;
        }

        private record Planned(Incident inc, int jsonTime) {
        }

        private Planned planJson(SplittableRandom r, int index, int record) {
            return planJson(r, index, record, -1, -1);
        }

        private Planned planJson(SplittableRandom r, int index, int record, int quarter, int team) {
            int jsonTime = weighted(r, 50, 20, 30);
            boolean seconds = chance(r, jsonTime == 2 ? 0.1 : 0.35);
            Incident inc = planner.plan(r, null, seconds, true, jsonTime != 1, quarter, team);
            inc.id = chance(r, 0.9) ? id(r, index, record, inc.date.getYear()) : null;
            return new Planned(inc, jsonTime);
        }

        private static TruthRow jsonRow(String file, String location, Incident inc, Style style) {
            return new TruthRow(file, location, "parsed", inc.id == null ? "" : inc.id, style.label, inc.family, inc.factorFamilies(),
                    inc.sevCanonical(), inc.date.toString(), inc.detect.method, inc.truth());
        }

        private List<TruthRow> jsonNativeFile(int index, SplittableRandom r) throws IOException {
            Planned pl = planJson(r, index, 0);
            Incident inc = pl.inc();
            String text = Json.write(nativeJson(inc, r, pl.jsonTime()), chance(r, 0.85), 2) + "\n";
            String name = chance(r, 0.5) ? slug(inc.title, 5) + "-" + inc.date + ".json" : inc.date + "-" + slug(inc.title, 5) + ".json";
            String rel = write(folder(inc, r) + "/" + name, text.getBytes(StandardCharsets.UTF_8));
            return List.of(jsonRow(rel, rel, inc, Style.JSON_NATIVE));
        }

        private List<TruthRow> jsonArrayFile(int index, SplittableRandom r) throws IOException {
            int n = between(r, 2, 4);
            List<Object> arr = new ArrayList<>();
            List<Incident> incs = new ArrayList<>();
            int quarter = weighted(r, Planner.quarterWeights());
            int team = r.nextInt(TEAMS.length);
            for (int k = 0; k < n; k++) {
                Planned pl = planJson(r, index, k, quarter, team);
                incs.add(pl.inc());
                arr.add(nativeJson(pl.inc(), r, pl.jsonTime()));
            }
            boolean wrapped = chance(r, 0.3);
            Object root = arr;
            if (wrapped) {
                Map<String, Object> w = new LinkedHashMap<>();
                w.put("incidents", arr);
                root = w;
            }
            String text = Json.write(root, true, wrapped ? 4 : 3) + "\n";
            Incident head = incs.get(0);
            int q = 1 + (head.date.getMonthValue() - 1) / 3;
            String rel = write(head.date.getYear() + "/" + head.team + "/" + head.date.getYear() + "-q" + q + "-" + head.team + "-incidents.json",
                    text.getBytes(StandardCharsets.UTF_8));
            List<TruthRow> rows = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                rows.add(jsonRow(rel, rel + "#" + k, incs.get(k), Style.JSON_ARRAY));
            }
            return rows;
        }

        private List<TruthRow> jsonLinesFile(int index, SplittableRandom r) throws IOException {
            int n = between(r, 3, 8);
            boolean truncatedTail = chance(r, 0.15);
            StringBuilder sb = new StringBuilder();
            List<Incident> incs = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            int line = 1;
            String truncated = null;
            int quarter = weighted(r, Planner.quarterWeights());
            int team = r.nextInt(TEAMS.length);
            for (int k = 0; k < n; k++) {
                Planned pl = planJson(r, index, k, quarter, team);
                String obj = Json.write(nativeJson(pl.inc(), r, pl.jsonTime()), false, 0);
                if (truncatedTail && k == n - 1) {
                    truncated = obj.substring(0, between(r, obj.length() / 4, obj.length() * 3 / 4));
                    sb.append(truncated);
                    lines.add(line);
                    incs.add(pl.inc());
                    break;
                }
                sb.append(obj).append('\n');
                incs.add(pl.inc());
                lines.add(line++);
                if (chance(r, 0.1)) {
                    sb.append('\n');
                    line++;
                }
            }
            Incident head = incs.get(0);
            String ext = chance(r, 0.3) ? ".ndjson" : ".jsonl";
            String rel = write(head.date.getYear() + "/trackers/" + head.team + "-tracker-" + head.date.toString().substring(0, 7) + ext,
                    sb.toString().getBytes(StandardCharsets.UTF_8));
            List<TruthRow> rows = new ArrayList<>();
            for (int k = 0; k < incs.size(); k++) {
                String loc = rel + ":" + lines.get(k);
                if (truncated != null && k == incs.size() - 1) {
                    rows.add(new TruthRow(rel, loc, "rejected:invalid_json", "", Style.JSON_LINES.label, "", "", "", "", "", Map.of()));
                } else {
                    rows.add(jsonRow(rel, loc, incs.get(k), Style.JSON_LINES));
                }
            }
            return rows;
        }

        // ---------------------------------------------------------------- exports
        private List<TruthRow> exportFile(int index, SplittableRandom r, boolean milestones) throws IOException {
            Incident inc = planner.plan(r, null, false, false, true);
            inc.id = id(r, index, 0, inc.date.getYear());
            Map<Ph, Instant> full = inc.truth();
            boolean offsets = milestones && chance(r, 0.2);
            ZoneOffset off = offsets ? pick(r, List.of(ZoneOffset.ofHours(2), ZoneOffset.ofHours(-5), ZoneOffset.ofHours(1), ZoneOffset.ofHours(-7)))
                    : ZoneOffset.UTC;
            List<Ev> written = new ArrayList<>();
            Map<String, Object> o = new LinkedHashMap<>();
            Ctx c = inc.ctx;
            if (milestones) {
                o.put("id", inc.id);
                o.put("name", inc.title);
                o.put("severity", "SEV" + inc.sev);
                o.put("priority", "P" + inc.sev);
                List<Object> svcs = new ArrayList<>();
                for (String s : inc.services) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("name", s);
                    svcs.add(m);
                }
                o.put("services", svcs);
                o.put("description", inc.summary);
                o.put("customer_impact_summary", impactProse(inc, r));
                o.put("started_at", iso(full.get(Ph.STARTED), off));
                List<Object> ms = new ArrayList<>();
                String[][] names = {{"started", "STARTED"}, {"detected", "DETECTED"}, {"acknowledged", "ACKNOWLEDGED"},
                        {"investigating", null}, {"identified", "IDENTIFIED"}, {"mitigated", "MITIGATED"}, {"resolved", "RESOLVED"},
                        {"postmortem_started", null}, {"closed", "CLOSED"}};
                for (String[] n : names) {
                    Instant at;
                    Ph ph = n[1] == null ? Ph.NONE : Ph.valueOf(n[1]);
                    if (n[0].equals("investigating")) {
                        Instant ack = full.getOrDefault(Ph.ACKNOWLEDGED, full.get(Ph.DETECTED));
                        at = ack.plus(between(r, 1, 5), ChronoUnit.MINUTES);
                        if (!chance(r, 0.6)) {
                            continue;
                        }
                    } else if (n[0].equals("postmortem_started")) {
                        Instant end = full.getOrDefault(Ph.CLOSED, full.get(Ph.STARTED).plus(1, ChronoUnit.DAYS));
                        at = end.plus(between(r, 60, 2 * 24 * 60), ChronoUnit.MINUTES);
                        if (!chance(r, 0.4) || !full.containsKey(Ph.CLOSED)) {
                            continue;
                        }
                    } else {
                        at = full.get(ph);
                        if (at == null || (ph != Ph.STARTED && ph != Ph.DETECTED && chance(r, 0.06))) {
                            continue;
                        }
                    }
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("type", n[0]);
                    m.put("occurred_at", iso(at, off));
                    if (ph == Ph.DETECTED && chance(r, 0.5)) {
                        m.put("note", inc.events.stream().filter(e -> e.label() == Ph.DETECTED).findFirst().map(Ev::text).orElse(""));
                    }
                    ms.add(m);
                    written.add(new Ev(at, n[0], "", ph, Kind.STATUS));
                }
                if (chance(r, 0.1)) {
                    // exports do not promise order; the first listed keeps the incident's date
                    Object head = ms.remove(0);
                    java.util.Collections.shuffle(ms, new java.util.Random(r.nextLong()));
                    ms.add(0, head);
                }
                o.put("milestones", ms);
                o.put("root_cause", inc.root);
                List<Object> cf = new ArrayList<>();
                for (Factor f : inc.factors) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("summary", f.text());
                    cf.add(m);
                }
                o.put("contributing_factors", cf);
                List<Object> tasks = new ArrayList<>();
                for (Action a : inc.actions) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("title", a.text());
                    m.put("assignee", a.owner().isEmpty() ? null : a.ownerName());
                    m.put("status", a.canonicalStatus().isEmpty() ? "open" : pick(r, a.canonicalStatus(), a.status().toLowerCase(Locale.ROOT)));
                    m.put("due_at", Character.isDigit(a.due().isEmpty() ? 'x' : a.due().charAt(0)) && a.due().length() == 10
                            ? a.due() + "T00:00:00Z" : null);
                    tasks.add(m);
                }
                o.put("tasks", tasks);
            } else {
                o.put("reference", inc.id);
                o.put("name", inc.title);
                o.put("mode", "standard");
                Map<String, Object> sev = new LinkedHashMap<>();
                sev.put("name", List.of("Critical", "Major", "Moderate", "Minor").get(inc.sev - 1));
                sev.put("rank", inc.sev);
                o.put("severity", sev);
                Map<String, Object> st = new LinkedHashMap<>();
                st.put("name", "Closed");
                st.put("category", "closed");
                o.put("incident_status", st);
                o.put("summary", inc.summary);
                o.put("affected_services", new ArrayList<>(inc.services));
                List<Object> custom = new ArrayList<>();
                Map<String, Object> cfImpact = new LinkedHashMap<>();
                Map<String, Object> nameImpact = new LinkedHashMap<>();
                nameImpact.put("name", "Customer impact");
                cfImpact.put("custom_field", nameImpact);
                cfImpact.put("value", impactProse(inc, r));
                custom.add(cfImpact);
                o.put("custom_field_entries", custom);
                List<Object> ts = new ArrayList<>();
                String[][] names = {{"Impact started", "STARTED"}, {"Reported at", "DETECTED"},
                        {pick(r, "Accepted at", "Acknowledged at"), "ACKNOWLEDGED"}, {"Identified at", "IDENTIFIED"},
                        {"Mitigated at", "MITIGATED"}, {"Resolved at", "RESOLVED"}, {"Closed at", "CLOSED"}};
                for (String[] n : names) {
                    Ph ph = Ph.valueOf(n[1]);
                    Instant at = full.get(ph);
                    if (at != null && ph != Ph.STARTED && ph != Ph.DETECTED && chance(r, 0.05)) {
                        at = null;
                    }
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("name", n[0]);
                    m.put("value", at == null ? null : iso(at, ZoneOffset.UTC));
                    if (at == null && chance(r, 0.5)) {
                        continue;
                    }
                    ts.add(m);
                    if (at != null) {
                        written.add(new Ev(at, n[0], "", ph, Kind.STATUS));
                    }
                }
                o.put("incident_timestamps", ts);
                o.put("root_cause", inc.root);
                List<Object> cf = new ArrayList<>();
                inc.factors.forEach(f -> cf.add(f.text()));
                o.put("contributing_factors", cf);
                List<Object> fu = new ArrayList<>();
                for (Action a : inc.actions) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("title", a.text());
                    if (a.owner().isEmpty()) {
                        m.put("assignee", null);
                    } else {
                        Map<String, Object> as = new LinkedHashMap<>();
                        as.put("name", a.ownerName());
                        m.put("assignee", as);
                    }
                    m.put("status", switch (a.canonicalStatus()) {
                        case "done" -> pick(r, "Completed", "Done");
                        case "in_progress" -> "In progress";
                        case "wont_do" -> pick(r, "Not doing", "Cancelled");
                        default -> pick(r, "Outstanding", "Open");
                    });
                    m.put("priority", pick(r, "High", "Medium", "Low"));
                    m.put("due_date", a.due().length() == 10 && Character.isDigit(a.due().charAt(0)) ? a.due() : null);
                    fu.add(m);
                }
                o.put("follow_ups", fu);
                o.put("permalink", "https://" + BRAND + ".incident.example/incidents/" + (index + 1));
            }
            String text = Json.write(o, true, 2) + "\n";
            String tool = milestones ? "firehydrant" : "incidentio";
            String rel = write("exports/" + inc.date.getYear() + "/" + tool + "-" + inc.id + "-" + slug(inc.title, 5) + ".json",
                    text.getBytes(StandardCharsets.UTF_8));
            Map<Ph, Instant> truth = truthOf(written);
            Instant firstListed = written.isEmpty() ? full.get(Ph.STARTED) : written.get(0).at();
            LocalDate date = LocalDateTime.ofInstant(firstListed, off).toLocalDate();
            Style style = milestones ? Style.EXPORT_MILESTONES : Style.EXPORT_TIMESTAMPS;
            return List.of(new TruthRow(rel, rel, "parsed", inc.id, style.label, inc.family, inc.factorFamilies(), inc.sevCanonical(),
                    date.toString(), inc.detect.method, truth));
        }

        private static String iso(Instant at, ZoneOffset off) {
            if (off.getTotalSeconds() == 0) {
                return DateTimeFormatter.ISO_INSTANT.format(at);
            }
            return LocalDateTime.ofInstant(at, off).format(ISO_LOCAL) + off.getId();
        }

        // ---------------------------------------------------------------- broken and skipped files
        private List<TruthRow> brokenFile(int index, SplittableRandom r) throws IOException {
            int kind = weighted(r, 20, 15, 20, 15, 20, 10);
            Incident inc = planner.plan(r, id(r, index, 0, 2025), false, false, true);
            String base = folder(inc, r) + "/" + inc.date + "-" + slug(inc.title, 6);
            String style = Style.BROKEN.label;
            switch (kind) {
                case 0 -> { // not UTF-8: a Latin-1 export of a real postmortem
                    inc.author = pick(r, "José Müller", "Chloé Dubois", "Søren Jensen", "Zoë García");
                    Md md = new Md("\n");
                    shortTemplate(md, inc, r, new TimelineSpec(Layout.TABLE2, TimeFmt.HHMM, ZonePlace.HEADING, 0, 0, false), false);
                    String text = md.sb.toString();
                    int firstLine = text.indexOf('\n') + 1;
                    text = text.substring(0, firstLine) + "\nWritten by " + inc.author + " after the café review.\n" + text.substring(firstLine);
                    String rel = write(base + ".md", text.getBytes(StandardCharsets.ISO_8859_1));
                    return List.of(TruthRow.fileOnly(rel, "rejected:not_utf8", style));
                }
                case 1 -> { // empty or blank
                    boolean json = chance(r, 0.3);
                    byte[] content = chance(r, 0.7) ? new byte[0] : "\n\n   \n".getBytes(StandardCharsets.UTF_8);
                    String rel = write(base + (json ? ".json" : ".md"), content);
                    return List.of(TruthRow.fileOnly(rel, "rejected:empty", style));
                }
                case 2 -> { // truncated JSON: an export cut off mid-write
                    String text = Json.write(nativeJson(inc, r, 0), true, 2);
                    String cut = text.substring(0, between(r, text.length() * 3 / 10, text.length() * 9 / 10)).stripTrailing();
                    String rel = write("exports/" + inc.date.getYear() + "/truncated-" + inc.id + "-" + slug(inc.title, 4) + ".json",
                            cut.getBytes(StandardCharsets.UTF_8));
                    return List.of(TruthRow.fileOnly(rel, "rejected:invalid_json", style));
                }
                case 3 -> { // binary with a .md name (an image saved under the wrong name)
                    byte[] b = new byte[between(r, 2_000, 20_000)];
                    r.nextBytes(b);
                    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
                    System.arraycopy(png, 0, b, 0, png.length);
                    String rel = write(base + ".md", b);
                    return List.of(TruthRow.fileOnly(rel, "rejected:binary", style));
                }
                case 4 -> { // readable Markdown that is not a postmortem
                    int which = r.nextInt(3);
                    String text = switch (which) {
                        case 0 -> NonPostmortems.readme(inc.team, r);
                        case 1 -> NonPostmortems.template();
                        default -> NonPostmortems.handbook(inc.team, inc.ctx, r);
                    };
                    String name = switch (which) {
                        case 0 -> "README.md";
                        case 1 -> pick(r, "TEMPLATE.md", "postmortem-template.md", "_template.md");
                        default -> pick(r, "on-call-handbook.md", "escalation-guide.md", "HOWTO.md");
                    };
                    String rel = write(inc.date.getYear() + "/" + inc.team + "/" + name, text.getBytes(StandardCharsets.UTF_8));
                    return List.of(TruthRow.fileOnly(rel, "rejected:not_a_postmortem", style));
                }
                default -> { // JSON that is not an incident
                    int which = r.nextInt(3);
                    String text = NonPostmortems.json(which, inc.team, r);
                    String name = switch (which) {
                        case 0 -> "dashboards/" + inc.team + "-overview.json";
                        case 1 -> ".markdownlint.json";
                        default -> "tools/package.json";
                    };
                    String rel = write(inc.date.getYear() + "/" + inc.team + "/" + name, text.getBytes(StandardCharsets.UTF_8));
                    return List.of(TruthRow.fileOnly(rel, "rejected:wrong_shape", style));
                }
            }
        }

        private List<TruthRow> skippedFile(int index, SplittableRandom r) throws IOException {
            int kind = weighted(r, 35, 35, 15, 15);
            String team = TEAMS[r.nextInt(TEAMS.length)][0];
            int year = 2024 + r.nextInt(3);
            String dir = year + "/" + team;
            String rel;
            switch (kind) {
                case 0 -> {
                    byte[] b = new byte[between(r, 4_000, 60_000)];
                    r.nextBytes(b);
                    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
                    System.arraycopy(png, 0, b, 0, png.length);
                    rel = write(dir + "/images/" + pick(r, "latency", "error-rate", "pool-usage", "traffic") + "-" + (index + 1) + ".png", b);
                }
                case 1 -> rel = write(dir + "/" + LocalDate.of(year, 1, 1).plusDays(r.nextInt(365)) + "-review-notes.txt",
                        ("Notes from the postmortem review meeting\n\nAttendees: " + pick(r, FIRST) + ", " + pick(r, FIRST)
                                + "\n\n- walked through the timeline\n- agreed owners for the follow-ups\n- next review in two weeks\n")
                                .getBytes(StandardCharsets.UTF_8));
                case 2 -> rel = write(dir + "/team-roster.csv", ("name,role,timezone\n" + pick(r, FIRST) + " " + pick(r, LAST)
                        + ",SRE,UTC\n" + pick(r, FIRST) + " " + pick(r, LAST) + ",Engineer,CET\n").getBytes(StandardCharsets.UTF_8));
                default -> rel = write(dir + "/index.html", ("<!doctype html><html><head><title>" + team
                        + " postmortems</title></head><body><h1>Postmortems</h1><p>See the Markdown files in this folder.</p></body></html>\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return List.of(TruthRow.fileOnly(rel, "skipped", Style.SKIPPED.label));
        }
    }

    // =========================================================================================
    // Documents that are not postmortems
    // =========================================================================================

    static final class NonPostmortems {
        private NonPostmortems() {
        }

        static String readme(String team, SplittableRandom r) {
            return "# " + capitalise(team) + " postmortem archive\n\n"
                    + "This folder holds the " + team + " team's incident postmortems. It is read by the quarterly review job,\n"
                    + "so please keep files in one of the supported formats. This README is not a postmortem itself.\n\n"
                    + "## Where files go\n\n"
                    + "- One Markdown or JSON file per incident, most named `YYYY-MM-DD-short-slug.md`.\n"
                    + "- `drafts/` holds postmortems still being written.\n\n"
                    + "## Timeline\n\n"
                    + "Start the timeline at the triggering change, not at the first alert. Put the time zone in the heading.\n"
                    + "Include when the problem was detected, acknowledged, declared, identified, mitigated and closed.\n\n"
                    + "## Action items\n\n"
                    + "Every action item needs an owner and a due date" + pick(r, ".", "; link the ticket.") + "\n\n"
                    + "## Questions\n\n"
                    + "Ask in #" + team + "-oncall.\n";
        }

        static String template() {
            return """
                    # Postmortem: [Incident Title]
                    # Date: [YYYY-MM-DD]

                    ## Metadata
                    - **Severity**: [SEV1 / SEV2 / SEV3 / SEV4]
                    - **Duration**: [Start time] — [End time] ([X]h [Y]min)
                    - **Author**: [Name]
                    - **Postmortem date**: [YYYY-MM-DD]
                    - **Status**: [Draft / In Review / Final]

                    ## Executive Summary
                    [2-3 sentences: what happened, how long, who was affected, how it was resolved.]

                    ## Impact
                    - **Users affected**: [Number or percentage]
                    - **Failed requests / transactions**: [Count]

                    ## Timeline (UTC)
                    | Time | Event | Source |
                    |------|-------|--------|
                    | HH:MM | [First sign of trouble] | [Monitoring / Customer report / Deploy log] |
                    | HH:MM | [Alert fired] | [PagerDuty / Grafana / Datadog] |
                    | HH:MM | [Incident closed] | [IC] |

                    ## Root Cause
                    [Detailed technical explanation of what caused the incident.]

                    ## Contributing Factors
                    1. [Factor 1]
                    2. [Factor 2]

                    ## Action Items
                    | ID | Action | Owner | Due Date | Priority | Status |
                    |----|--------|-------|----------|----------|--------|
                    | 1 | [Specific, measurable action] | @owner | YYYY-MM-DD | P1 | Open |

                    ## Lessons Learned
                    - [Key insight 1]
                    """;
        }

        static String handbook(String team, Ctx c, SplittableRandom r) {
            return "# " + capitalise(team) + " on-call handbook\n\n"
                    + "## Before your shift\n\n"
                    + "- Check that " + c.get("pager") + " has your phone number.\n"
                    + "- Read the handover notes in #" + team + "-oncall.\n\n"
                    + "## Dashboards\n\n"
                    + "- " + c.get("dash") + ": " + c.get("svc") + " overview\n"
                    + "- " + c.get("dash") + ": dependencies\n\n"
                    + "## Escalation\n\n"
                    + "If you cannot make progress in " + pick(r, "15", "20", "30") + " minutes, page the secondary. For customer-facing\n"
                    + "outages, declare an incident early; it is cheap to close one.\n\n"
                    + "## Severity levels\n\n"
                    + "| Level | Meaning |\n|---|---|\n| SEV1 | Most customers cannot buy or pay |\n| SEV2 | A critical flow is degraded |\n"
                    + "| SEV3 | Limited impact |\n| SEV4 | No customer impact |\n";
        }

        static String json(int which, String team, SplittableRandom r) {
            Map<String, Object> o = new LinkedHashMap<>();
            switch (which) {
                case 0 -> {
                    Map<String, Object> d = new LinkedHashMap<>();
                    d.put("uid", team + "-overview");
                    d.put("title", capitalise(team) + " overview");
                    List<Object> panels = new ArrayList<>();
                    for (String t : List.of("Error rate", "Latency p99", "Saturation")) {
                        Map<String, Object> panel = new LinkedHashMap<>();
                        panel.put("type", "timeseries");
                        panel.put("title", t);
                        panels.add(panel);
                    }
                    d.put("panels", panels);
                    d.put("schemaVersion", 39);
                    o.put("dashboard", d);
                    o.put("overwrite", true);
                }
                case 1 -> {
                    o.put("default", true);
                    o.put("MD013", false);
                    o.put("MD033", false);
                    o.put("MD041", chance(r, 0.5));
                }
                default -> {
                    o.put("name", team + "-postmortem-lint");
                    o.put("version", "1." + between(r, 0, 9) + ".0");
                    o.put("private", true);
                    o.put("description", "Lints the " + team + " team's postmortems in CI");
                    Map<String, Object> scripts = new LinkedHashMap<>();
                    scripts.put("lint", "markdownlint '**/*.md'");
                    o.put("scripts", scripts);
                    Map<String, Object> deps = new LinkedHashMap<>();
                    deps.put("markdownlint-cli", "^0.41.0");
                    o.put("devDependencies", deps);
                }
            }
            return Json.write(o, true, 9) + "\n";
        }
    }

    // =========================================================================================
    // JSON output
    // =========================================================================================

    /** A small JSON writer: insertion-ordered objects, nested objects from {@code inlineDepth} on one line. */
    static final class Json {
        private Json() {
        }

        static String write(Object value, boolean pretty, int inlineDepth) {
            StringBuilder sb = new StringBuilder(4096);
            write(sb, value, pretty, 0, inlineDepth);
            return sb.toString();
        }

        @SuppressWarnings("unchecked")
        private static void write(StringBuilder sb, Object v, boolean pretty, int depth, int inlineDepth) {
            boolean multi = pretty && depth < inlineDepth;
            if (v == null) {
                sb.append("null");
            } else if (v instanceof String s) {
                string(sb, s);
            } else if (v instanceof Number || v instanceof Boolean) {
                sb.append(v);
            } else if (v instanceof Map<?, ?> m) {
                sb.append('{');
                boolean first = true;
                for (Map.Entry<String, Object> e : ((Map<String, Object>) m).entrySet()) {
                    if (!first) {
                        sb.append(',');
                        if (!multi && pretty) {
                            sb.append(' ');
                        }
                    }
                    first = false;
                    if (multi) {
                        sb.append('\n').append("  ".repeat(depth + 1));
                    }
                    string(sb, e.getKey());
                    sb.append(pretty ? ": " : ":");
                    write(sb, e.getValue(), pretty, depth + 1, inlineDepth);
                }
                if (multi && !m.isEmpty()) {
                    sb.append('\n').append("  ".repeat(depth));
                }
                sb.append('}');
            } else if (v instanceof List<?> l) {
                sb.append('[');
                boolean containers = l.stream().anyMatch(x -> x instanceof Map || x instanceof List);
                boolean lines = multi && containers;
                for (int k = 0; k < l.size(); k++) {
                    if (k > 0) {
                        sb.append(',');
                        if (!lines && pretty) {
                            sb.append(' ');
                        }
                    }
                    if (lines) {
                        sb.append('\n').append("  ".repeat(depth + 1));
                    }
                    write(sb, l.get(k), pretty, depth + 1, inlineDepth);
                }
                if (lines && !l.isEmpty()) {
                    sb.append('\n').append("  ".repeat(depth));
                }
                sb.append(']');
            } else {
                throw new IllegalArgumentException("cannot write " + v.getClass());
            }
        }

        private static void string(StringBuilder sb, String s) {
            sb.append('"');
            for (int k = 0; k < s.length(); k++) {
                char ch = s.charAt(k);
                switch (ch) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\t' -> sb.append("\\t");
                    default -> {
                        if (ch < 0x20) {
                            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
                        } else {
                            sb.append(ch);
                        }
                    }
                }
            }
            sb.append('"');
        }
    }
}
