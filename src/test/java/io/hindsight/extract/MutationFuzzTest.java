package io.hindsight.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.ingest.FileKind;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Mutation fuzzing of ingest and extraction: the valid postmortems under {@code golden/}, the
 * guide's worked example and {@code data/postmortems/} are mutated (truncation, byte and
 * character flips, shuffled and duplicated sections, deleted and repeated lines, random
 * Unicode, huge numbers, swapped table cells, random and impossible times and dates, JSON
 * values of the wrong type, a wrong extension) and each mutant goes through
 * {@link FilePipeline} (ingest, extraction, quality, the incident writer).
 *
 * <p>Properties: no exception escapes, every mutant is accounted for (parsed, rejected with a
 * known reason and a readable detail, or skipped), and {@link FilePipeline#violations} finds
 * nothing. Deterministic: case {@code k} uses {@code new Random(seed * 1_000_003 + k)} (cases run
 * in parallel, one pipeline per thread, and are reported in order), so a
 * finding is reproduced with {@code -Dhindsight.fuzz.seed=S -Dhindsight.fuzz.from=k
 * -Dhindsight.fuzz.cases=1}; failing mutants are also written to {@code target/fuzz-findings/}.
 * {@code -Dhindsight.fuzz.cases=N} raises the number of cases (default {@value #DEFAULT_CASES}).
 */
class MutationFuzzTest {
    static final int DEFAULT_CASES = 4000;
    static final long DEFAULT_SEED = 20_260_501L;

    /** A seed file: its path relative to its corpus and its bytes. */
    record Seed(String path, byte[] bytes) {
    }

    /** One mutation: a name and what it does to a file's text or bytes. */
    record Mutator(String name, BiFunction<Random, Mutant, Mutant> apply) {
    }

    /** A file being mutated. */
    record Mutant(String path, byte[] bytes) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        Mutant withText(String text) {
            return new Mutant(path, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** What one case gave: the file's outcome and reasons, or a finding. */
    record Case(int k, String label, List<String> mutators, String outcome, List<String> reasons, String finding, long nanos) {
    }

    @Test
    void noExceptionEscapesAndEveryMutantIsAccountedFor() throws IOException {
        int cases = Integer.getInteger("hindsight.fuzz.cases", DEFAULT_CASES);
        long seed = Long.getLong("hindsight.fuzz.seed", DEFAULT_SEED);
        int from = Integer.getInteger("hindsight.fuzz.from", 0);
        List<Seed> seeds = seeds();
        assertThat(seeds).as("seed postmortems").hasSizeGreaterThan(50);

        // Cases run on all cores, one pipeline per thread; each case depends on its number only.
        ThreadLocal<FilePipeline> pipelines = ThreadLocal.withInitial(FilePipeline::new);
        List<Case> results = IntStream.range(from, from + cases).parallel()
                .mapToObj(k -> runCase(k, seed, seeds, pipelines.get()))
                .toList();

        Map<String, Integer> outcomes = new TreeMap<>();
        Map<String, Integer> byMutator = new TreeMap<>();
        List<String> findings = new ArrayList<>();
        Case slowest = results.get(0);
        for (Case c : results) {
            c.mutators().forEach(mu -> byMutator.merge(mu, 1, Integer::sum));
            if (c.finding() != null) {
                findings.add(c.label() + ": " + c.finding());
                continue;
            }
            outcomes.merge(c.outcome(), 1, Integer::sum);
            c.reasons().forEach(x -> outcomes.merge("  reason " + x, 1, Integer::sum));
            slowest = c.nanos() > slowest.nanos() ? c : slowest;
        }
        System.out.printf(Locale.ROOT, "mutation fuzz: %d cases from %d seed files (seed %d, cases %d..%d): %s; mutators applied %s; "
                        + "slowest case %d ms: %s; findings: %d%n", cases, seeds.size(), seed, from, from + cases - 1, outcomes,
                byMutator, slowest.nanos() / 1_000_000, slowest.label(), findings.size());
        assertThat(findings).as("mutants where an exception escaped or an invariant broke").isEmpty();
        assertThat(outcomes.getOrDefault("parsed", 0) + outcomes.getOrDefault("rejected", 0) + outcomes.getOrDefault("skipped", 0))
                .as("every mutant accounted for").isEqualTo(cases);
    }

    private static Case runCase(int k, long seed, List<Seed> seeds, FilePipeline pipeline) {
        Random rnd = new Random(seed * 1_000_003L + k);
        Seed s = seeds.get(rnd.nextInt(seeds.size()));
        Mutant m = new Mutant(s.path(), s.bytes());
        List<String> applied = new ArrayList<>();
        int n = 1 + rnd.nextInt(3);
        for (int j = 0; j < n; j++) {
            Mutator mu = MUTATORS.get(rnd.nextInt(MUTATORS.size()));
            m = mu.apply().apply(rnd, m);
            applied.add(mu.name());
        }
        String label = "case " + k + " (" + s.path() + " <- " + String.join(", ", applied) + ")";
        long t0 = System.nanoTime();
        String finding = null;
        String outcome = null;
        List<String> reasons = List.of();
        try {
            FilePipeline.Result r = pipeline.run(m.path(), m.bytes());
            List<String> v = FilePipeline.violations(r);
            if (v.isEmpty()) {
                outcome = r.fileOutcome();
                reasons = r.rejected().stream().map(FilePipeline.Rejected::reason).toList();
            } else {
                finding = v.toString();
            }
        } catch (OutOfMemoryError oom) {
            throw oom;
        } catch (Throwable t) {
            finding = trace(t);
        }
        long took = System.nanoTime() - t0;
        if (finding != null) {
            save(k, m);
        }
        return new Case(k, label, applied, outcome, reasons, finding, took);
    }

    static List<Seed> seeds() throws IOException {
        List<Seed> out = new ArrayList<>();
        for (Path root : List.of(Path.of("src/test/resources/golden"), Path.of("src/test/resources/guide"), Path.of("data/postmortems"))) {
            assertThat(root).as("seed folder %s (relative to the project root, the tests' working directory)", root).isDirectory();
            try (Stream<Path> s = Files.walk(root)) {
                for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                    String rel = root.relativize(p).toString().replace('\\', '/');
                    if (FileKind.of(rel).isPresent() && !rel.endsWith(".expected.json")) {
                        out.add(new Seed(root.getFileName() + "/" + rel, Files.readAllBytes(p)));
                    }
                }
            }
        }
        return out;
    }

    private static void save(int k, Mutant m) {
        try {
            Path dir = Path.of("target", "fuzz-findings");
            Files.createDirectories(dir);
            String name = m.path().substring(m.path().lastIndexOf('/') + 1);
            Files.write(dir.resolve("case-" + k + "-" + name), m.bytes());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String trace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString().lines().limit(12).reduce((a, b) -> a + "\n" + b).orElse(t.toString());
    }

    // ---- mutators ----

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}:\\d{2}(?::\\d{2})?\\b");
    private static final Pattern DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    private static final Pattern JSON_SCALAR = Pattern.compile("(?<=:\\s?)(\"[^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+\"|-?\\d++(?:\\.\\d++)?|true|false|null)");
    private static final String[] NASTY = {
        "\u202e", "\u202d", "\u200f", "\u200e", "\u200d", "\u200b", "\u200c", "\u2066", "\u2069", "\ufeff", "\ufffd", "\u2028", "\u2029",
        "\u0301\u0302\u0303\u0304\u0305", "👩\u200d💻", "🇩🇪", "👍🏽", "𝒜", "\u00a0", "\u3000", "：", "１２：３０", "﹤script﹥", "\t", "\r",
        "\\", "`", "*", "_", "[", "]", "(", ")", "|", "<", ">", "&", "#", "---", "```", "> ", "- ", "1. ", "<!--", "-->", "&#0;",
        "&#x110000;", "\u0085", "\u000b", "\u000c", "\u001b[31m", "\u007f", "€", "ß", "ǅ", "İ", "ﬃ", "\uD83D\uDE00"};
    private static final String[] TIMES = {"25:61", "24:00", "23:59:60", "00:00", "99:99", "12:00 pm", "13:00 am", "0:00", "23:59:59",
        "7:5", "12:60", "-1:00", "1:00:00:00"};
    private static final String[] DATES = {"2026-13-40", "2026-02-29", "2024-02-29", "0000-00-00", "9999-12-31", "2026-00-10",
        "1970-01-01", "2026-04-31", "99999-01-01", "2026-1-1"};
    private static final String[] HUGE = {"99999999999999999999999999999999", "1e400", "-1", "-99999999999999999999",
        "1" + "0".repeat(400), "0.000000000000000000001", "9223372036854775807", "9223372036854775808", "1,000,000,000,000,000,000,000",
        "NaN", "Infinity", "4.2e9", "12".repeat(300)};

    static final List<Mutator> MUTATORS = List.of(
            new Mutator("truncate", (r, m) -> new Mutant(m.path(), Arrays.copyOf(m.bytes(), r.nextInt(m.bytes().length + 1)))),
            new Mutator("byte-flip", (r, m) -> {
                byte[] b = m.bytes().clone();
                int flips = 1 + r.nextInt(8);
                for (int i = 0; i < flips && b.length > 0; i++) {
                    b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
                }
                return new Mutant(m.path(), b);
            }),
            new Mutator("char-replace", (r, m) -> {
                StringBuilder sb = new StringBuilder(m.text());
                int n = 1 + r.nextInt(20);
                for (int i = 0; i < n && sb.length() > 0; i++) {
                    int at = r.nextInt(sb.length());
                    if (!Character.isSurrogate(sb.charAt(at))) {
                        sb.setCharAt(at, (char) (0x20 + r.nextInt(0x5f)));
                    }
                }
                return m.withText(sb.toString());
            }),
            new Mutator("shuffle-sections", (r, m) -> m.withText(shuffleSections(r, m.text()))),
            new Mutator("duplicate-heading", (r, m) -> m.withText(duplicateHeading(r, m.text()))),
            new Mutator("unicode", (r, m) -> {
                StringBuilder sb = new StringBuilder(m.text());
                int n = 1 + r.nextInt(30);
                for (int i = 0; i < n; i++) {
                    int at = safeIndex(sb, r.nextInt(sb.length() + 1));
                    String ins = r.nextInt(4) == 0 ? new String(Character.toChars(randomCodePoint(r))) : NASTY[r.nextInt(NASTY.length)];
                    sb.insert(at, ins);
                }
                return m.withText(sb.toString());
            }),
            new Mutator("huge-numbers", (r, m) -> m.withText(replaceSome(r, DIGITS, m.text(), () -> HUGE[r.nextInt(HUGE.length)]))),
            new Mutator("delete-lines", (r, m) -> {
                List<String> lines = new ArrayList<>(m.text().lines().toList());
                int n = 1 + r.nextInt(Math.max(1, lines.size() / 4));
                for (int i = 0; i < n && !lines.isEmpty(); i++) {
                    lines.remove(r.nextInt(lines.size()));
                }
                return m.withText(String.join("\n", lines));
            }),
            new Mutator("repeat-line", (r, m) -> {
                List<String> lines = new ArrayList<>(m.text().lines().toList());
                if (lines.isEmpty()) {
                    return m;
                }
                int at = r.nextInt(lines.size());
                lines.addAll(at, Collections.nCopies(1 + r.nextInt(r.nextInt(20) == 0 ? 1000 : 20), lines.get(at)));
                return m.withText(String.join("\n", lines));
            }),
            new Mutator("swap-cells", (r, m) -> {
                List<String> lines = new ArrayList<>(m.text().lines().toList());
                for (int i = 0; i < lines.size(); i++) {
                    String l = lines.get(i);
                    if (l.startsWith("|") && r.nextInt(3) == 0) {
                        List<String> cells = new ArrayList<>(Arrays.asList(l.split("\\|", -1)));
                        if (cells.size() > 3) {
                            List<String> inner = cells.subList(1, cells.size() - 1);
                            Collections.shuffle(inner, r);
                            if (r.nextInt(4) == 0) {
                                inner.remove(inner.size() - 1);
                            } else if (r.nextInt(4) == 0) {
                                inner.add(" extra ");
                            }
                            lines.set(i, String.join("|", cells));
                        }
                    }
                }
                return m.withText(String.join("\n", lines));
            }),
            new Mutator("random-times", (r, m) -> m.withText(replaceSome(r, CLOCK, m.text(), () -> r.nextBoolean()
                    ? TIMES[r.nextInt(TIMES.length)] : String.format(Locale.ROOT, "%d:%02d", r.nextInt(30), r.nextInt(70))))),
            new Mutator("random-dates", (r, m) -> m.withText(replaceSome(r, DATE, m.text(), () -> DATES[r.nextInt(DATES.length)]))),
            new Mutator("markdown-junk", (r, m) -> {
                List<String> lines = new ArrayList<>(m.text().lines().toList());
                String[] junk = {"```", "> ", "- ", "# ", "|", "---", "    ", "<div>", "<!--", "1) ", "* * *", "[x]: ", "===", "~~~"};
                int n = 1 + r.nextInt(6);
                for (int i = 0; i < n && !lines.isEmpty(); i++) {
                    int at = r.nextInt(lines.size());
                    lines.set(at, junk[r.nextInt(junk.length)] + lines.get(at));
                }
                return m.withText(String.join("\n", lines));
            }),
            new Mutator("json-types", (r, m) -> m.withText(replaceSome(r, JSON_SCALAR, m.text(), () -> {
                String[] values = {"[]", "{}", "null", "[1,2]", "{\"name\": {\"name\": [null]}}", "\"\"", "0", "-5", "true", "\"x\"",
                    "[\"a\", {\"b\": 1}]", "\"2026-13-40T25:61:00Z\"", "1e400", "\"" + "y".repeat(5000) + "\""};
                return values[r.nextInt(values.length)];
            }))),
            new Mutator("wrong-extension", (r, m) -> {
                String[] ext = {".md", ".json", ".jsonl", ".markdown", ".ndjson"};
                String base = m.path().substring(0, m.path().lastIndexOf('.'));
                return new Mutant(base + ext[r.nextInt(ext.length)], m.bytes());
            }),
            new Mutator("bom-and-line-endings", (r, m) -> {
                String t = m.text();
                t = switch (r.nextInt(3)) {
                    case 0 -> t.replace("\n", "\r\n");
                    case 1 -> t.replace("\n", "\r");
                    default -> t;
                };
                return m.withText(r.nextBoolean() ? "\ufeff" + t : t);
            }));

    private static int randomCodePoint(Random r) {
        while (true) {
            int cp = r.nextInt(0x30000);
            if (Character.isValidCodePoint(cp) && !(cp >= 0xD800 && cp <= 0xDFFF) && cp != 0) {
                return cp;
            }
        }
    }

    /** An insertion point that does not split a surrogate pair. */
    private static int safeIndex(CharSequence s, int at) {
        return at > 0 && at < s.length() && Character.isLowSurrogate(s.charAt(at)) ? at - 1 : at;
    }

    private static String replaceSome(Random r, Pattern p, String text, java.util.function.Supplier<String> value) {
        Matcher m = p.matcher(text);
        StringBuilder sb = new StringBuilder();
        int odds = 1 + r.nextInt(4);
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(r.nextInt(odds) == 0 ? value.get() : m.group()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String shuffleSections(Random r, String text) {
        List<String> parts = new ArrayList<>(Arrays.asList(text.split("(?m)(?=^#{1,6} )")));
        if (parts.size() < 3) {
            return text;
        }
        List<String> tail = parts.subList(r.nextBoolean() ? 1 : 0, parts.size());
        Collections.shuffle(tail, r);
        return String.join("\n", parts);
    }

    private static String duplicateHeading(Random r, String text) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        List<Integer> headings = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("#")) {
                headings.add(i);
            }
        }
        if (headings.isEmpty()) {
            return text;
        }
        int h = headings.get(r.nextInt(headings.size()));
        int end = h + 1;
        while (end < lines.size() && !lines.get(end).startsWith("#")) {
            end++;
        }
        List<String> section = new ArrayList<>(r.nextBoolean() ? lines.subList(h, end) : lines.subList(h, h + 1));
        int copies = 1 + r.nextInt(r.nextInt(20) == 0 ? 500 : 3);
        List<String> repeated = new ArrayList<>();
        for (int c = 0; c < copies; c++) {
            repeated.addAll(section);
        }
        lines.addAll(r.nextInt(lines.size() + 1), repeated);
        return String.join("\n", lines);
    }
}
