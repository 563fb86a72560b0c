package io.hindsight.text;

import io.hindsight.model.Incident;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Finds the past incidents most like a new or draft postmortem: an in-memory Lucene index of
 * each incident's title, summary, root cause and contributing factors, queried with the draft's
 * own terms (a More-Like-This style query scored by BM25). Ties break on incident id.
 */
public final class SimilarIncidents implements AutoCloseable {
    /** Most distinct query terms taken from the draft (BooleanQuery has a clause limit). */
    static final int MAX_QUERY_TERMS = 200;

    private final Analyzer analyzer;
    private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
    private final List<Incident> incidents;
    private final DirectoryReader reader;

    public record Match(Incident incident, double score) {
    }

    public SimilarIncidents(List<Incident> corpus) {
        this(corpus, new EnglishAnalyzer());
    }

    public SimilarIncidents(List<Incident> corpus, Analyzer analyzer) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.incidents = List.copyOf(corpus);
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (int i = 0; i < incidents.size(); i++) {
                Document d = new Document();
                d.add(new StoredField("ord", i));
                d.add(new TextField("body", text(incidents.get(i)), Field.Store.NO));
                w.addDocument(d);
            }
            w.commit();
            reader = DirectoryReader.open(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text an incident is compared by. */
    public static String text(Incident i) {
        StringBuilder sb = new StringBuilder();
        i.title().ifPresent(t -> sb.append(t).append('\n'));
        i.summary().ifPresent(t -> sb.append(t).append('\n'));
        i.rootCause().ifPresent(t -> sb.append(t).append('\n'));
        i.contributingFactors().forEach(t -> sb.append(t).append('\n'));
        return sb.toString();
    }

    /** The {@code limit} incidents most like {@code draft}, best first; the draft itself (same id) is left out. */
    public List<Match> like(Incident draft, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, got " + limit);
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        int terms = 0;
        try (TokenStream ts = analyzer.tokenStream("body", text(draft))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            java.util.Set<String> seen = new java.util.TreeSet<>();
            while (ts.incrementToken() && terms < MAX_QUERY_TERMS) {
                if (seen.add(term.toString())) {
                    q.add(new TermQuery(new Term("body", term.toString())), BooleanClause.Occur.SHOULD);
                    terms++;
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Match> out = new ArrayList<>();
        if (terms == 0 || incidents.isEmpty()) {
            return out;
        }
        try {
            IndexSearcher s = new IndexSearcher(reader);
            for (ScoreDoc sd : s.search(q.build(), Math.min(incidents.size(), limit + 1)).scoreDocs) {
                int ord = s.storedFields().document(sd.doc).getField("ord").numericValue().intValue();
                Incident i = incidents.get(ord);
                if (!i.id().equals(draft.id())) {
                    out.add(new Match(i, sd.score));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort((a, b) -> a.score() != b.score() ? Double.compare(b.score(), a.score()) : a.incident().id().compareTo(b.incident().id()));
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        dir.close();
    }
}
