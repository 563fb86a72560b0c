package io.hindsight.analyse.causes;

import io.hindsight.text.AnalyzedText;
import io.hindsight.text.TermExtractor;
import io.hindsight.text.WordLists;
import io.hindsight.model.Quarter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The per-factor steps of cause clustering, for one thread (one Spark partition, or one chunk
 * of {@link CauseClusterer}): analyze a factor and match it to a theme, and describe a group
 * of factors as a recurring cause. Holds a Lucene analyzer: build one per partition and close
 * it there.
 */
public final class FactorAnalyzer implements AutoCloseable {
    private final TermExtractor extractor;
    private final ThemeMatcher matcher;
    private final Set<String> vocabulary;

    public FactorAnalyzer(Taxonomy taxonomy, WordLists wordLists) {
        Objects.requireNonNull(taxonomy, "taxonomy");
        this.extractor = new TermExtractor(Objects.requireNonNull(wordLists, "wordLists"));
        this.matcher = new ThemeMatcher(taxonomy, extractor);
        Set<String> words = new HashSet<>(matcher.vocabulary());
        words.addAll(wordLists.canonicalTerms());
        this.vocabulary = Set.copyOf(words);
    }

    /** A factor after the analyzer and the taxonomy. */
    public record Analyzed(FactorInput factor, AnalyzedText text, double[] themeScores, int theme) {
        public FactorTerms terms() {
            return FactorTerms.of(text, theme);
        }
    }

    public Analyzed analyze(FactorInput factor) {
        AnalyzedText text = extractor.analyze(factor.text());
        double[] scores = matcher.scores(text);
        return new Analyzed(factor, text, scores, matcher.best(scores));
    }

    /** The id of the theme at an index. */
    public String themeId(int theme) {
        return matcher.taxonomy().themes().get(theme).id();
    }

    /** The counts of a corpus made into a feature space for this analyzer's taxonomy and words. */
    public FeatureSpace space(FeatureSpace.Counts counts, ClusteringConfig config) {
        return FeatureSpace.of(counts, vocabulary, matcher.themeCount(), matcher.otherIndex(), config);
    }

    /** A member of a group to describe: the factor, its theme scores and its vector. */
    public record Member(FactorInput factor, double[] themeScores, SparseVector vector) {
        public Member {
            Objects.requireNonNull(factor, "factor");
            Objects.requireNonNull(themeScores, "themeScores");
            Objects.requireNonNull(vector, "vector");
        }
    }

    /**
     * Describes a group of factors as a recurring cause, or nothing when the group is too small
     * to recur: fewer than two factors or fewer than {@link ClusteringConfig#minIncidents()}
     * incidents. The members may come in any order. Their theme is the best of the summed theme
     * scores; their label, top terms and example come from the most central members
     * ({@link ClusterDescriber}), which are analyzed here.
     */
    public Optional<CauseCluster> describe(List<Member> group, FeatureSpace space, ClusteringConfig config, Quarter review) {
        List<Member> members = new ArrayList<>(group);
        members.sort(Comparator.comparing(m -> m.factor().factorId()));
        Set<String> incidents = new TreeSet<>();
        SortedMap<String, Quarter> quarterOfIncident = new TreeMap<>();
        for (Member m : members) {
            incidents.add(m.factor().incidentId());
            m.factor().quarter().ifPresent(q -> quarterOfIncident.merge(m.factor().incidentId(), q,
                    (a, b) -> a.compareTo(b) <= 0 ? a : b));
        }
        if (members.size() < 2 || incidents.size() < config.minIncidents()) {
            return Optional.empty();
        }
        List<String> factorIds = new ArrayList<>(members.size());
        List<String> texts = new ArrayList<>(members.size());
        List<SparseVector> vectors = new ArrayList<>(members.size());
        double[] theme = new double[matcher.themeCount()];
        for (Member m : members) {
            factorIds.add(m.factor().factorId());
            texts.add(m.factor().text());
            vectors.add(m.vector());
            for (int t = 0; t < theme.length; t++) {
                theme[t] += m.themeScores()[t];
            }
        }
        SortedMap<String, Integer> byQuarter = new TreeMap<>();
        quarterOfIncident.values().forEach(q -> byQuarter.merge(q.toString(), 1, Integer::sum));
        List<AnalyzedText> central = new ArrayList<>();
        for (int m : ClusterDescriber.central(vectors, texts)) {
            central.add(extractor.analyze(texts.get(m)));
        }
        ClusterDescriber describer = new ClusterDescriber(central, space, config);
        List<Integer> order = new ArrayList<>(central.size());
        for (int i = 0; i < central.size(); i++) {
            order.add(i);
        }
        return Optional.of(new CauseCluster(CauseClusterer.clusterId(factorIds), describer.label(order),
                describer.topTerms(order), members.size(), List.copyOf(incidents), byQuarter, matcher.bestId(theme),
                central.get(0).text(), Trend.of(byQuarter, review)));
    }

    @Override
    public void close() {
        extractor.close();
    }
}
