package io.hindsight.analyse.causes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeatureSpaceTest {
    private static final ClusteringConfig CONFIG = ClusteringConfig.defaults();

    private static FactorTerms terms(int theme, String... words) {
        int[] zeros = new int[words.length];
        return new FactorTerms(List.of(words), zeros, zeros, List.of(), theme);
    }

    private static FeatureSpace space(ClusteringConfig config, FactorTerms... factors) {
        FeatureSpace.Counts counts = new FeatureSpace.Counts();
        for (FactorTerms f : factors) {
            counts.add(f);
        }
        return FeatureSpace.of(counts, Set.of(), 3, 2, config);
    }

    @Test
    void numberingDependsOnTheCorpusNotOnItsOrder() {
        FactorTerms a = terms(0, "lag", "alert", "consumer");
        FactorTerms b = terms(1, "alert", "lag", "disk");
        FactorTerms c = terms(2, "disk", "consumer", "full");
        FeatureSpace forward = space(CONFIG, a, b, c);
        FeatureSpace backward = space(CONFIG, c, b, a);
        for (FactorTerms f : List.of(a, b, c)) {
            assertThat(backward.vector(f)).isEqualTo(forward.vector(f));
        }
        // shared words in sorted order: alert 0, consumer 1, disk 2, lag 3; themes after them
        assertThat(forward.vector(a).ids()).containsExactly(0, 1, 3, 4);
        assertThat(forward.featureCount()).isEqualTo(4 + 3);
        assertThat(forward.isWord(3)).isTrue();
        assertThat(forward.isWord(4)).isFalse();
    }

    @Test
    void aWordOfOneFactorOnlyLengthensItsVectorWithoutBeingAFeature() {
        FactorTerms a = terms(2, "lag", "alert", "kafka");
        FactorTerms b = terms(2, "lag", "alert");
        FeatureSpace ignored = space(CONFIG, a, b);
        assertThat(ignored.vector(a)).isEqualTo(ignored.vector(b));
        assertThat(ignored.vector(a).dot(ignored.vector(b))).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));

        FeatureSpace weighted = space(CONFIG.withWeights(0, CONFIG.themeWeight(), CONFIG.properNounWeight(), 1.0), a, b);
        assertThat(weighted.vector(a).ids()).containsExactly(0, 1);
        assertThat(weighted.vector(a).dot(weighted.vector(b))).isLessThan(0.95);
    }

    @Test
    void idfCountsAWordAbsentFromTheSharedWordsOnce() {
        FeatureSpace s = space(CONFIG, terms(2, "lag"), terms(2, "lag"), terms(2, "disk"), terms(2, "cpu"));
        assertThat(s.idf("lag")).isCloseTo(Math.log(1 + 4.0 / 2), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(s.idf("disk")).isCloseTo(Math.log(1 + 4.0 / 1), org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void namesAreWordsMostlyCapitalisedInMidSentenceOutsideTheVocabulary() {
        FeatureSpace.Counts counts = new FeatureSpace.Counts().factors(10)
                .addWord("kafka", 3, 4, 4).addWord("lag", 3, 4, 0).addWord("redis", 3, 4, 4);
        FeatureSpace s = FeatureSpace.of(counts, Set.of("redis"), 3, 2, CONFIG);
        assertThat(s.isName("kafka", 0, 0)).isTrue();
        assertThat(s.isName("lag", 5, 5)).as("corpus counts win for a shared word").isFalse();
        assertThat(s.isName("redis", 4, 4)).as("vocabulary").isFalse();
        assertThat(s.isName("zookeeper", 2, 1)).as("a word of one factor: its own counts").isTrue();
        assertThat(s.isName("zookeeper", 3, 1)).isFalse();
    }

    @Test
    void theSameWordsInAnotherOrderGiveTheSameVector() {
        ClusteringConfig ownWords = CONFIG.withWeights(0, CONFIG.themeWeight(), CONFIG.properNounWeight(), 0.5);
        FactorTerms a = terms(0, "disk", "full", "alert", "zfs", "inode", "quota", "mount");
        FactorTerms b = terms(0, "mount", "quota", "alert", "btrfs", "inode", "full", "disk");
        FeatureSpace s = space(ownWords, a, b, terms(1, "cpu", "throttling"), terms(1, "cpu", "limit"));
        assertThat(s.vector(a)).isEqualTo(s.vector(b));
    }

    @Test
    void aFactorSharingNoWordHasNoVectorEvenWithATheme() {
        ClusteringConfig ownWords = CONFIG.withWeights(0, CONFIG.themeWeight(), CONFIG.properNounWeight(), 0.5);
        FeatureSpace s = space(ownWords, terms(0, "lag", "alert"), terms(0, "lag", "alert"), terms(0, "cosmic", "ray"));
        assertThat(s.vector(terms(0, "cosmic", "ray")).isEmpty()).isTrue();
    }
}
