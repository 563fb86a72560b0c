package io.hindsight.analyse;

import java.util.List;

/**
 * The appendix: what the run read and what it could not.
 *
 * @param run                  the run's own counts and rejects, as in summary.json and rejects.csv
 * @param rejectsByReason      reason code and count, most frequent first then by reason
 * @param undatedIncidents     incidents of the corpus with no readable date (in no quarter)
 * @param quarterIncidentsWithWarnings incidents of the quarter with at least one extraction warning
 * @param quarterWarnings      per incident of the quarter with warnings: the warnings, as extraction wrote them
 */
public record DataQuality(RunStats run, List<ReasonCount> rejectsByReason, int undatedIncidents,
                          int quarterIncidentsWithWarnings, List<IncidentWarnings> quarterWarnings) {
    public DataQuality {
        rejectsByReason = List.copyOf(rejectsByReason);
        quarterWarnings = List.copyOf(quarterWarnings);
    }

    public record ReasonCount(String reason, long count) {
    }

    public record IncidentWarnings(IncidentRef incident, List<String> warnings) {
        public IncidentWarnings {
            warnings = List.copyOf(warnings);
        }
    }
}
