package io.hindsight.analyse.causes;

import static io.hindsight.analyse.causes.Fixtures.Q2;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuarterlyReviewsTest {
    private final Clustering clustering = CauseClusterer.withDefaults().cluster(Fixtures.threeCauses(), Q2);

    @Test
    void commonFactorsCountIncidentsInTheQuarterAndOverall() {
        QuarterlyReview review = QuarterlyReviews.build(clustering, Q2, Map.of(), Taxonomy.builtIn());
        assertThat(review.commonFactors()).extracting(CommonFactor::theme, CommonFactor::incidentsInQuarter,
                CommonFactor::incidentsOverall).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("certificates", 3, 4),
                        org.assertj.core.groups.Tuple.tuple("monitoring", 2, 4),
                        org.assertj.core.groups.Tuple.tuple("capacity", 2, 3));
        assertThat(review.commonFactors().get(0).label()).isEqualTo(clustering.clusters().stream()
                .filter(c -> c.theme().equals("certificates")).findFirst().orElseThrow().label());
    }

    @Test
    void investmentsFollowTheThemesOfTheQuarterWithTheirActions() {
        Map<String, List<String>> actions = Map.of(
                "inc-06", List.of("Automate certificate renewal with cert-manager", "Buy a new coffee machine"),
                "inc-07", List.of("Alert 30 days before a TLS certificate expires"),
                "inc-03", List.of("Add an alert on consumer lag"),
                "inc-01", List.of("Rotate certificates automatically"));
        QuarterlyReview review = QuarterlyReviews.build(clustering, Q2, actions, Taxonomy.builtIn());
        // capacity and certificates both touch 3 incidents of the quarter (capacity through the
        // unclustered retry storm of inc-12 too); the tie goes to taxonomy order
        assertThat(review.recommendedInvestments()).extracting(Investment::themeId)
                .containsExactly("capacity", "certificates", "monitoring");
        assertThat(review.recommendedInvestments().get(0).incidentIds()).containsExactly("inc-10", "inc-11", "inc-12");
        Investment certs = review.recommendedInvestments().get(1);
        assertThat(certs.themeName()).isEqualTo("Certificates and secrets");
        assertThat(certs.incidentIds()).containsExactly("inc-06", "inc-07", "inc-08");
        assertThat(certs.actionItems()).containsExactly("Automate certificate renewal with cert-manager",
                "Alert 30 days before a TLS certificate expires");
        assertThat(certs.recommendation())
                .startsWith("Automate certificate and secret rotation")
                .contains("3 of 8 incidents in 2026-Q2")
                .contains("most often \"" + review.commonFactors().get(0).label() + "\" (3)")
                .endsWith("2 action items already target it.");
        Investment alerts = review.recommendedInvestments().get(2);
        assertThat(alerts.actionItems()).containsExactly("Add an alert on consumer lag");
    }

    @Test
    void aQuarterWithoutIncidentsHasAnEmptyReview() {
        QuarterlyReview review = QuarterlyReviews.build(clustering, Q2.plus(1), Map.of(), Taxonomy.builtIn());
        assertThat(review.commonFactors()).isEmpty();
        assertThat(review.recommendedInvestments()).isEmpty();
    }

    @Test
    void sentenceSaysWhenNoActionTargetsTheTheme() {
        Theme theme = Taxonomy.builtIn().theme("network").orElseThrow();
        assertThat(QuarterlyReviews.sentence(theme, 1, 1, "2026-Q2", List.of(), 0)).isEqualTo(
                "Harden network paths and DNS, with redundant resolvers and safe change procedures: network and DNS "
                        + "played a part in 1 of 1 incident in 2026-Q2; no action item targets it yet.");
    }
}
