package io.hindsight.cli;

import io.hindsight.analyse.quality.Lint;
import io.hindsight.analyse.quality.QualityAssessor;
import io.hindsight.extract.Extraction;
import io.hindsight.extract.Extractor;
import io.hindsight.ingest.FileKind;
import io.hindsight.ingest.Ingestor;
import io.hindsight.ingest.RawPostmortem;
import io.hindsight.ingest.Rejection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code hindsight lint FILE...}: completeness and blame-language checks on single postmortems,
 * for a postmortem repository's CI. Prints findings to stdout; exits 1 when any file has an
 * error (unreadable, not a postmortem, a required section missing, blame language), else 0.
 */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Check postmortems for completeness and blame language; exit 1 on errors.")
public final class LintCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Postmortem files (.md, .markdown, .json, .jsonl).")
    List<Path> files;

    @Override
    public Integer call() {
        Ingestor ingestor = new Ingestor();
        Extractor extractor = new Extractor();
        QualityAssessor assessor = QualityAssessor.standard();
        int errors = 0;
        for (Path file : files) {
            String name = file.toString();
            if (!Files.isRegularFile(file)) {
                System.err.println("hindsight: no such file '" + name + "'");
                return Main.EXIT_USAGE;
            }
            if (FileKind.of(name).isEmpty()) {
                System.out.println(name + ": skipped: not a postmortem file type (." + FileKind.extension(name) + ")");
                continue;
            }
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                System.out.println(name + ": error: cannot read: " + e.getMessage());
                errors++;
                continue;
            }
            Ingestor.Outcome outcome = ingestor.ingest(name, FileKind.of(name).orElseThrow(), bytes);
            for (Rejection r : outcome.rejections()) {
                System.out.println(r.path() + ": error: " + r.reason().code() + ": " + r.detail());
                errors++;
            }
            for (RawPostmortem raw : outcome.postmortems()) {
                String where = raw instanceof RawPostmortem.Json j ? j.location() : name;
                Extraction e = extractor.extract(raw, outcome.fileWarnings());
                if (e instanceof Extraction.Extracted x) {
                    List<Lint.Finding> findings = Lint.check(x.incident(), raw.plainText(), assessor);
                    long fileErrors = findings.stream().filter(f -> f.level() == Lint.Level.ERROR).count();
                    errors += (int) fileErrors;
                    System.out.println(where + ": quality " + Lint.score(x.incident(), raw.plainText(), assessor) + "/100, "
                            + fileErrors + " error(s), " + (findings.size() - fileErrors) + " warning(s)");
                    for (Lint.Finding f : findings) {
                        System.out.println(where + ": " + f);
                    }
                } else if (e instanceof Extraction.NotAPostmortem n) {
                    System.out.println(where + ": error: " + n.detail());
                    errors++;
                } else if (e instanceof Extraction.WrongShape w) {
                    System.out.println(where + ": error: wrong shape: " + w.detail());
                    errors++;
                }
            }
        }
        return errors > 0 ? 1 : 0;
    }
}
