package io.hindsight.analyse;

import io.hindsight.model.Quarter;
import java.util.List;

/**
 * What keeps causing incidents, from the clustering stage's {@link CauseSummary}s.
 *
 * <p>A cluster is <em>recurring</em> when two or more incidents share it. {@link #top()} holds
 * the clusters that are recurring or occur in the quarter, ranked by incidents this quarter,
 * then incidents over history, then label and id, at most {@link #TOP}.
 *
 * @param clusters       clusters in the input
 * @param recurring      clusters with two or more incidents
 * @param top            the ranked clusters shown
 * @param themes         by incidents this quarter, then over history, then name
 * @param commonFactors  the guide's quarterly_review common factors, as the clustering stage gave them
 * @param investments    the guide's quarterly_review recommended investments, as given
 */
public record RecurringCauses(int clusters, int recurring, List<CauseRow> top, List<ThemeRow> themes,
                              List<ReviewInput.CommonFactorLine> commonFactors,
                              List<ReviewInput.InvestmentLine> investments) {
    public static final int TOP = 10;

    public RecurringCauses {
        top = List.copyOf(top);
        themes = List.copyOf(themes);
        commonFactors = List.copyOf(commonFactors);
        investments = List.copyOf(investments);
    }

    /**
     * @param thisQuarter        incidents in the quarter (the cluster's count_by_quarter)
     * @param previousQuarter    incidents in the quarter before
     * @param overall            distinct incidents over the whole corpus
     * @param trend              the clustering stage's trend word ("new", "rising", "falling", "steady")
     * @param incidentsThisQuarter linkable: each has an anchor in the incident index
     * @param earlier            the cluster's incidents before the quarter, newest first
     * @param byQuarter          the trend window, oldest first
     */
    public record CauseRow(String id, String label, String theme, int thisQuarter, int previousQuarter, int overall,
                           String trend, String example, List<String> topTerms, List<IncidentRef> incidentsThisQuarter,
                           List<IncidentRef> earlier, List<QuarterCount> byQuarter) {
        public CauseRow {
            topTerms = List.copyOf(topTerms);
            incidentsThisQuarter = List.copyOf(incidentsThisQuarter);
            earlier = List.copyOf(earlier);
            byQuarter = List.copyOf(byQuarter);
        }
    }

    /** Distinct incidents whose causes fall in the theme (an incident with two clusters of one theme counts once). */
    public record ThemeRow(String theme, String name, int thisQuarter, int overall, int clusters) {
    }

    public record QuarterCount(Quarter quarter, int count) {
    }
}
