package io.hindsight.analyse.causes;

import io.hindsight.text.AnalyzedText;
import io.hindsight.text.TermExtractor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Scores texts against the themes of a taxonomy. A theme scores, for each of its keywords
 * found in the text, the number of words in the keyword (so a phrase that occurs whole
 * outweighs a single word); keywords and text go through the same analyzer. The best theme
 * wins, ties go to the theme listed first, and a text no keyword matches is
 * {@value Theme#OTHER}.
 */
final class ThemeMatcher {
    private final Taxonomy taxonomy;
    private final List<List<List<String>>> keywordTerms;
    private final Set<String> vocabulary;
    private final int otherIndex;

    ThemeMatcher(Taxonomy taxonomy, TermExtractor extractor) {
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
        List<List<List<String>>> all = new ArrayList<>();
        Set<String> words = new HashSet<>();
        int other = -1;
        for (int i = 0; i < taxonomy.themes().size(); i++) {
            Theme theme = taxonomy.themes().get(i);
            if (Theme.OTHER.equals(theme.id())) {
                other = i;
            }
            List<List<String>> keywords = new ArrayList<>();
            for (String keyword : theme.keywords()) {
                List<String> terms = extractor.analyze(keyword).terms();
                if (!terms.isEmpty()) {
                    keywords.add(terms);
                    words.addAll(terms);
                }
            }
            all.add(keywords);
        }
        this.keywordTerms = all;
        this.vocabulary = Set.copyOf(words);
        this.otherIndex = other;
    }

    Taxonomy taxonomy() {
        return taxonomy;
    }

    int themeCount() {
        return keywordTerms.size();
    }

    int otherIndex() {
        return otherIndex;
    }

    /** Every analyzed keyword word, for telling SRE vocabulary from product names. */
    Set<String> vocabulary() {
        return vocabulary;
    }

    /** Score of each theme, in taxonomy order. */
    double[] scores(AnalyzedText text) {
        List<String> terms = text.terms();
        double[] scores = new double[keywordTerms.size()];
        if (terms.isEmpty()) {
            return scores;
        }
        Set<String> present = new HashSet<>(terms);
        for (int t = 0; t < keywordTerms.size(); t++) {
            for (List<String> keyword : keywordTerms.get(t)) {
                if (present.contains(keyword.get(0)) && contains(terms, keyword)) {
                    scores[t] += keyword.size();
                }
            }
        }
        return scores;
    }

    /** Index of the best theme for these scores; {@link #otherIndex()} when all are zero. */
    int best(double[] scores) {
        int best = otherIndex;
        double top = 0;
        for (int t = 0; t < scores.length; t++) {
            if (scores[t] > top) {
                top = scores[t];
                best = t;
            }
        }
        return best;
    }

    String bestId(double[] scores) {
        return taxonomy.themes().get(best(scores)).id();
    }

    private static boolean contains(List<String> terms, List<String> phrase) {
        outer:
        for (int i = 0; i + phrase.size() <= terms.size(); i++) {
            for (int k = 0; k < phrase.size(); k++) {
                if (!terms.get(i + k).equals(phrase.get(k))) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
