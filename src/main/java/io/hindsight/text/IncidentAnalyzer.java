package io.hindsight.text;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.PatternKeywordMarkerFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.pattern.PatternTokenizer;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The analyzer for incident language: short, noisy sentences full of SRE jargon. The chain,
 * in order:
 *
 * <ol>
 *   <li><b>tokenizer</b> ({@link PatternTokenizer}, {@link #TOKEN}): letters and digits; a
 *       word joined by {@code - . _} stays whole when it contains a digit ({@code us-east-1},
 *       {@code v2.31.0}, {@code utf-8}), otherwise it splits into its parts
 *       ({@code end-to-end} -> end, to, end); {@code p99}, {@code 5xx}, {@code k8s} are words;
 *   <li><b>possessive</b>: {@code node's} -> node;
 *   <li><b>lower-case</b>;
 *   <li><b>numbers</b> ({@link NumberFilter}): drops bare numbers and quantities ({@code 500},
 *       {@code 40k}, {@code 50ms}, {@code 1000x}); keeps {@code 5xx}, {@code p99};
 *   <li><b>synonyms</b> ({@link SynonymGraphFilter} over {@code synonyms.txt}, then
 *       {@link FlattenGraphFilter}): every surface form becomes one canonical term
 *       (db/database -> database, "out of memory" -> oom), before stop words so multi-word
 *       forms are seen whole;
 *   <li><b>stop words</b> ({@code stopwords.txt}): English function words, negations and
 *       incident boilerplate ("the team", "we", "issue", "incident");
 *   <li><b>keyword marker</b>: canonical synonym terms and words containing a digit are not
 *       stemmed;
 *   <li><b>stem</b> ({@link KStemFilter}, a light, dictionary-backed English stemmer whose
 *       output stays a word: failures -> failure, throttled -> throttle);
 *   <li><b>shingles</b> (optional, {@link ShingleFilter}): adjacent stemmed pairs, type
 *       {@value #SHINGLE_TYPE}, never bridging a removed stop word.
 * </ol>
 *
 * <p>Not serializable, like every Lucene analyzer: build one where it is used and close it.
 */
public final class IncidentAnalyzer extends Analyzer {
    /** Words: a digit-bearing joined word, or a plain word with an optional apostrophe part. */
    static final Pattern TOKEN = Pattern.compile(
            "(?=[\\p{L}\\p{N}._-]*\\p{N})[\\p{L}\\p{N}]+(?:[._-][\\p{L}\\p{N}]+)*"
                    + "|[\\p{L}\\p{N}]+(?:['\u2019]\\p{L}+)?");

    /** The token type of shingles. */
    public static final String SHINGLE_TYPE = ShingleFilter.DEFAULT_TOKEN_TYPE;

    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\p{N}.*");

    private final CharArraySet stopWords;
    private final CharArraySet canonicalTerms;
    private final SynonymMap synonyms;
    private final boolean shingles;

    /**
     * @param lists the stop words and synonyms
     * @param shingles whether to add two-word shingles after the single words
     */
    public IncidentAnalyzer(WordLists lists, boolean shingles) {
        Objects.requireNonNull(lists, "lists");
        this.stopWords = CharArraySet.unmodifiableSet(new CharArraySet(lists.stopWords(), false));
        this.canonicalTerms = CharArraySet.unmodifiableSet(new CharArraySet(lists.canonicalTerms(), false));
        this.synonyms = parseSynonyms(lists.synonymRules());
        this.shingles = shingles;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new PatternTokenizer(TOKEN, 0);
        TokenStream stream = beforeSynonyms(source);
        if (synonyms.fst != null) {
            stream = new SynonymGraphFilter(stream, synonyms, true);
            stream = new FlattenGraphFilter(stream);
        }
        stream = new StopFilter(stream, stopWords);
        stream = new SetKeywordMarkerFilter(stream, canonicalTerms);
        stream = new PatternKeywordMarkerFilter(stream, HAS_DIGIT);
        stream = new KStemFilter(stream);
        if (shingles) {
            ShingleFilter shingleFilter = new ShingleFilter(stream, 2, 2);
            shingleFilter.setFillerToken(null);
            stream = new NoGapShingleFilter(shingleFilter);
        }
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    private static TokenStream beforeSynonyms(Tokenizer source) {
        TokenStream stream = new EnglishPossessiveFilter(source);
        stream = new LowerCaseFilter(stream);
        return new NumberFilter(stream);
    }

    /** Synonym rules are read with the part of the chain that runs before the synonym filter. */
    private static SynonymMap parseSynonyms(String rules) {
        Analyzer ruleAnalyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new PatternTokenizer(TOKEN, 0);
                return new TokenStreamComponents(source, beforeSynonyms(source));
            }
        };
        try (ruleAnalyzer) {
            SolrSynonymParser parser = new SolrSynonymParser(true, false, ruleAnalyzer);
            parser.parse(new StringReader(rules));
            return parser.build();
        } catch (ParseException e) {
            String why = e.getCause() == null ? "" : ": " + e.getCause().getMessage();
            throw new IllegalArgumentException("bad synonym rules: " + e.getMessage() + why, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
