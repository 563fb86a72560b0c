package io.hindsight.analyse.causes;

import static io.hindsight.analyse.causes.Fixtures.Q2;
import static io.hindsight.analyse.causes.Fixtures.factor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CauseClustererTest {
    private final CauseClusterer clusterer = CauseClusterer.withDefaults();

    private static Set<Set<String>> groups(Clustering c) {
        Map<String, Set<String>> byCluster = new HashMap<>();
        c.clusterOfFactor().forEach((factor, cluster) -> byCluster.computeIfAbsent(cluster, k -> new TreeSet<>()).add(factor));
        return Set.copyOf(byCluster.values());
    }

    @Test
    void groupsTheRecurringCausesAndLeavesTheRestUnclustered() {
        Clustering c = clusterer.cluster(Fixtures.threeCauses(), Q2);
        assertThat(groups(c)).containsExactlyInAnyOrder(
                Set.of("a1", "a2", "a3", "a4"), Set.of("c1", "c2", "c3", "c4"), Set.of("p1", "p2", "p3"));
        assertThat(c.clusterOfFactor()).doesNotContainKeys("x1", "x2", "s1", "s2");
        assertThat(c.themeOfFactor()).containsOnlyKeys(
                Fixtures.threeCauses().stream().map(FactorInput::factorId).toArray(String[]::new));
        assertThat(c.clusters()).extracting(CauseCluster::size).containsExactly(4, 4, 3);
    }

    @Test
    void aCauseRepeatedWithinOneIncidentIsNotRecurring() {
        List<FactorInput> f = List.of(
                factor("s1", "inc-12", Q2, "Retry storm from the mobile clients without jitter."),
                factor("s2", "inc-12", Q2, "The mobile clients retry storm had no jitter either."));
        assertThat(clusterer.cluster(f, Q2).clusters()).isEmpty();
        Clustering once = new CauseClusterer(Taxonomy.builtIn(), ClusteringConfig.defaults().withMinIncidents(1))
                .cluster(f, Q2);
        assertThat(once.clusters()).hasSize(1);
    }

    @Test
    void describesEachClusterFromItsMembers() {
        Clustering c = clusterer.cluster(Fixtures.threeCauses(), Q2);
        Map<String, String> text = Fixtures.threeCauses().stream()
                .collect(Collectors.toMap(FactorInput::factorId, FactorInput::text));
        for (CauseCluster cluster : c.clusters()) {
            List<String> members = c.clusterOfFactor().entrySet().stream()
                    .filter(e -> e.getValue().equals(cluster.id())).map(e -> text.get(e.getKey()).toLowerCase(Locale.ROOT))
                    .toList();
            assertThat(cluster.label()).isNotBlank();
            assertThat(members.stream().filter(m -> m.contains(cluster.label().toLowerCase(Locale.ROOT))).count())
                    .as("members containing label %s", cluster.label()).isGreaterThanOrEqualTo(1);
            assertThat(cluster.label().split("\\s+").length).isBetween(1, 6);
            assertThat(cluster.topTerms()).isNotEmpty().doesNotHaveDuplicates()
                    .allSatisfy(t -> assertThat(members).anySatisfy(m -> assertThat(m).contains(t)));
            assertThat(members).contains(cluster.example().toLowerCase(Locale.ROOT));
            assertThat(cluster.id()).matches("C[0-9a-f]{10}");
            assertThat(cluster.incidentIds()).isSorted().doesNotHaveDuplicates();
        }
    }

    @Test
    void labelsAreReadablePhrasesWithTheirNegation() {
        Clustering c = clusterer.cluster(Fixtures.threeCauses(), Q2);
        Map<String, String> labelOf = new HashMap<>();
        for (CauseCluster cluster : c.clusters()) {
            labelOf.put(cluster.theme(), cluster.label());
        }
        assertThat(labelOf.get("monitoring")).isEqualToIgnoringCase("no alert on consumer lag");
        assertThat(labelOf.get("certificates")).matches("(?i).*cert.*expir.*|.*expir.*cert.*");
        assertThat(labelOf.get("capacity")).containsIgnoringCase("connection pool");
    }

    @Test
    void mapsClustersToThemesAndCountsQuartersAndTrends() {
        Clustering c = clusterer.cluster(Fixtures.threeCauses(), Q2);
        CauseCluster alert = c.clusters().stream().filter(x -> x.theme().equals("monitoring")).findFirst().orElseThrow();
        assertThat(alert.incidentIds()).containsExactly("inc-01", "inc-02", "inc-03", "inc-04");
        assertThat(alert.countByQuarter()).containsExactly(Map.entry("2025-Q4", 1), Map.entry("2026-Q1", 1),
                Map.entry("2026-Q2", 2));
        assertThat(alert.trend()).isEqualTo(Trend.RISING);
        assertThat(c.themeOfFactor()).containsEntry("a2", "monitoring").containsEntry("c2", "certificates")
                .containsEntry("x2", "other");
        assertThat(c.incidentOfFactor()).containsEntry("x1", "inc-01");
        assertThat(c.quarterOfIncident()).containsEntry("inc-01", Fixtures.Q4_2025);
    }

    @Test
    void shuffledInputGivesTheSameClustering() {
        List<FactorInput> input = Fixtures.threeCauses();
        Clustering expected = clusterer.cluster(input, Q2);
        Random random = new Random(11);
        for (int round = 0; round < 5; round++) {
            List<FactorInput> shuffled = new ArrayList<>(input);
            Collections.shuffle(shuffled, random);
            assertThat(clusterer.cluster(shuffled, Q2)).isEqualTo(expected);
        }
        assertThat(clusterer.cluster(input, Q2)).isEqualTo(expected);
    }

    @Test
    void clusterIdsFollowMembershipNotOrder() {
        assertThat(CauseClusterer.clusterId(List.of("b", "a"))).isEqualTo(CauseClusterer.clusterId(List.of("a", "b")));
        assertThat(CauseClusterer.clusterId(List.of("a", "b"))).isNotEqualTo(CauseClusterer.clusterId(List.of("a", "c")));
        assertThat(CauseClusterer.clusterId(List.of("ab", "c"))).isNotEqualTo(CauseClusterer.clusterId(List.of("a", "bc")));
    }

    @Test
    void emptyInputGivesAnEmptyClustering() {
        Clustering c = clusterer.cluster(List.of(), Q2);
        assertThat(c.clusters()).isEmpty();
        assertThat(c.clusterOfFactor()).isEmpty();
        assertThat(c.themeOfFactor()).isEmpty();
    }

    @Test
    void factorsWithoutWordsStayUnclusteredButGetATheme() {
        List<FactorInput> f = List.of(factor("e1", "i1", Q2, ""), factor("e2", "i2", Q2, "the"),
                factor("e3", "i3", Q2, "42"));
        Clustering c = clusterer.cluster(f, Q2);
        assertThat(c.clusters()).isEmpty();
        assertThat(c.themeOfFactor()).containsOnly(Map.entry("e1", "other"), Map.entry("e2", "other"),
                Map.entry("e3", "other"));
    }

    @Test
    void identicalTextsOfDifferentIncidentsFormOneCluster() {
        List<FactorInput> f = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            f.add(factor("d" + i, "inc-" + i, Q2, "Disk full on the log volume."));
        }
        Clustering c = clusterer.cluster(f, Q2);
        assertThat(c.clusters()).singleElement().satisfies(x -> {
            assertThat(x.size()).isEqualTo(5);
            assertThat(x.theme()).isEqualTo("infrastructure");
        });
    }

    @Test
    void aLabelNamesWhatTheGroupSharesNotWhatTwoMembersAddAndCarriesNoMarkup() {
        List<FactorInput> f = new ArrayList<>();
        String[] texts = {
            "Yet another certificate lifecycle incident: the certificate expired on the edge proxies.",
            "Another certificate expiry, a month after the last certificate expired.",
            "**Certificate expiry alerts** \u2014 nobody watched the certificate expiry date.",
            "The certificate on the billing gateway expired over the weekend.",
            "Certificate expired because the renewal job had been disabled.",
            "The internal CA certificate expired and clients rejected the chain.",
            "Expired certificate on the partner API endpoint.",
            "The certificate expired after the renewal cron failed silently.",
            "Certificate expiry tracked by hand; the certificate expired unnoticed.",
            "The mesh workload certificate expired during the freeze.",
            "Certificate renewal was manual, so the certificate expired.",
            "The signing certificate expired and pushes were rejected.",
        };
        for (int i = 0; i < texts.length; i++) {
            f.add(factor("k" + i, "inc-" + i, Q2, texts[i]));
        }
        Clustering c = clusterer.cluster(f, Q2);
        CauseCluster largest = c.clusters().get(0);
        assertThat(largest.size()).isGreaterThanOrEqualTo(10);
        assertThat(largest.label()).containsIgnoringCase("cert").doesNotContainIgnoringCase("another")
                .doesNotContainIgnoringCase("lifecycle").doesNotContain("*");
    }

    @Test
    void duplicateFactorIdsAreRejected() {
        List<FactorInput> f = List.of(factor("x", "i1", Q2, "a"), factor("x", "i2", Q2, "b"));
        assertThatThrownBy(() -> clusterer.cluster(f, Q2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duplicate factor id 'x'");
    }
}
