package io.hindsight.analyse;

import io.hindsight.model.IncidentRecord;
import io.hindsight.model.Quarter;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything the quarterly review is computed from. The job fills it from the Spark stages:
 * only the review window's incidents travel in full; the rest of the corpus arrives as
 * digests and aggregates.
 *
 * @param quarter           the quarter under review
 * @param asOf              "today" for overdue items and ages
 * @param quartersOfHistory earlier quarters shown for trends
 * @param incidents         every incident dated in [quarter - max(quartersOfHistory, 4), quarter], cause clusters set
 * @param digests           a compact digest of every incident in the corpus, any date (recurrence, long trends)
 * @param causes            the recurring causes, largest first
 * @param commonFactors     the guide's quarterly_review common factors (label and incident count), most frequent first
 * @param investments       the guide's quarterly_review recommended investments, as sentences, most important first
 * @param run               what was read: files, rejections, warnings
 * @param redactPeople      replace people's names with stable pseudonyms in the report
 */
public record ReviewInput(Quarter quarter, LocalDate asOf, int quartersOfHistory, List<IncidentRecord> incidents,
                          List<IncidentDigest> digests, List<CauseSummary> causes, List<CommonFactorLine> commonFactors,
                          List<InvestmentLine> investments, RunStats run, boolean redactPeople) {
    public ReviewInput {
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(asOf, "asOf");
        if (quartersOfHistory < 0) {
            throw new IllegalArgumentException("quartersOfHistory must be >= 0, got " + quartersOfHistory);
        }
        incidents = List.copyOf(incidents);
        digests = List.copyOf(digests);
        causes = List.copyOf(causes);
        commonFactors = List.copyOf(commonFactors);
        investments = List.copyOf(investments);
        Objects.requireNonNull(run, "run");
    }

    /** One line of the guide's quarterly_review common_factors: "Missing monitoring": 4 incidents. */
    public record CommonFactorLine(String clusterId, String label, int incidentsThisQuarter, int incidentsOverall) {
    }

    /** One recommended investment: a theme and a sentence a director can act on, with its evidence. */
    public record InvestmentLine(String theme, String recommendation, int incidents, List<String> actionItems) {
        public InvestmentLine {
            actionItems = List.copyOf(actionItems);
        }
    }
}
