package io.hindsight.analyse.causes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateLinkerTest {
    private static final ClusteringConfig CONFIG = ClusteringConfig.defaults().withBlocking(8, 4);

    @Test
    void edgesKeepEachPairOnceSortedByTheirEnds() {
        CandidateLinker.Edges e = CandidateLinker.Edges.of(4,
                new int[] {2, 0, 1, 0, 2}, new int[] {3, 2, 3, 2, 3}, new double[] {0.5, 0.4, 0.3, 0.4, 0.5}, 5, 9);
        assertThat(e.size()).isEqualTo(3);
        assertThat(e.a()).containsExactly(0, 1, 2);
        assertThat(e.b()).containsExactly(2, 3, 3);
        assertThat(e.similarity()).containsExactly(0.4, 0.3, 0.5);
        assertThat(e.comparisons()).isEqualTo(9);
    }

    @Test
    void edgesRejectAPairNotInOrder() {
        assertThatThrownBy(() -> CandidateLinker.Edges.of(3, new int[] {2}, new int[] {1}, new double[] {0.5}, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2-1");
    }

    @Test
    void aSmallBlockComparesEveryPair() {
        List<CandidateLinker.BlockMember> block = new ArrayList<>();
        for (int node = 0; node < 4; node++) {
            block.add(new CandidateLinker.BlockMember(node, new int[] {7}, unit(7)));
        }
        List<String> pairs = new ArrayList<>();
        long comparisons = CandidateLinker.linkBlock(7, block, CONFIG, (a, b, s) -> pairs.add(a + "-" + b));
        assertThat(comparisons).isEqualTo(6);
        assertThat(pairs).containsExactlyInAnyOrder("0-1", "0-2", "0-3", "1-2", "1-3", "2-3");
    }

    @Test
    void aLargeBlockComparesNeighboursInTheOrderOfTheOtherKeys() {
        // window 4: each member meets the two on either side once the block is sorted by its
        // second key; nodes 0 and 5 share key 20 and meet although far apart in number
        int[] second = {20, 31, 32, 33, 34, 20};
        List<CandidateLinker.BlockMember> block = new ArrayList<>();
        for (int node = 0; node < second.length; node++) {
            block.add(new CandidateLinker.BlockMember(node, new int[] {7, second[node]}, unit(7)));
        }
        List<String> pairs = new ArrayList<>();
        long comparisons = CandidateLinker.linkBlock(7, block, CONFIG, (a, b, s) -> pairs.add(a + "-" + b));
        // sorted by second key: 0, 5, 1, 2, 3, 4
        assertThat(pairs).contains("0-5", "0-1", "1-5", "2-5", "3-4").doesNotContain("0-3", "0-4", "1-4");
        assertThat(comparisons).isEqualTo(pairs.size());
    }

    @Test
    void pairsBelowTheFloorAreNotLinks() {
        List<CandidateLinker.BlockMember> block = List.of(
                new CandidateLinker.BlockMember(0, new int[] {1}, new SparseVector(new int[] {1, 2}, new double[] {0.01, 0.99995})),
                new CandidateLinker.BlockMember(1, new int[] {1}, new SparseVector(new int[] {1, 3}, new double[] {0.01, 0.99995})));
        List<String> pairs = new ArrayList<>();
        assertThat(CandidateLinker.linkBlock(1, block, CONFIG, (a, b, s) -> pairs.add(a + "-" + b))).isEqualTo(1);
        assertThat(pairs).isEmpty();
    }

    private static SparseVector unit(int feature) {
        return new SparseVector(new int[] {feature}, new double[] {1.0});
    }
}
