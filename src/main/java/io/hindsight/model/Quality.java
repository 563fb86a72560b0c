package io.hindsight.model;

import java.util.List;

/**
 * How good a postmortem is to learn from (CONTRACT section 3, {@code quality}).
 *
 * @param score                       0..100
 * @param missingSections             required sections (for its severity) the document lacks
 * @param blamePhrases                blame language quoted from the document
 * @param actionItemsWithoutOwner     count
 * @param actionItemsWithoutDueDate   count
 */
public record Quality(int score, List<SectionKind> missingSections, List<String> blamePhrases,
                      int actionItemsWithoutOwner, int actionItemsWithoutDueDate) {
    public Quality {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score must be 0..100, got " + score);
        }
        missingSections = List.copyOf(missingSections);
        blamePhrases = List.copyOf(blamePhrases);
    }
}
