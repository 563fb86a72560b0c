package io.hindsight.analyse.causes;

import io.hindsight.text.WordLists;
import io.hindsight.model.Quarter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Groups contributing factors and root causes of many incidents into labelled recurring
 * causes, in this JVM. Pure Java, deterministic (the input is sorted by factor id first, and
 * every tie is broken by id), and close to linear in the number of factors. The steps:
 *
 * <ol>
 *   <li><b>analyze</b> each text with the incident analyzer and <b>theme</b> it with the
 *       taxonomy ({@link FactorAnalyzer});
 *   <li><b>count</b> words across the factors and <b>weigh</b>: words, shingles and the theme
 *       become a unit vector ({@link FeatureSpace}); identical vectors become one node;
 *   <li><b>block and link</b>: candidate pairs share a high-weight word, found without
 *       comparing all pairs ({@link CandidateLinker}); their cosine similarity is kept;
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
 * <p>The Spark job runs the same steps with the factors spread over executors
 * ({@code io.hindsight.spark.CauseStage}): per-factor steps in partitions, counts and blocks
 * by Spark aggregation, and only the grouping ({@link #groupNodes}) on the driver, over the
 * nodes' links. Both give the same clusters.
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

        // Only what the later steps read is kept per factor, not the analyzed tokens: at 429,134
        // factors those would take a good part of a 2 GB heap.
        double[][] themeScores = new double[n][];
        FactorTerms[] terms = new FactorTerms[n];
        Chunks.map(n, ANALYZE_CHUNK, (from, to) -> {
            try (FactorAnalyzer analyzer = new FactorAnalyzer(taxonomy, wordLists)) {
                for (int i = from; i < to; i++) {
                    FactorAnalyzer.Analyzed analyzed = analyzer.analyze(sorted.get(i));
                    terms[i] = analyzed.terms();
                    themeScores[i] = analyzed.themeScores();
                }
            }
            return to - from;
        });
        long analyzedAt = System.nanoTime();
        try (FactorAnalyzer analyzer = new FactorAnalyzer(taxonomy, wordLists)) {
            FeatureSpace.Counts counts = new FeatureSpace.Counts();
            for (FactorTerms t : terms) {
                counts.add(t);
            }
            FeatureSpace space = analyzer.space(counts, config);

            int[] nodeOf = new int[n];
            List<SparseVector> nodes = new ArrayList<>();
            Map<SparseVector, Integer> byVector = new HashMap<>();
            for (int i = 0; i < n; i++) {
                SparseVector v = space.vector(terms[i]);
                if (v.isEmpty()) {
                    nodeOf[i] = -1;
                    continue;
                }
                Integer node = byVector.putIfAbsent(v, nodes.size());
                if (node == null) {
                    node = nodes.size();
                    nodes.add(v);
                }
                nodeOf[i] = node;
            }
            long weighed = System.nanoTime();
            CandidateLinker.Edges edges = CandidateLinker.link(nodes, space, config);
            long linked = System.nanoTime();
            int[] group = groupNodes(nodes.size(), edges, config);
            long grouped = System.nanoTime();

            Map<Integer, List<FactorAnalyzer.Member>> members = new TreeMap<>();
            for (int i = 0; i < n; i++) {
                if (nodeOf[i] >= 0) {
                    members.computeIfAbsent(group[nodeOf[i]], g -> new ArrayList<>())
                            .add(new FactorAnalyzer.Member(sorted.get(i), themeScores[i], nodes.get(nodeOf[i])));
                }
            }
            Map<String, Quarter> quarterOfIncident = new TreeMap<>();
            Map<String, String> incidentOfFactor = new TreeMap<>();
            for (FactorInput f : sorted) {
                incidentOfFactor.put(f.factorId(), f.incidentId());
                f.quarter().ifPresent(q -> quarterOfIncident.merge(f.incidentId(), q, (a, b) -> a.compareTo(b) <= 0 ? a : b));
            }
            List<CauseCluster> clusters = new ArrayList<>();
            Map<String, String> clusterOfFactor = new TreeMap<>();
            Map<String, String> themeOfFactor = new TreeMap<>();
            for (List<FactorAnalyzer.Member> group1 : members.values()) {
                Optional<CauseCluster> described = analyzer.describe(group1, space, config, reviewQuarter);
                described.ifPresent(cluster -> {
                    clusters.add(cluster);
                    for (FactorAnalyzer.Member m : group1) {
                        clusterOfFactor.put(m.factor().factorId(), cluster.id());
                        themeOfFactor.put(m.factor().factorId(), cluster.theme());
                    }
                });
            }
            for (int i = 0; i < n; i++) {
                themeOfFactor.putIfAbsent(sorted.get(i).factorId(), analyzer.themeId(terms[i].theme()));
            }
            clusters.sort(BY_SIZE);
            long done = System.nanoTime();
            LOG.info("causes: {} factors, {} distinct texts, {} comparisons, {} links, {} recurring causes covering {} "
                    + "factors; ms: analyze {}, weigh {}, link {}, group {}, describe {}", n, nodes.size(),
                    edges.comparisons(), edges.size(), clusters.size(), clusterOfFactor.size(), ms(started, analyzedAt),
                    ms(analyzedAt, weighed), ms(weighed, linked), ms(linked, grouped), ms(grouped, done));
            return new Clustering(clusters, clusterOfFactor, themeOfFactor, incidentOfFactor, quarterOfIncident);
        }
    }

    /** Recurring causes in output order: largest first, then by id. */
    public static final Comparator<CauseCluster> BY_SIZE =
            Comparator.comparingInt(CauseCluster::size).reversed().thenComparing(CauseCluster::id);

    /**
     * Groups distinct vectors (nodes) by their links: each node keeps its
     * {@link ClusteringConfig#graphNeighbours()} strongest links ({@link CandidateLinker.Edges#strongest}),
     * then {@link Louvain}, then {@link MembershipCheck}.
     *
     * @return the group number of each node
     */
    public static int[] groupNodes(int nodes, CandidateLinker.Edges edges, ClusteringConfig config) {
        CandidateLinker.Edges strongest = edges.strongest(nodes, config.graphNeighbours());
        int[] group = Louvain.cluster(nodes, strongest, config.resolution(), config.minGraphSize());
        return MembershipCheck.apply(group, strongest, config.memberThreshold());
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
}
