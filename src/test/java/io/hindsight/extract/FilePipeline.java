package io.hindsight.extract;

import io.hindsight.analyse.quality.QualityAssessor;
import io.hindsight.ingest.FileKind;
import io.hindsight.ingest.Ingestor;
import io.hindsight.ingest.RawPostmortem;
import io.hindsight.ingest.Rejection;
import io.hindsight.model.Incident;
import io.hindsight.model.IncidentRecord;
import io.hindsight.model.Quality;
import io.hindsight.report.data.IncidentJson;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One file through ingest, extraction and quality the way the Spark stage
 * ({@code spark.ExtractPartition.process}) does it, without Spark and without its safety net:
 * an exception here is a bug in ingest or extract, so it propagates to the test instead of
 * becoming an {@code internal_error} row. Also writes every incident with
 * {@link IncidentJson#writeInternal}, as the Spark stage does, so an incident the writer
 * cannot serialise (a lone surrogate, say) fails here too.
 */
final class FilePipeline {
    /** The Spark stage's default {@code --max-file-size}. */
    static final long MAX_FILE_SIZE = 5L * 1024 * 1024;

    private final Ingestor ingestor = new Ingestor();
    private final Extractor extractor = new Extractor();
    private final QualityAssessor quality = QualityAssessor.standard();

    /** An incident read from the file, at its location ({@code path}, {@code path#3}, {@code path:12}). */
    record Parsed(String location, Incident incident, Quality quality, String json) {
    }

    /** A rejected file or record, as it would appear in {@code rejects.csv}. */
    record Rejected(String location, String reason, String detail) {
    }

    /** Everything one file gave: skipped (by extension), or its incidents and rejections. */
    record Result(String path, Optional<String> skippedExtension, List<Parsed> parsed, List<Rejected> rejected) {
        boolean accountedFor() {
            return skippedExtension.isPresent() || !parsed.isEmpty() || !rejected.isEmpty();
        }

        /** The file's outcome as {@code summary.json} counts it. */
        String fileOutcome() {
            return skippedExtension.isPresent() ? "skipped" : parsed.isEmpty() ? "rejected" : "parsed";
        }
    }

    /** Every reason code {@code rejects.csv} may show. */
    static final Set<String> REASON_CODES = Arrays.stream(Rejection.Reason.values()).map(Rejection.Reason::code)
            .collect(Collectors.toUnmodifiableSet());

    /**
     * What is wrong with a result, whatever the input: the file is accounted for; every
     * rejection has a known reason code, a location in this file and a detail a person can read
     * (one line, not blank, bounded, naming no Java class or exception); every incident has an id and a
     * location in this file; and no string from ingest or extraction is malformed UTF-16 (a
     * lone surrogate makes the JSON writers fail or write garbage).
     */
    static List<String> violations(Result r) {
        List<String> out = new ArrayList<>();
        if (!r.accountedFor()) {
            out.add(r.path() + ": neither parsed, rejected nor skipped");
        }
        for (Rejected x : r.rejected()) {
            if (!REASON_CODES.contains(x.reason())) {
                out.add(x.location() + ": unknown reason code " + x.reason());
            }
            if (!x.location().startsWith(r.path())) {
                out.add(x.location() + ": rejection outside " + r.path());
            }
            if (x.detail().isBlank() || x.detail().contains("\n") || x.detail().length() > 1000) {
                out.add(x.location() + ": detail is blank, multi-line or over 1000 characters: " + x.detail());
            }
            if (x.detail().matches(".*\\b(?:java|javax|com|org)\\.[a-z]\\w*\\.[\\w.]+.*|.*\\w(Exception|Error)\\b.*")) {
                out.add(x.location() + ": detail names a Java class or exception: " + x.detail());
            }
            wellFormed(x.location() + " detail", x.detail(), out);
        }
        for (Parsed p : r.parsed()) {
            if (p.incident().id().isBlank() || !p.location().startsWith(r.path())) {
                out.add(p.location() + ": incident without id or outside " + r.path());
            }
            wellFormed(p.location() + " incident", p.json(), out);
            for (String w : p.incident().warnings()) {
                wellFormed(p.location() + " warning", w, out);
            }
        }
        return out;
    }

    private static void wellFormed(String what, String s, List<String> out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                out.add(what + ": lone surrogate U+" + Integer.toHexString(c).toUpperCase(Locale.ROOT) + " at " + i);
                return;
            }
        }
    }

    /** The one incident a file's text holds, read with no rejection (asserted). */
    Incident only(String path, String text) {
        Result r = run(path, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        org.assertj.core.api.Assertions.assertThat(r.rejected()).isEmpty();
        org.assertj.core.api.Assertions.assertThat(r.parsed()).hasSize(1);
        return r.parsed().get(0).incident();
    }

    Result run(String path, byte[] bytes) {
        Optional<FileKind> kind = FileKind.of(path);
        if (kind.isEmpty()) {
            return new Result(path, Optional.of(FileKind.extension(path)), List.of(), List.of());
        }
        List<Parsed> parsed = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        if (bytes.length > MAX_FILE_SIZE) {
            rejected.add(new Rejected(path, Rejection.Reason.TOO_LARGE.code(), String.format(Locale.ROOT,
                    "the file is %.1f MiB, over the %.1f MiB limit (--max-file-size)", bytes.length / 1048576.0,
                    MAX_FILE_SIZE / 1048576.0)));
            return new Result(path, Optional.empty(), parsed, rejected);
        }
        Ingestor.Outcome outcome = ingestor.ingest(path, kind.get(), bytes);
        for (Rejection r : outcome.rejections()) {
            rejected.add(new Rejected(r.path(), r.reason().code(), r.detail()));
        }
        for (RawPostmortem raw : outcome.postmortems()) {
            String location = raw instanceof RawPostmortem.Json j ? j.location() : raw.sourcePath();
            Extraction e = extractor.extract(raw, outcome.fileWarnings());
            if (e instanceof Extraction.Extracted x) {
                Quality q = quality.assess(x.incident(), raw.plainText());
                String json = IncidentJson.writeInternal(new IncidentRecord(x.incident(), q, List.of()));
                parsed.add(new Parsed(location, x.incident(), q, json));
            } else if (e instanceof Extraction.NotAPostmortem np) {
                rejected.add(new Rejected(location, Rejection.Reason.NOT_A_POSTMORTEM.code(), np.detail()));
            } else if (e instanceof Extraction.WrongShape ws) {
                rejected.add(new Rejected(location, Rejection.Reason.WRONG_SHAPE.code(), ws.detail()));
            }
        }
        return new Result(path, Optional.empty(), parsed, rejected);
    }
}
