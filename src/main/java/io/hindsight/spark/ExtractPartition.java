package io.hindsight.spark;

import io.hindsight.analyse.quality.QualityAssessor;
import io.hindsight.extract.Extraction;
import io.hindsight.extract.Extractor;
import io.hindsight.ingest.FileKind;
import io.hindsight.ingest.Ingestor;
import io.hindsight.ingest.RawPostmortem;
import io.hindsight.ingest.Rejection;
import io.hindsight.model.ActionItem;
import io.hindsight.model.Incident;
import io.hindsight.model.IncidentRecord;
import io.hindsight.model.Quality;
import io.hindsight.report.data.IncidentJson;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;

/**
 * The read, parse and extract stage for one partition of input files: each file's bytes are
 * read through Hadoop's FileSystem (raw local file system for {@code file:}, so no checksum
 * or permission look-ups), ingested, extracted and assessed, and emitted as
 * {@link ExtractedRows}. One bad file never stops the partition: every failure becomes a
 * rejection row. Parsers are built once per partition.
 */
public final class ExtractPartition implements FlatMapFunction<Iterator<InputFile>, Row> {
    private static final long serialVersionUID = 1L;

    /** Broadcast, so each executor deserialises the Hadoop configuration once rather than once per task. */
    private final Broadcast<HadoopConf> conf;
    private final long maxFileSize;
    private final LongAccumulator filesDone;

    /**
     * @param filesDone counts the files processed, for progress lines on the driver
     */
    public ExtractPartition(Broadcast<HadoopConf> conf, long maxFileSize, LongAccumulator filesDone) {
        if (maxFileSize <= 0) {
            throw new IllegalArgumentException("maxFileSize must be positive, got " + maxFileSize);
        }
        this.conf = conf;
        this.maxFileSize = maxFileSize;
        this.filesDone = filesDone;
    }

    @Override
    public Iterator<Row> call(Iterator<InputFile> files) {
        Ingestor ingestor = new Ingestor();
        Extractor extractor = new Extractor();
        QualityAssessor quality = QualityAssessor.standard();
        FileSystems fileSystems = new FileSystems(conf.value().get());
        return new Iterator<>() {
            private Iterator<Row> current = List.<Row>of().iterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && files.hasNext()) {
                    current = process(files.next(), ingestor, extractor, quality, fileSystems).iterator();
                    filesDone.add(1);
                }
                return current.hasNext();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    List<Row> process(InputFile f, Ingestor ingestor, Extractor extractor, QualityAssessor quality, FileSystems fileSystems) {
        List<Row> rows = new ArrayList<>();
        String path = f.relativePath();
        if (f.length() > maxFileSize) {
            rows.add(ExtractedRows.reject(path, path, Rejection.Reason.TOO_LARGE.code(), String.format(Locale.ROOT,
                    "the file is %s, over the %s limit (--max-file-size)", size(f.length()), size(maxFileSize))));
            rows.add(ExtractedRows.file(path, false));
            return rows;
        }
        byte[] bytes;
        try {
            bytes = read(f, fileSystems);
        } catch (FileNotFoundException e) {
            rows.add(ExtractedRows.reject(path, path, Rejection.Reason.UNREADABLE.code(), "the file vanished during the run"));
            rows.add(ExtractedRows.file(path, false));
            return rows;
        } catch (IOException | RuntimeException e) {
            rows.add(ExtractedRows.reject(path, path, Rejection.Reason.UNREADABLE.code(),
                    "cannot read the file: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
            rows.add(ExtractedRows.file(path, false));
            return rows;
        }
        FileKind kind = FileKind.of(path).orElseThrow();
        Ingestor.Outcome outcome;
        try {
            outcome = ingestor.ingest(path, kind, bytes);
        } catch (RuntimeException | StackOverflowError e) {
            rows.add(ExtractedRows.reject(path, path, Rejection.Reason.INTERNAL_ERROR.code(), "could not be parsed: " + describe(e)));
            rows.add(ExtractedRows.file(path, false));
            return rows;
        }
        for (Rejection r : outcome.rejections()) {
            rows.add(ExtractedRows.reject(path, r.path(), r.reason().code(), r.detail()));
        }
        int incidents = 0;
        for (RawPostmortem raw : outcome.postmortems()) {
            String location = raw instanceof RawPostmortem.Json j ? j.location() : raw.sourcePath();
            Extraction e;
            try {
                e = extractor.extract(raw, outcome.fileWarnings());
            } catch (RuntimeException | StackOverflowError ex) {
                rows.add(ExtractedRows.reject(path, location, Rejection.Reason.INTERNAL_ERROR.code(),
                        "extraction failed: " + describe(ex)));
                continue;
            }
            if (e instanceof Extraction.Extracted x) {
                Incident i = x.incident();
                Quality q = quality.assess(i, raw.plainText());
                String quarter = i.quarter().map(Object::toString).orElse(null);
                int done = (int) i.actionItems().stream().filter(ActionItem::isDone).count();
                rows.add(ExtractedRows.incident(path, location, i.id(), quarter, i.date().map(Object::toString).orElse(null),
                        i.severity().map(Enum::name).orElse(null), IncidentJson.writeInternal(new IncidentRecord(i, q, List.of())),
                        i.warnings().size(), i.actionItems().size(), done));
                int n = 0;
                if (i.rootCause().isPresent()) {
                    rows.add(ExtractedRows.factor(path, location, i.id(), quarter, n++, i.rootCause().get(), true));
                }
                for (String factor : i.contributingFactors()) {
                    rows.add(ExtractedRows.factor(path, location, i.id(), quarter, n++, factor, false));
                }
                incidents++;
            } else if (e instanceof Extraction.NotAPostmortem np) {
                rows.add(ExtractedRows.reject(path, location, Rejection.Reason.NOT_A_POSTMORTEM.code(), np.detail()));
            } else if (e instanceof Extraction.WrongShape ws) {
                rows.add(ExtractedRows.reject(path, location, Rejection.Reason.WRONG_SHAPE.code(), ws.detail()));
            }
        }
        rows.add(ExtractedRows.file(path, incidents > 0));
        return rows;
    }

    private byte[] read(InputFile f, FileSystems fileSystems) throws IOException {
        URI uri = URI.create(f.uri());
        try (InputStream in = fileSystems.of(uri).open(new Path(uri))) {
            byte[] buf = in.readNBytes((int) Math.min(maxFileSize + 1, Integer.MAX_VALUE - 8));
            if (buf.length > maxFileSize) {
                throw new IOException("the file grew past the size limit while being read");
            }
            return buf;
        }
    }

    /**
     * The file systems one partition reads from, looked up once per scheme and authority
     * rather than per file: the raw local file system for {@code file:} (no checksums, no
     * permission look-ups), Hadoop's cached instance for the others.
     */
    static final class FileSystems {
        private final Configuration conf;
        private final java.util.Map<String, FileSystem> bySchemeAndAuthority = new java.util.HashMap<>();

        FileSystems(Configuration conf) {
            this.conf = conf;
        }

        FileSystem of(URI uri) throws IOException {
            String key = uri.getScheme() + "://" + uri.getAuthority();
            FileSystem fs = bySchemeAndAuthority.get(key);
            if (fs == null) {
                fs = "file".equals(uri.getScheme()) ? FileSystem.getLocal(conf).getRaw() : FileSystem.get(uri, conf);
                bySchemeAndAuthority.put(key, fs);
            }
            return fs;
        }
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + (m.length() > 200 ? m.substring(0, 200) + "..." : m));
    }

    static String size(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
        }
        if (bytes >= 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        }
        return bytes + " bytes";
    }
}
