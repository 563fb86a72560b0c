package io.hindsight.tools;

import io.hindsight.extract.Extraction;
import io.hindsight.extract.Extractor;
import io.hindsight.ingest.FileKind;
import io.hindsight.ingest.Ingestor;
import io.hindsight.ingest.RawPostmortem;
import io.hindsight.model.TimelineEvent;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prints how each timeline event of the given files was classified: a tool for tuning the vocabulary. */
public final class ExplainTimeline {
    private ExplainTimeline() {
    }

    public static void main(String[] args) throws Exception {
        for (String a : args) {
            Path p = Path.of(a);
            Ingestor.Outcome o = new Ingestor().ingest(p.getFileName().toString(), FileKind.of(a).orElseThrow(), Files.readAllBytes(p));
            System.out.println("== " + a + " " + o.rejections());
            for (RawPostmortem raw : o.postmortems()) {
                Extraction e = new Extractor().extract(raw, o.fileWarnings());
                if (e instanceof Extraction.Extracted x) {
                    for (TimelineEvent ev : x.incident().timeline()) {
                        System.out.printf("  %-22s %-17s %s%n", ev.at().map(Object::toString).orElse("-"),
                                ev.phase().map(Enum::name).orElse(""), ev.text());
                    }
                    System.out.println("  timings " + x.incident().timings().minutes() + " warnings " + x.incident().warnings());
                } else {
                    System.out.println("  " + e);
                }
            }
        }
    }
}
