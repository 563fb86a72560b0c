package io.hindsight.tools;

import io.hindsight.extract.Extraction;
import io.hindsight.extract.Extractor;
import io.hindsight.ingest.FileKind;
import io.hindsight.ingest.Ingestor;
import io.hindsight.ingest.RawPostmortem;
import io.hindsight.model.Incident;
import io.hindsight.model.Phase;
import io.hindsight.model.TimingMetric;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Prints one line per incident of a folder: what was extracted, to eyeball a corpus. */
public final class CorpusCheck {
    private CorpusCheck() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path p : files) {
            String rel = root.relativize(p).toString();
            if (FileKind.of(rel).isEmpty()) {
                System.out.println("SKIP " + rel);
                continue;
            }
            Ingestor.Outcome o = new Ingestor().ingest(rel, FileKind.of(rel).get(), Files.readAllBytes(p));
            o.rejections().forEach(r -> System.out.println("REJ  " + r.path() + " " + r.reason() + " " + r.detail()));
            for (RawPostmortem raw : o.postmortems()) {
                Extraction e = new Extractor().extract(raw, o.fileWarnings());
                if (e instanceof Extraction.Extracted x) {
                    Incident i = x.incident();
                    StringBuilder ph = new StringBuilder();
                    for (Phase f : Phase.values()) {
                        ph.append(i.timings().at(f).isPresent() ? f.name().substring(0, 2) : "..").append(' ');
                    }
                    System.out.printf("OK   %-60.60s %s %s %-4s %-15s ttd=%s ttm=%s ttr=%s f=%d a=%d det=%s w=%s%n", rel,
                            i.date().map(Object::toString).orElse("----------"), i.id().length() > 14 ? i.id().substring(0, 14) : i.id(),
                            i.severity().map(Enum::name).orElse("-"), ph.toString().replace(" ", ""),
                            i.timings().get(TimingMetric.TTD).isPresent() ? i.timings().get(TimingMetric.TTD).getAsLong() : "-",
                            i.timings().get(TimingMetric.TTM).isPresent() ? i.timings().get(TimingMetric.TTM).getAsLong() : "-",
                            i.timings().get(TimingMetric.TTR).isPresent() ? i.timings().get(TimingMetric.TTR).getAsLong() : "-",
                            i.contributingFactors().size(), i.actionItems().size(),
                            i.detectionMethod().map(Enum::name).orElse("-"), i.warnings());
                } else {
                    System.out.println("NOT  " + rel + " " + e.toString().substring(0, Math.min(200, e.toString().length())));
                }
            }
        }
    }
}
