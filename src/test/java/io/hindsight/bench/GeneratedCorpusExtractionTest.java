package io.hindsight.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.extract.Extraction;
import io.hindsight.extract.Extractor;
import io.hindsight.ingest.FileKind;
import io.hindsight.ingest.Ingestor;
import io.hindsight.ingest.RawPostmortem;
import io.hindsight.ingest.Rejection;
import io.hindsight.model.Incident;
import io.hindsight.model.Phase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs a generated corpus through the real ingest and extract stages and compares the phase
 * timestamps with the generator's truth file. It prints the accuracy and asserts only a loose
 * floor, so it fails when the generator or the parser is badly broken, not on every
 * disagreement. {@code -Dbench.report=FILE} writes each disagreement with its events to FILE;
 * {@code -Dbench.count=N} and {@code -Dbench.broken-share=X} run it on a larger or more broken corpus.
 */
class GeneratedCorpusExtractionTest {
    static final int COUNT = 200;
    static final double FLOOR = 0.80;
    /** The phases the brief asks to check; the other four are reported too. */
    static final List<Phase> HEADLINE = List.of(Phase.STARTED, Phase.DETECTED, Phase.MITIGATED, Phase.RESOLVED, Phase.CLOSED);

    @TempDir
    Path tmp;

    @Test
    void parserRecoversThePhaseTimestampsOfGeneratedPostmortems() throws IOException {
        Path corpus = tmp.resolve("corpus");
        int count = Integer.getInteger("bench.count", COUNT);
        double broken = Double.parseDouble(System.getProperty("bench.broken-share", "0.02"));
        CorpusGenerator.Summary summary = CorpusGenerator.generate(new CorpusGenerator.Options(corpus, count, 4242L, broken, 0.01));
        List<Map<String, String>> truth = CorpusGeneratorTest.TruthFile.read(summary.truthFile());

        Map<String, Incident> extracted = new TreeMap<>();
        Map<String, String> outcome = new TreeMap<>();
        Ingestor ingestor = new Ingestor();
        Extractor extractor = new Extractor();
        for (Path file : CorpusGeneratorTest.files(corpus)) {
            String rel = corpus.relativize(file).toString().replace('\\', '/');
            Optional<FileKind> kind = FileKind.of(rel);
            if (kind.isEmpty()) {
                outcome.put(rel, "skipped");
                continue;
            }
            Ingestor.Outcome out = ingestor.ingest(rel, kind.get(), Files.readAllBytes(file));
            for (Rejection rej : out.rejections()) {
                outcome.put(rej.path(), "rejected:" + rej.reason().code());
            }
            for (RawPostmortem raw : out.postmortems()) {
                Extraction x = extractor.extract(raw, out.fileWarnings());
                String where = raw instanceof RawPostmortem.Json j ? j.location() : raw.sourcePath();
                if (x instanceof Extraction.Extracted e) {
                    extracted.put(where, e.incident());
                    outcome.put(where, "parsed");
                } else if (x instanceof Extraction.NotAPostmortem) {
                    outcome.put(where, "rejected:not_a_postmortem");
                } else {
                    outcome.put(where, "rejected:wrong_shape");
                }
            }
        }

        Map<Phase, int[]> score = new TreeMap<>();
        Map<String, int[]> byStyle = new TreeMap<>();
        List<String> disagreements = new ArrayList<>();
        List<String> outcomeMismatches = new ArrayList<>();
        for (Map<String, String> row : truth) {
            String where = row.get("source_path");
            String actualOutcome = outcome.getOrDefault(where, "(nothing)");
            if (!actualOutcome.equals(row.get("expected"))) {
                outcomeMismatches.add(where + ": expected " + row.get("expected") + ", got " + actualOutcome);
            }
            if (!row.get("expected").equals("parsed")) {
                continue;
            }
            Incident inc = extracted.get(where);
            for (Phase phase : Phase.values()) {
                String want = row.get(phase.fieldName());
                String got = inc == null ? "(not extracted)"
                        : inc.timings().at(phase).map(i -> DateTimeFormatter.ISO_INSTANT.format(i)).orElse("");
                boolean ok = want.equals(got);
                score.computeIfAbsent(phase, p -> new int[2])[ok ? 0 : 1]++;
                if (HEADLINE.contains(phase)) {
                    byStyle.computeIfAbsent(row.get("style"), s -> new int[2])[ok ? 0 : 1]++;
                }
                if (!ok) {
                    disagreements.add(String.format(Locale.ROOT, "%-17s %-60s want %-20s got %-20s %s", phase.fieldName(), where, want,
                            got, inc == null ? "" : eventAt(inc, want) + " / " + eventAt(inc, got)));
                }
            }
        }

        int headlineOk = 0;
        int headlineAll = 0;
        StringBuilder report = new StringBuilder("\nPhase timestamps, generated corpus (" + count + " files, "
                + summary.incidents() + " incident records) vs parser:\n");
        for (Phase p : Phase.values()) {
            int[] s = score.get(p);
            report.append(String.format(Locale.ROOT, "  %-20s %4d/%4d  %5.1f%%%s%n", p.fieldName(), s[0], s[0] + s[1],
                    100.0 * s[0] / (s[0] + s[1]), HEADLINE.contains(p) ? "" : "  (not in the headline figure)"));
            if (HEADLINE.contains(p)) {
                headlineOk += s[0];
                headlineAll += s[0] + s[1];
            }
        }
        double accuracy = (double) headlineOk / headlineAll;
        report.append(String.format(Locale.ROOT, "  headline (started, detected, mitigated, resolved, closed): %.1f%%%n", 100 * accuracy));
        byStyle.forEach((style, s) -> report.append(String.format(Locale.ROOT, "    %-24s %5.1f%% of %d%n", style,
                100.0 * s[0] / (s[0] + s[1]), s[0] + s[1])));
        report.append("  file outcomes that differ from the truth: ").append(outcomeMismatches.size()).append('\n');
        outcomeMismatches.forEach(m -> report.append("    ").append(m).append('\n'));
        System.out.println(report);
        String reportFile = System.getProperty("bench.report", "");
        if (!reportFile.isEmpty()) {
            Files.write(Path.of(reportFile), (report + String.join("\n", disagreements) + "\n").getBytes(StandardCharsets.UTF_8));
        }

        assertThat(accuracy).as("share of headline phase timestamps the parser recovers").isGreaterThanOrEqualTo(FLOOR);
    }

    private static String eventAt(Incident inc, String iso) {
        if (iso.isEmpty() || iso.startsWith("(")) {
            return "-";
        }
        Instant at = Instant.parse(iso);
        return inc.timeline().stream().filter(e -> e.at().filter(at::equals).isPresent()).map(e -> "'" + e.text() + "'")
                .findFirst().orElse("?");
    }
}
