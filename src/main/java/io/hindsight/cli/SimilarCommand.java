package io.hindsight.cli;

import io.hindsight.text.SimilarIncidents;
import io.hindsight.extract.Extraction;
import io.hindsight.extract.Extractor;
import io.hindsight.ingest.FileKind;
import io.hindsight.ingest.Ingestor;
import io.hindsight.ingest.RawPostmortem;
import io.hindsight.model.ActionItem;
import io.hindsight.model.Incident;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hindsight similar FILE [--input DIR]}: the past incidents most like a new or draft
 * postmortem, with their root causes and action items, on stdout. Reads the archive in this
 * process (no Spark: an archive of thousands of postmortems reads in seconds).
 */
@Command(name = "similar", mixinStandardHelpOptions = true,
        description = "List the past incidents most similar to a new or draft postmortem.")
public final class SimilarCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The new or draft postmortem.")
    Path file;

    @Option(names = "--input", defaultValue = "data/postmortems", description = "Archive of past postmortems (default: ${DEFAULT-VALUE}).")
    Path input;

    @Option(names = "--limit", defaultValue = "5", description = "How many to list (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            System.err.println("hindsight: no such file '" + file + "'");
            return Main.EXIT_USAGE;
        }
        if (!Files.isDirectory(input)) {
            System.err.println("hindsight: --input: no such folder '" + input + "'");
            return Main.EXIT_USAGE;
        }
        if (limit < 1) {
            System.err.println("hindsight: --limit must be at least 1, got " + limit);
            return Main.EXIT_USAGE;
        }
        Ingestor ingestor = new Ingestor();
        Extractor extractor = new Extractor();
        List<Incident> draft = read(file, file.getParent() == null ? Path.of(".") : file.getParent(), ingestor, extractor, true);
        if (draft.isEmpty()) {
            System.err.println("hindsight: cannot read '" + file + "' as a postmortem");
            return 1;
        }
        List<Incident> corpus = new ArrayList<>();
        try (Stream<Path> s = Files.walk(input)) {
            for (Path p : s.filter(Files::isRegularFile).filter(p -> FileKind.of(p.toString()).isPresent()).sorted().toList()) {
                if (!p.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
                    corpus.addAll(read(p, input, ingestor, extractor, false));
                }
            }
        }
        System.err.println("hindsight: compared with " + corpus.size() + " incidents in " + input);
        try (SimilarIncidents index = new SimilarIncidents(corpus)) {
            for (SimilarIncidents.Match m : index.like(draft.get(0), limit)) {
                Incident i = m.incident();
                System.out.printf(java.util.Locale.ROOT, "%.2f  %s  %s  %s  %s%n", m.score(), i.id(), i.date().map(Object::toString).orElse("(no date)"),
                        i.severity().map(Enum::name).orElse("-"), i.title().orElse("(untitled)"));
                System.out.println("      source:     " + i.sourcePath());
                i.rootCause().ifPresent(rc -> System.out.println("      root cause: " + oneLine(rc)));
                for (ActionItem a : i.actionItems()) {
                    System.out.println("      action:     [" + a.status().map(st -> st.label()).orElse("?") + "] " + oneLine(a.action())
                            + a.owner().map(o -> " (" + o + ")").orElse(""));
                }
            }
        }
        return 0;
    }

    private static List<Incident> read(Path p, Path root, Ingestor ingestor, Extractor extractor, boolean lenient) {
        List<Incident> out = new ArrayList<>();
        String rel = root.relativize(p).toString().replace('\\', '/');
        try {
            Ingestor.Outcome o = ingestor.ingest(rel, FileKind.of(rel).orElseThrow(), Files.readAllBytes(p));
            for (RawPostmortem raw : o.postmortems()) {
                Extraction e = extractor.extract(raw, o.fileWarnings());
                if (e instanceof Extraction.Extracted x) {
                    out.add(x.incident());
                } else if (lenient && e instanceof Extraction.NotAPostmortem n) {
                    out.add(n.partial());
                }
            }
        } catch (IOException | RuntimeException e) {
            if (lenient) {
                System.err.println("hindsight: cannot read '" + p + "': " + e.getMessage());
            }
        }
        return out;
    }

    private static String oneLine(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 160 ? t.substring(0, 157) + "..." : t;
    }
}
