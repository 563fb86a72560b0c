package io.hindsight.analyse.causes;

import io.hindsight.analyse.text.AnalyzedText;
import io.hindsight.analyse.text.AnalyzedToken;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns analyzed factors into unit-length weighted vectors. Features and weights:
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
 * Feature ids are given in order of first appearance over the factors as passed (the
 * clusterer sorts them by id first), so the result does not depend on input order.
 */
final class FeatureSpace {
    private static final char SEP = '\u0000';

    private final SparseVector[] vectors;
    private final boolean[] unigram;
    private final int featureCount;
    private final Map<String, Double> idf;
    private final Set<String> names;

    private FeatureSpace(SparseVector[] vectors, boolean[] unigram, Map<String, Double> idf, Set<String> names) {
        this.vectors = vectors;
        this.unigram = unigram;
        this.featureCount = unigram.length;
        this.idf = idf;
        this.names = names;
    }

    static FeatureSpace build(List<AnalyzedText> texts, int[] themeOf, int otherTheme, Set<String> vocabulary,
            ClusteringConfig config) {
        int n = texts.size();
        List<Set<String>> words = new ArrayList<>(n);
        List<Set<String>> pairs = new ArrayList<>(n);
        Map<String, Integer> df = new HashMap<>();
        Map<String, int[]> capitals = new HashMap<>();
        for (AnalyzedText text : texts) {
            Set<String> w = new LinkedHashSet<>();
            for (AnalyzedToken token : text.words()) {
                w.add(token.term());
                if (!isSentenceStart(text.text(), token.startOffset())) {
                    int[] c = capitals.computeIfAbsent(token.term(), k -> new int[2]);
                    c[0]++;
                    if (Character.isUpperCase(text.text().codePointAt(token.startOffset()))) {
                        c[1]++;
                    }
                }
            }
            Set<String> p = new LinkedHashSet<>(text.shingles());
            words.add(w);
            pairs.add(p);
            for (String t : w) {
                df.merge(key('u', t), 1, Integer::sum);
            }
            for (String t : p) {
                df.merge(key('b', t), 1, Integer::sum);
            }
        }
        Set<String> names = new java.util.TreeSet<>();
        capitals.forEach((term, c) -> {
            if (c[0] > 0 && 2 * c[1] >= c[0] && !vocabulary.contains(term)) {
                names.add(term);
            }
        });
        Map<String, Double> idf = new HashMap<>();
        df.forEach((k, d) -> {
            if (k.charAt(0) == 'u') {
                idf.put(k.substring(2), Math.log(1 + (double) n / d));
            }
        });

        Map<String, Integer> ids = new HashMap<>();
        List<Boolean> isUnigram = new ArrayList<>();
        SparseVector[] vectors = new SparseVector[n];
        for (int i = 0; i < n; i++) {
            Map<Integer, Double> v = new HashMap<>();
            for (String t : words.get(i)) {
                String k = key('u', t);
                int d = df.get(k);
                double w = Math.log(1 + (double) n / d);
                if (names.contains(t)) {
                    w *= config.properNounWeight();
                }
                if (d == 1) {
                    w *= config.singletonTermWeight();
                }
                put(v, ids, isUnigram, k, true, w);
            }
            if (config.bigramWeight() > 0) {
                for (String t : pairs.get(i)) {
                    String k = key('b', t);
                    int d = df.get(k);
                    double w = config.bigramWeight() * Math.log(1 + (double) n / d);
                    if (d == 1) {
                        w *= config.singletonTermWeight();
                    }
                    put(v, ids, isUnigram, k, false, w);
                }
            }
            double norm = norm(v);
            if (norm > 0 && config.themeWeight() > 0 && themeOf[i] != otherTheme) {
                put(v, ids, isUnigram, key('t', Integer.toString(themeOf[i])), false, config.themeWeight() * norm);
                norm = norm(v);
            }
            vectors[i] = toVector(v, norm);
        }
        boolean[] unigram = new boolean[isUnigram.size()];
        for (int f = 0; f < unigram.length; f++) {
            unigram[f] = isUnigram.get(f);
        }
        return new FeatureSpace(vectors, unigram, Map.copyOf(idf), Set.copyOf(names));
    }

    SparseVector vector(int factor) {
        return vectors[factor];
    }

    int featureCount() {
        return featureCount;
    }

    /** Whether a feature is a single word (the features blocking uses). */
    boolean isWord(int feature) {
        return unigram[feature];
    }

    /** The idf of an analyzed word; 0 for words the corpus lacks. */
    double idf(String term) {
        return idf.getOrDefault(term, 0.0);
    }

    /** Whether an analyzed word was found to be a name (vendor, product, weekday...). */
    boolean isName(String term) {
        return names.contains(term);
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

    private static String key(char kind, String term) {
        return kind + "" + SEP + term;
    }

    private static void put(Map<Integer, Double> v, Map<String, Integer> ids, List<Boolean> isUnigram, String key,
            boolean unigram, double weight) {
        if (weight <= 0) {
            return;
        }
        Integer id = ids.get(key);
        if (id == null) {
            id = ids.size();
            ids.put(key, id);
            isUnigram.add(unigram);
        }
        v.put(id, weight);
    }

    private static double norm(Map<Integer, Double> v) {
        double sum = 0;
        for (double w : v.values()) {
            sum += w * w;
        }
        return Math.sqrt(sum);
    }

    private static SparseVector toVector(Map<Integer, Double> v, double norm) {
        if (v.isEmpty() || norm == 0) {
            return SparseVector.EMPTY;
        }
        int[] keys = v.keySet().stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(keys);
        double[] weights = new double[keys.length];
        for (int k = 0; k < keys.length; k++) {
            weights[k] = v.get(keys[k]) / norm;
        }
        return new SparseVector(keys, weights);
    }
}
