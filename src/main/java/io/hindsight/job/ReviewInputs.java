package io.hindsight.job;

import io.hindsight.analyse.IncidentDigest;
import io.hindsight.analyse.ReviewInput;
import io.hindsight.analyse.RunStats;
import io.hindsight.analyse.causes.CauseCluster;
import io.hindsight.analyse.causes.CommonFactor;
import io.hindsight.analyse.causes.Investment;
import io.hindsight.analyse.causes.QuarterlyReview;
import io.hindsight.analyse.causes.Taxonomy;
import io.hindsight.model.IncidentRecord;
import java.util.ArrayList;
import java.util.List;

/** Assembles the review's input from the job's stages. */
final class ReviewInputs {
    private ReviewInputs() {
    }

    static ReviewInput of(JobConfig cfg, List<IncidentRecord> window, List<IncidentDigest> digests, List<CauseCluster> clusters,
                          QuarterlyReview quarterly, Taxonomy taxonomy, RunStats stats) {
        List<ReviewInput.CommonFactorLine> common = new ArrayList<>();
        for (CommonFactor c : quarterly.commonFactors()) {
            common.add(new ReviewInput.CommonFactorLine(c.clusterId(), c.label(), c.incidentsInQuarter(), c.incidentsOverall()));
        }
        List<ReviewInput.InvestmentLine> investments = new ArrayList<>();
        for (Investment i : quarterly.recommendedInvestments()) {
            investments.add(new ReviewInput.InvestmentLine(i.themeName(), i.recommendation(), i.incidentIds().size(), i.actionItems()));
        }
        return new ReviewInput(cfg.quarter(), cfg.asOf(), cfg.quartersOfHistory(), window, digests,
                QuarterlyJob.causeSummaries(clusters, taxonomy), common, investments, stats, cfg.redactPeople());
    }
}
