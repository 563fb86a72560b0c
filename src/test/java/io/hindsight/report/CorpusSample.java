package io.hindsight.report;

import io.hindsight.analyse.Review;
import io.hindsight.analyse.ReviewInput;
import io.hindsight.analyse.Reviews;
import io.hindsight.analyse.RunStats;
import io.hindsight.analyse.quality.QualityAssessor;
import io.hindsight.extract.Extraction;
import io.hindsight.extract.Extractor;
import io.hindsight.ingest.FileKind;
import io.hindsight.ingest.Ingestor;
import io.hindsight.ingest.RawPostmortem;
import io.hindsight.model.IncidentRecord;
import io.hindsight.model.Quarter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A tool, not a test: the project's sample corpus (data/postmortems) through ingest, extraction
 * and quality, without the Spark job or the clustering stage (so no cause clusters), into a
 * report at target/corpus-report.html. For looking at real extracted data in the report.
 */
public final class CorpusSample {
    private CorpusSample() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "data/postmortems");
        List<IncidentRecord> incidents = new ArrayList<>();
        List<RunStats.Reject> rejects = new ArrayList<>();
        TreeMap<String, Long> skipped = new TreeMap<>();
        long seen = 0;
        long warnings = 0;
        Extractor extractor = new Extractor();
        Ingestor ingestor = new Ingestor();
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            seen++;
            String rel = root.relativize(f).toString().replace('\\', '/');
            var kind = FileKind.of(rel);
            if (kind.isEmpty()) {
                skipped.merge("." + FileKind.extension(rel), 1L, Long::sum);
                continue;
            }
            Ingestor.Outcome o = ingestor.ingest(rel, kind.get(), Files.readAllBytes(f));
            o.rejections().forEach(r -> rejects.add(new RunStats.Reject(r.path(), r.reason().toString().toLowerCase(Locale.ROOT),
                    r.detail())));
            for (RawPostmortem raw : o.postmortems()) {
                Extraction e = extractor.extract(raw, o.fileWarnings());
                if (e instanceof Extraction.Extracted x) {
                    incidents.add(new IncidentRecord(x.incident(), QualityAssessor.standard().assess(x.incident(), raw.plainText()),
                            List.of()));
                    warnings += x.incident().warnings().size();
                } else {
                    rejects.add(new RunStats.Reject(rel, e.getClass().getSimpleName(), e.toString()));
                }
            }
        }
        Quarter q = Quarter.parse(args.length > 1 ? args[1] : "2026-Q3");
        LocalDate asOf = q.plus(1).firstDay();
        RunStats run = new RunStats(seen, seen - rejects.size() - skipped.values().stream().mapToLong(Long::longValue).sum(),
                rejects.size(), skipped, warnings, incidents.size(), rejects);
        Review review = Reviews.build(new ReviewInput(q, asOf, 4, incidents, incidents.stream().map(Reviews::digestOf).toList(),
                List.of(), List.of(), List.of(), run, args.length > 2 && args[2].equals("--redact-people")));
        Path out = Path.of("target/corpus-report.html");
        Files.writeString(out, ReportRenderer.render(review), StandardCharsets.UTF_8);
        System.out.println("wrote " + out + " with " + review.index().size() + " incidents of " + q);
    }
}
