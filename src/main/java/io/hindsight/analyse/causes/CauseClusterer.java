package io.hindsight.analyse.causes;

import io.hindsight.analyse.text.AnalyzedText;
import io.hindsight.analyse.text.TermExtractor;
import io.hindsight.analyse.text.WordLists;
import io.hindsight.model.Quarter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Groups contributing factors and root causes of many incidents into labelled recurring
 * causes. Pure Java, deterministic (the input is sorted by factor id first, and every tie is
 * broken by id), and close to linear in the number of factors. The steps:
 *
 * <ol>
 *   <li><b>analyze</b> each text with the incident analyzer ({@link TermExtractor});
 *   <li><b>theme</b> each text with the taxonomy ({@link ThemeMatcher});
 *   <li><b>weigh</b>: words, shingles and the theme become a unit vector ({@link FeatureSpace});
 *       identical vectors become one node;
 *   <li><b>block and link</b>: candidate pairs share a high-weight word, found without
 *       comparing all pairs ({@link CandidateLinker}); their cosine similarity is kept;
 *   <li><b>smooth</b> (off by default: it did not help on the benchmark): blend each vector
 *       with its nearest neighbours and compare
 *       again ({@link NeighbourSmoothing});
 *   <li><b>group</b>: Louvain modularity over each factor's strongest links ({@link Louvain});
 *       a factor whose strongest link into its group is weak leaves it
 *       ({@link MembershipCheck});
 *   <li><b>keep recurring groups</b>: a group counts only with members from
 *       {@link ClusteringConfig#minIncidents()} distinct incidents (2 by default); the other
 *       factors stay unclustered: better unclustered than forced into a wrong group;
 *   <li><b>describe</b>: label, top terms, example ({@link ClusterDescriber}), theme (sum of
 *       the members' theme scores), quarters and {@link Trend}.
 * </ol>
 *
 * <p>Thread-safe: every call builds and closes its own analyzer.
 */
public final class CauseClusterer {
    private static final Logger LOG = LoggerFactory.getLogger(CauseClusterer.class);
    private static final int ANALYZE_CHUNK = 2048;

    private final Taxonomy taxonomy;
    private final ClusteringConfig config;
    private final WordLists wordLists;

    public CauseClusterer(Taxonomy taxonomy, ClusteringConfig config) {
        this(taxonomy, config, WordLists.builtIn());
    }

    public CauseClusterer(Taxonomy taxonomy, ClusteringConfig config, WordLists wordLists) {
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
        this.config = Objects.requireNonNull(config, "config");
        this.wordLists = Objects.requireNonNull(wordLists, "wordLists");
    }

    /** Clusters with the built-in taxonomy and the default configuration. */
    public static CauseClusterer withDefaults() {
        return new CauseClusterer(Taxonomy.builtIn(), ClusteringConfig.defaults());
    }

    /**
     * @param factors factors of any number of incidents, in any order; factor ids must be unique
     * @param reviewQuarter the quarter trends are computed for
     */
    public Clustering cluster(List<FactorInput> factors, Quarter reviewQuarter) {
        Objects.requireNonNull(factors, "factors");
        Objects.requireNonNull(reviewQuarter, "reviewQuarter");
        long started = System.nanoTime();
        List<FactorInput> sorted = new ArrayList<>(factors);
        for (FactorInput f : sorted) {
            Objects.requireNonNull(f, "a factor is null");
        }
        sorted.sort(Comparator.comparing(FactorInput::factorId));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).factorId().equals(sorted.get(i - 1).factorId())) {
                throw new IllegalArgumentException("duplicate factor id '" + sorted.get(i).factorId() + "'");
            }
        }
        if (sorted.isEmpty()) {
            return Clustering.empty();
        }
        int n = sorted.size();

        AnalyzedText[] analyzed = new AnalyzedText[n];
        double[][] themeScores = new double[n][];
        int[] themeOf = new int[n];
        ThemeMatcher matcher;
        try (TermExtractor extractor = new TermExtractor(wordLists)) {
            matcher = new ThemeMatcher(taxonomy, extractor);
        }
        Chunks.map(n, ANALYZE_CHUNK, (from, to) -> {
            try (TermExtractor extractor = new TermExtractor(wordLists)) {
                for (int i = from; i < to; i++) {
                    analyzed[i] = extractor.analyze(sorted.get(i).text());
                    themeScores[i] = matcher.scores(analyzed[i]);
                    themeOf[i] = matcher.best(themeScores[i]);
                }
            }
            return to - from;
        });
        List<AnalyzedText> texts = List.of(analyzed);
        Set<String> vocabulary = new HashSet<>(matcher.vocabulary());
        vocabulary.addAll(wordLists.canonicalTerms());
        long analyzedAt = System.nanoTime();
        FeatureSpace space = FeatureSpace.build(texts, themeOf, matcher.otherIndex(), vocabulary, config);

        int[] nodeOf = new int[n];
        List<SparseVector> nodes = new ArrayList<>();
        List<Integer> nodeWeight = new ArrayList<>();
        Map<VectorKey, Integer> byKey = new HashMap<>();
        for (int i = 0; i < n; i++) {
            SparseVector v = space.vector(i);
            if (v.isEmpty()) {
                nodeOf[i] = -1;
                continue;
            }
            Integer node = byKey.putIfAbsent(new VectorKey(v.ids()), nodes.size());
            if (node == null) {
                node = nodes.size();
                nodes.add(v);
                nodeWeight.add(0);
            }
            nodeOf[i] = node;
            nodeWeight.set(node, nodeWeight.get(node) + 1);
        }
        long weighed = System.nanoTime();
        CandidateLinker.Edges edges = CandidateLinker.link(nodes, space, config)
                .strongest(nodes.size(), config.graphNeighbours());
        long linked = System.nanoTime();
        if (config.smoothing() > 0 && config.neighbours() > 0) {
            edges = NeighbourSmoothing.smooth(nodes, edges, config.neighbours(), config.smoothing(), config.edgeFloor())
                    .edges().strongest(nodes.size(), config.graphNeighbours());
        }
        long smoothed = System.nanoTime();
        int[] group = Louvain.cluster(nodes.size(), edges, config.resolution(), config.minGraphSize());
        group = MembershipCheck.apply(group, edges, config.memberThreshold());
        long grouped = System.nanoTime();

        Map<Integer, List<Integer>> members = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            if (nodeOf[i] >= 0) {
                members.computeIfAbsent(group[nodeOf[i]], g -> new ArrayList<>()).add(i);
            }
        }
        Map<String, Quarter> quarterOfIncident = new TreeMap<>();
        Map<String, String> incidentOfFactor = new TreeMap<>();
        for (FactorInput f : sorted) {
            incidentOfFactor.put(f.factorId(), f.incidentId());
            f.quarter().ifPresent(q -> quarterOfIncident.merge(f.incidentId(), q, (a, b) -> a.compareTo(b) <= 0 ? a : b));
        }
        ClusterDescriber describer = new ClusterDescriber(texts, space, config);
        List<CauseCluster> clusters = new ArrayList<>();
        Map<String, String> clusterOfFactor = new TreeMap<>();
        Map<String, String> themeOfFactor = new TreeMap<>();
        for (List<Integer> group1 : members.values()) {
            Set<String> incidents = new TreeSet<>();
            for (int i : group1) {
                incidents.add(sorted.get(i).incidentId());
            }
            if (group1.size() < 2 || incidents.size() < config.minIncidents()) {
                continue;
            }
            CauseCluster cluster = describe(group1, incidents, sorted, texts, themeScores, matcher, describer,
                    quarterOfIncident, reviewQuarter);
            clusters.add(cluster);
            for (int i : group1) {
                clusterOfFactor.put(sorted.get(i).factorId(), cluster.id());
                themeOfFactor.put(sorted.get(i).factorId(), cluster.theme());
            }
        }
        for (int i = 0; i < n; i++) {
            themeOfFactor.putIfAbsent(sorted.get(i).factorId(), matcher.bestId(themeScores[i]));
        }
        clusters.sort(Comparator.comparingInt(CauseCluster::size).reversed().thenComparing(CauseCluster::id));
        long done = System.nanoTime();
        LOG.info("causes: {} factors, {} distinct texts, {} comparisons, {} links, {} recurring causes covering {} "
                + "factors; ms: analyze {}, weigh {}, link {}, smooth {}, group {}, describe {}", n, nodes.size(),
                edges.comparisons(), edges.size(), clusters.size(), clusterOfFactor.size(), ms(started, analyzedAt),
                ms(analyzedAt, weighed), ms(weighed, linked), ms(linked, smoothed), ms(smoothed, grouped), ms(grouped, done));
        return new Clustering(clusters, clusterOfFactor, themeOfFactor, incidentOfFactor, quarterOfIncident);
    }

    private CauseCluster describe(List<Integer> group, Set<String> incidents, List<FactorInput> sorted,
            List<AnalyzedText> texts, double[][] themeScores, ThemeMatcher matcher, ClusterDescriber describer,
            Map<String, Quarter> quarterOfIncident, Quarter review) {
        List<String> factorIds = new ArrayList<>();
        double[] theme = new double[matcher.themeCount()];
        for (int i : group) {
            factorIds.add(sorted.get(i).factorId());
            for (int t = 0; t < theme.length; t++) {
                theme[t] += themeScores[i][t];
            }
        }
        SortedMap<String, Integer> byQuarter = new TreeMap<>();
        for (String incident : incidents) {
            Optional.ofNullable(quarterOfIncident.get(incident))
                    .ifPresent(q -> byQuarter.merge(q.toString(), 1, Integer::sum));
        }
        String id = clusterId(factorIds);
        List<Integer> central = describer.central(group);
        return new CauseCluster(id, describer.label(central), describer.topTerms(central), group.size(),
                List.copyOf(incidents), byQuarter, matcher.bestId(theme), texts.get(central.get(0)).text(),
                Trend.of(byQuarter, review));
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /** {@code C} + the first 10 hex digits of SHA-256 over the sorted member factor ids. */
    static String clusterId(List<String> factorIds) {
        List<String> ids = new ArrayList<>(factorIds);
        ids.sort(Comparator.naturalOrder());
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String id : ids) {
                sha.update(id.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            byte[] digest = sha.digest();
            StringBuilder out = new StringBuilder("C");
            for (int b = 0; b < 5; b++) {
                out.append(String.format(java.util.Locale.ROOT, "%02x", digest[b] & 0xff));
            }
            return out.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private record VectorKey(int[] ids) {
        @Override
        public boolean equals(Object o) {
            return o instanceof VectorKey k && Arrays.equals(ids, k.ids);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(ids);
        }

        @Override
        public String toString() {
            return Arrays.toString(ids);
        }
    }
}
