package io.hindsight.analyse.causes;

import java.util.List;

/**
 * The {@code quarterly_review} block of the postmortem guide ("Track Patterns Across
 * Postmortems"): common factors with their incident counts, and recommended investments.
 *
 * @param commonFactors recurring causes seen in the quarter, most incidents first
 * @param recommendedInvestments the themes that recurred most in the quarter, most first
 */
public record QuarterlyReview(List<CommonFactor> commonFactors, List<Investment> recommendedInvestments) {
    public QuarterlyReview {
        commonFactors = List.copyOf(commonFactors);
        recommendedInvestments = List.copyOf(recommendedInvestments);
    }
}
