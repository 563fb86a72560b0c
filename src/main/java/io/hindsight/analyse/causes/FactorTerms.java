package io.hindsight.analyse.causes;

import io.hindsight.text.AnalyzedText;
import io.hindsight.text.AnalyzedToken;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one analyzed factor contributes to the corpus-wide counts and to its own vector: its
 * distinct words in order of first appearance, how often each was seen in mid-sentence and
 * how often capitalised there (names such as vendors are mostly capitalised), its distinct
 * two-word shingles, and its best theme. Small, built where the factor is read, and all the
 * clustering needs of a factor before the corpus counts are known.
 */
public final class FactorTerms {
    private final List<String> words;
    private final int[] midSentence;
    private final int[] capitalised;
    private final List<String> shingles;
    private final int theme;

    public FactorTerms(List<String> words, int[] midSentence, int[] capitalised, List<String> shingles, int theme) {
        this.words = List.copyOf(words);
        this.midSentence = midSentence.clone();
        this.capitalised = capitalised.clone();
        this.shingles = List.copyOf(shingles);
        this.theme = theme;
        if (midSentence.length != this.words.size() || capitalised.length != this.words.size()) {
            throw new IllegalArgumentException("counts for " + midSentence.length + " and " + capitalised.length
                    + " words, but " + this.words.size() + " words");
        }
    }

    /** The terms of an analyzed text, with the index of its best theme. */
    public static FactorTerms of(AnalyzedText text, int theme) {
        Objects.requireNonNull(text, "text");
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (AnalyzedToken token : text.words()) {
            int[] c = counts.computeIfAbsent(token.term(), k -> new int[2]);
            if (!FeatureSpace.isSentenceStart(text.text(), token.startOffset())) {
                c[0]++;
                if (Character.isUpperCase(text.text().codePointAt(token.startOffset()))) {
                    c[1]++;
                }
            }
        }
        int[] mid = new int[counts.size()];
        int[] caps = new int[counts.size()];
        int i = 0;
        for (int[] c : counts.values()) {
            mid[i] = c[0];
            caps[i++] = c[1];
        }
        return new FactorTerms(List.copyOf(counts.keySet()), mid, caps, List.copyOf(new LinkedHashSet<>(text.shingles())),
                theme);
    }

    /** Distinct analyzed words, in order of first appearance. */
    public List<String> words() {
        return words;
    }

    /** For each word: its occurrences not at the start of a sentence or list item. */
    public int midSentence(int word) {
        return midSentence[word];
    }

    /** For each word: those of its mid-sentence occurrences that are capitalised. */
    public int capitalised(int word) {
        return capitalised[word];
    }

    /** Distinct two-word shingles, in order of first appearance. */
    public List<String> shingles() {
        return shingles;
    }

    /** The index of the best taxonomy theme. */
    public int theme() {
        return theme;
    }
}
