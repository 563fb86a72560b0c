package io.hindsight.analyse.causes;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns analyzed factors into unit-length weighted vectors, from corpus-wide counts. Features
 * and weights:
 *
 * <ul>
 *   <li>each distinct word: {@code idf = ln(1 + N / df)}, times
 *       {@link ClusteringConfig#properNounWeight()} for a name (a word that is mostly
 *       capitalised in mid-sentence and is not taxonomy or synonym vocabulary: vendors,
 *       products, weekdays) and times {@link ClusteringConfig#singletonTermWeight()} for a
 *       word no other factor has;
 *   <li>each distinct two-word shingle: {@link ClusteringConfig#bigramWeight()} times its own
 *       idf, with the same singleton rule;
 *   <li>the factor's best taxonomy theme (unless {@value Theme#OTHER}):
 *       {@link ClusteringConfig#themeWeight()} times the length of the word part, so two
 *       factors of one theme start from a small shared similarity.
 * </ul>
 *
 * <p>The space keeps only what more than one factor has: the words and shingles of document
 * frequency 2 or more, numbered in sorted order (words, then shingles, then themes), so the
 * numbering depends on the corpus and not on the order it was read in. A word of one factor
 * only can never make two factors alike: when it has a weight at all, it lengthens its
 * vector (the norm) without being a feature. Names among such words are judged from the one
 * factor's own capitals, which are the corpus's.
 *
 * <p>Built once from {@link Counts} (on one machine, or from counts aggregated by Spark) and
 * then read-only; serializable, so Spark can broadcast it to the executors.
 */
public final class FeatureSpace implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int factors;
    private final String[] words;
    private final int[] wordDf;
    private final boolean[] wordIsName;
    private final String[] shingles;
    private final int[] shingleDf;
    private final String[] vocabulary;
    private final int themeCount;
    private final int otherTheme;
    private final double bigramWeight;
    private final double themeWeight;
    private final double properNounWeight;
    private final double singletonTermWeight;
    private transient volatile Map<String, Integer> wordIndex;
    private transient volatile Map<String, Integer> shingleIndex;

    private FeatureSpace(Counts counts, Set<String> vocabulary, int themeCount, int otherTheme, ClusteringConfig config) {
        this.factors = Math.toIntExact(counts.factors);
        this.words = shared(counts.words);
        this.wordDf = new int[words.length];
        this.wordIsName = new boolean[words.length];
        this.vocabulary = vocabulary.stream().sorted().toArray(String[]::new);
        for (int i = 0; i < words.length; i++) {
            long[] c = counts.words.get(words[i]);
            wordDf[i] = Math.toIntExact(c[0]);
            wordIsName[i] = nameRule(words[i], c[1], c[2]);
        }
        this.shingles = shared(counts.shingles);
        this.shingleDf = new int[shingles.length];
        for (int i = 0; i < shingles.length; i++) {
            shingleDf[i] = Math.toIntExact(counts.shingles.get(shingles[i])[0]);
        }
        this.themeCount = themeCount;
        this.otherTheme = otherTheme;
        this.bigramWeight = config.bigramWeight();
        this.themeWeight = config.themeWeight();
        this.properNounWeight = config.properNounWeight();
        this.singletonTermWeight = config.singletonTermWeight();
    }

    /** The keys that two or more factors have (document frequency first in the counts), sorted. */
    private static String[] shared(Map<String, long[]> counts) {
        return counts.entrySet().stream().filter(e -> e.getValue()[0] >= 2).map(Map.Entry::getKey).toArray(String[]::new);
    }

    /**
     * Corpus-wide counts: per word its document frequency and its mid-sentence and capitalised
     * occurrences, per shingle its document frequency, and the number of factors. Fed factor
     * by factor ({@link #add}) or with counts already summed elsewhere ({@link #addWord}).
     */
    public static final class Counts {
        private final Map<String, long[]> words = new TreeMap<>();
        private final Map<String, long[]> shingles = new TreeMap<>();
        private long factors;

        public Counts add(FactorTerms terms) {
            for (int i = 0; i < terms.words().size(); i++) {
                addWord(terms.words().get(i), 1, terms.midSentence(i), terms.capitalised(i));
            }
            for (String pair : terms.shingles()) {
                addShingle(pair, 1);
            }
            factors++;
            return this;
        }

        public Counts addWord(String term, long documents, long midSentence, long capitalised) {
            long[] c = words.computeIfAbsent(term, k -> new long[3]);
            c[0] += documents;
            c[1] += midSentence;
            c[2] += capitalised;
            return this;
        }

        public Counts addShingle(String pair, long documents) {
            shingles.computeIfAbsent(pair, k -> new long[1])[0] += documents;
            return this;
        }

        /** Sets the number of factors, for counts summed elsewhere. */
        public Counts factors(long count) {
            this.factors = count;
            return this;
        }
    }

    /**
     * @param vocabulary taxonomy and synonym words: never names, however capitalised
     * @param themeCount the taxonomy's theme count
     * @param otherTheme the index of {@value Theme#OTHER}, which is not a feature
     */
    public static FeatureSpace of(Counts counts, Set<String> vocabulary, int themeCount, int otherTheme,
            ClusteringConfig config) {
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(vocabulary, "vocabulary");
        Objects.requireNonNull(config, "config");
        if (counts.factors > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many factors: " + counts.factors);
        }
        return new FeatureSpace(counts, vocabulary, themeCount, otherTheme, config);
    }

    /**
     * The unit vector of a factor; {@link SparseVector#EMPTY} when it shares no weighted word or
     * shingle with another factor. The norm is summed in a fixed order (shared features by id,
     * then the words of this factor only, smallest first), so factors with the same words in
     * another order get the very same vector.
     */
    public SparseVector vector(FactorTerms terms) {
        Map<String, Integer> wIndex = wordIndex();
        TreeMap<Integer, Double> shared = new TreeMap<>();
        List<Double> own = new ArrayList<>();
        for (int k = 0; k < terms.words().size(); k++) {
            String term = terms.words().get(k);
            Integer id = wIndex.get(term);
            double w = idfOf(id == null ? 1 : wordDf[id]);
            if (id == null ? nameRule(term, terms.midSentence(k), terms.capitalised(k)) : wordIsName[id]) {
                w *= properNounWeight;
            }
            add(shared, own, id, 0, w);
        }
        if (bigramWeight > 0) {
            Map<String, Integer> sIndex = shingleIndex();
            for (String pair : terms.shingles()) {
                Integer id = sIndex.get(pair);
                add(shared, own, id, words.length, bigramWeight * idfOf(id == null ? 1 : shingleDf[id]));
            }
        }
        if (shared.isEmpty()) {
            return SparseVector.EMPTY;
        }
        double sumOfSquares = 0;
        for (double w : shared.values()) {
            sumOfSquares += w * w;
        }
        own.sort(Comparator.naturalOrder());
        for (double w : own) {
            sumOfSquares += w * w;
        }
        if (themeWeight > 0 && terms.theme() != otherTheme) {
            double w = themeWeight * Math.sqrt(sumOfSquares);
            shared.put(words.length + shingles.length + terms.theme(), w);
            sumOfSquares += w * w;
        }
        double norm = Math.sqrt(sumOfSquares);
        int[] ids = new int[shared.size()];
        double[] weights = new double[shared.size()];
        int i = 0;
        for (Map.Entry<Integer, Double> f : shared.entrySet()) {
            ids[i] = f.getKey();
            weights[i++] = f.getValue() / norm;
        }
        return new SparseVector(ids, weights);
    }

    /**
     * Files a weighted word or shingle: a shared one as a feature, one of this factor only
     * (weighed by {@link ClusteringConfig#singletonTermWeight()}) in the norm alone.
     */
    private void add(Map<Integer, Double> shared, List<Double> own, Integer id, int offset, double weight) {
        double w = id == null ? weight * singletonTermWeight : weight;
        if (w <= 0) {
            return;
        }
        if (id == null) {
            own.add(w);
        } else {
            shared.put(offset + id, w);
        }
    }

    /** The number of features: shared words, shared shingles, themes. */
    public int featureCount() {
        return words.length + shingles.length + themeCount;
    }

    /** Whether a feature is a single word (the features blocking uses). */
    public boolean isWord(int feature) {
        return feature < words.length;
    }

    /** The idf of an analyzed word of the corpus. */
    public double idf(String term) {
        Integer id = wordIndex().get(term);
        return idfOf(id == null ? 1 : wordDf[id]);
    }

    /**
     * Whether an analyzed word of the corpus is a name (vendor, product, weekday...), given its
     * counts in the text at hand: those are used only for a word the corpus has once.
     */
    public boolean isName(String term, int midSentence, int capitalised) {
        Integer id = wordIndex().get(term);
        return id == null ? nameRule(term, midSentence, capitalised) : wordIsName[id];
    }

    private double idfOf(int df) {
        return Math.log(1 + (double) factors / df);
    }

    private boolean nameRule(String term, long midSentence, long capitalised) {
        return midSentence > 0 && 2 * capitalised >= midSentence && Arrays.binarySearch(vocabulary, term) < 0;
    }

    private Map<String, Integer> wordIndex() {
        Map<String, Integer> index = wordIndex;
        if (index == null) {
            index = indexOf(words);
            wordIndex = index;
        }
        return index;
    }

    private Map<String, Integer> shingleIndex() {
        Map<String, Integer> index = shingleIndex;
        if (index == null) {
            index = indexOf(shingles);
            shingleIndex = index;
        }
        return index;
    }

    private static Map<String, Integer> indexOf(String[] keys) {
        Map<String, Integer> index = new HashMap<>(keys.length * 2);
        for (int i = 0; i < keys.length; i++) {
            index.put(keys[i], i);
        }
        return index;
    }

    /**
     * Whether the word at this offset starts a sentence or list item: only spaces, quotes,
     * brackets and emphasis marks stand between it and the start of the text or a mark that
     * ends a clause.
     */
    static boolean isSentenceStart(String text, int offset) {
        for (int i = offset - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '*' || c == '_' || c == '"' || c == '\'' || c == '('
                    || c == '[' || c == '`' || c == '\u201c' || c == '\u2018') {
                continue;
            }
            return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '-' || c == '\u2014'
                    || c == '\u2013' || c == '\u2022' || c == '#' || c == '>' || c == '|';
        }
        return true;
    }
}
