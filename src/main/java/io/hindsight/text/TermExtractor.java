package io.hindsight.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Runs the {@link IncidentAnalyzer} (with shingles, unless asked without) over texts and returns
 * plain records, so that no other package needs Lucene. Safe to share between threads (Lucene's
 * analyzer keeps one token chain per thread); close it when done.
 */
public final class TermExtractor implements AutoCloseable {
    private static final String FIELD = "text";

    private final IncidentAnalyzer analyzer;

    public TermExtractor(WordLists lists) {
        this(lists, true);
    }

    /** @param shingles whether {@link #analyze} also gives two-word shingles */
    public TermExtractor(WordLists lists, boolean shingles) {
        this.analyzer = new IncidentAnalyzer(Objects.requireNonNull(lists, "lists"), shingles);
    }

    /** A new extractor over the built-in word lists. */
    public static TermExtractor builtIn() {
        return new TermExtractor(WordLists.builtIn());
    }

    /** The distinct terms of one text (no shingles, no positions): the cheap form for matching texts by their words. */
    public Set<String> termSet(String text) {
        Objects.requireNonNull(text, "text");
        Set<String> out = new HashSet<>();
        try (TokenStream stream = analyzer.tokenStream(FIELD, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (!IncidentAnalyzer.SHINGLE_TYPE.equals(type.type())) {
                    out.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analyzing a string cannot fail", e);
        }
        return out;
    }

    /** Analyzes one text; an empty or blank text gives no words. */
    public AnalyzedText analyze(String text) {
        Objects.requireNonNull(text, "text");
        List<AnalyzedToken> words = new ArrayList<>();
        List<String> shingles = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(FIELD, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                if (IncidentAnalyzer.SHINGLE_TYPE.equals(type.type())) {
                    shingles.add(term.toString());
                    continue;
                }
                int start = Math.min(offset.startOffset(), text.length());
                int end = Math.max(start, Math.min(offset.endOffset(), text.length()));
                words.add(new AnalyzedToken(term.toString(), text.substring(start, end).toLowerCase(Locale.ROOT),
                        Math.max(position, 0), start, end));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analyzing a string cannot fail", e);
        }
        return new AnalyzedText(text, words, shingles);
    }

    @Override
    public void close() {
        analyzer.close();
    }
}
